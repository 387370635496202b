import { migrateSubgraph } from '@crm/platform';
import { freshTestDatabaseUrl, testingOnMysql } from '@crm/platform/testing';
import { loadConfig, subgraph } from '../src';

/** The one-shot migration step a deployment runs before the subgraph starts (docker compose, Kubernetes Job). */
describe('the credit migration step', () => {
  const configFor = (url: string) => loadConfig({ CREDIT_DATABASE_URL: url, LOG_LEVEL: 'silent' });

  if (!testingOnMysql()) {
    it('has nothing to do on the embedded SQLite default, whose schema follows the entities at start', async () => {
      expect(await migrateSubgraph(subgraph, configFor('sqlite::memory:'))).toEqual({ applied: [], migrated: false });
    });
    return;
  }

  it('applies the pending migrations once; a second run and a waiting init step find the schema current', async () => {
    const config = configFor(await freshTestDatabaseUrl('credit_migrate'));
    const first = await migrateSubgraph(subgraph, config);
    expect(first.migrated).toBe(true);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(await migrateSubgraph(subgraph, config)).toEqual({ applied: [], migrated: true });
    await expect(migrateSubgraph(subgraph, config, { waitUntilCurrent: true, timeoutSeconds: 1 })).resolves.toEqual({
      applied: [],
      migrated: true,
    });
  });

  it('makes a waiting init step give up with a clear message while migrations are still pending', async () => {
    const config = configFor(await freshTestDatabaseUrl('credit_migrate_wait'));
    await expect(migrateSubgraph(subgraph, config, { waitUntilCurrent: true, timeoutSeconds: 1, pollMilliseconds: 200 })).rejects.toThrow(
      'credit: migrations still pending after 1 s',
    );
  });
});
