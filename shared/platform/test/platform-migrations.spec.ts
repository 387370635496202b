import { createServiceDataSource, openDataSource, parseDatabaseUrl } from '../src';
import { freshTestDatabaseUrl, testingOnMysql } from '../src/testing';

/** MySQL/MariaDB only: the platform's own tables come from its migration, in every subgraph database. */
(testingOnMysql() ? describe : describe.skip)('platform migrations', () => {
  const open = async () => {
    const url = await freshTestDatabaseUrl('platform_tables');
    return createServiceDataSource({
      target: parseDatabaseUrl('probe', 'PROBE_DATABASE_URL', url, process.cwd()),
      entities: [],
      migrations: [],
    }).dataSource;
  };

  it('X-040 X-050 a subgraph without migrations of its own still gets number_sequence, audit_entry, approval_request and the event tables', async () => {
    const dataSource = await open();
    await openDataSource(dataSource, true);
    try {
      const tables = (
        await dataSource.query<{ t: string }[]>('SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()')
      )
        .map((r) => r.t)
        .sort();
      expect(tables).toEqual([
        'approval_request',
        'audit_entry',
        'dead_letter_event',
        'event_consumer_position',
        'migrations',
        'number_sequence',
        'outbox_event',
        'processed_event',
      ]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('a database whose subgraph migrations created those tables before the platform owned them migrates without error, data kept', async () => {
    const dataSource = await open();
    await openDataSource(dataSource, true);
    try {
      await dataSource.query("INSERT INTO number_sequence (name, last_value) VALUES ('probe', 41)");
      // As a database migrated before: the tables are there, the platform's migration is not in the history.
      await dataSource.query("DELETE FROM migrations WHERE name = 'PlatformTables1795700000000'");
      expect(await dataSource.showMigrations()).toBe(true);
      await dataSource.runMigrations();
      expect(await dataSource.query('SELECT last_value AS v FROM number_sequence')).toEqual([{ v: 41 }]);
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});
