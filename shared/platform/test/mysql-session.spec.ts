import { createServiceDataSource, openDataSource, parseDatabaseUrl } from '../src';
import { freshTestDatabaseUrl, testingOnMysql } from '../src/testing';

/** MySQL/MariaDB only: every pooled session runs in UTC, whatever the server's own zone. */
(testingOnMysql() ? describe : describe.skip)('MySQL sessions', () => {
  it('X-010 instants are stored in UTC: every connection of the pool, the first included, has the session zone +00:00', async () => {
    const url = await freshTestDatabaseUrl('session_zone');
    const { dataSource } = createServiceDataSource({
      target: parseDatabaseUrl('probe', 'PROBE_DATABASE_URL', url, process.cwd()),
      entities: [],
      migrations: [],
      poolSize: 4,
    });
    await openDataSource(dataSource, false);
    try {
      // Held together, the four queries need four connections: the driver's first one and three new ones.
      const zones = await Promise.all(
        [1, 2, 3, 4].map(() =>
          dataSource.query<{ zone: string }[]>('SELECT @@session.time_zone AS zone, SLEEP(0.2) AS s').then((rows) => rows[0].zone),
        ),
      );
      expect(zones).toEqual(['+00:00', '+00:00', '+00:00', '+00:00']);
    } finally {
      await dataSource.destroy();
    }
  });
});
