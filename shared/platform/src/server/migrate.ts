import { ServiceConfig } from '../config/service-config';
import { ConfigError } from '../config/config-error';
import { describeDatabase } from '../config/database-url';
import { createServiceDataSource } from '../db/data-source';
import { ensureMysqlDatabase } from '../db/mysql-admin';
import { schemaEntities } from '../db/schema-entities';
import { createLogger } from '../logging/logger';
import { SubgraphDefinition } from './subgraph-server';

export interface MigrationOutcome {
  /** Migrations this run applied, oldest first (none when waiting, or when the schema was current). */
  applied: string[];
  /** False on the embedded SQLite default, whose schema the subgraph synchronises from its entities at start. */
  migrated: boolean;
}

export interface MigrationOptions {
  /** Apply nothing: wait until another run (the deployment's migration step) has brought the schema up to date. */
  waitUntilCurrent?: boolean;
  timeoutSeconds?: number;
  pollMilliseconds?: number;
}

/**
 * The one-shot migration step a deployment runs before a subgraph starts (docker compose's `migrate-<service>`,
 * Kubernetes' migration Job): pending MySQL migrations applied, each in its own transaction, then the connection
 * closed. With `waitUntilCurrent` it only waits for that step, as a pod's init container does before the subgraph
 * starts with MIGRATE_ON_START=false, so replicas never race to migrate.
 */
export async function migrateSubgraph<Loaders, State extends object>(
  definition: SubgraphDefinition<Loaders, State>,
  config: ServiceConfig,
  options: MigrationOptions = {},
): Promise<MigrationOutcome> {
  if (config.database.kind !== 'mysql') return { applied: [], migrated: false };
  const variable = `${config.service.toUpperCase()}_DATABASE_URL`;
  const log = createLogger(config.service, config.logLevel);
  let flavour;
  try {
    flavour = await ensureMysqlDatabase(config.database);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message.split('\n')[0] || error.name : String(error);
    throw new ConfigError(config.service, variable, `cannot open ${describeDatabase(config.database)}: ${reason}`);
  }
  const { dataSource } = createServiceDataSource({
    target: { ...config.database, flavour },
    entities: schemaEntities(definition),
    migrations: definition.migrations,
    audited: Boolean(definition.governance),
    log,
    poolSize: 1,
  });
  await dataSource.initialize();
  try {
    if (options.waitUntilCurrent) {
      const deadline = Date.now() + (options.timeoutSeconds ?? 600) * 1000;
      while (await dataSource.showMigrations()) {
        if (Date.now() > deadline) throw new Error(`${config.service}: migrations still pending after ${options.timeoutSeconds ?? 600} s`);
        await new Promise((resolve) => setTimeout(resolve, options.pollMilliseconds ?? 2000));
      }
      log.info('schema is current');
      return { applied: [], migrated: true };
    }
    const applied = (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    log.info({ applied }, applied.length ? 'migrations applied' : 'schema already current');
    return { applied, migrated: true };
  } finally {
    await dataSource.destroy();
  }
}

/**
 * A subgraph's `migrate` command (`node dist/migrate.js [--wait]`): exit 0 once the schema is current, 1 with one
 * line on failure.
 */
export function runMigrationCommand<Loaders, State extends object>(
  definition: SubgraphDefinition<Loaders, State>,
  loadConfig: () => ServiceConfig,
): void {
  const waitUntilCurrent = process.argv.includes('--wait');
  Promise.resolve()
    .then(() => migrateSubgraph(definition, loadConfig(), { waitUntilCurrent }))
    .then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
}
