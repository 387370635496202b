import path from 'node:path';
import { parseDatabaseUrl } from '../config/database-url';
import { SubgraphDefinition } from '../server/subgraph-server';
import { testMysqlServer } from '../testing/test-database';
import { diffMigrationsAgainstEntities } from './migration-generator';

/**
 * `npm run check:migrations` (CI): for every subgraph, runs its built migrations on an empty scratch MariaDB/MySQL
 * database and fails when the entities still need DDL, printing that DDL.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..', '..');
  const services = process.argv.slice(2);
  const server = testMysqlServer();
  let failed = false;
  for (const service of services) {
    const built = (await import(path.join(root, 'services', service, 'dist', 'index.js'))) as { subgraph: SubgraphDefinition<unknown> };
    const target = parseDatabaseUrl(service, 'TEST_MYSQL_URL', `${server}/crm_check_${service}`, root);
    if (target.kind !== 'mysql') throw new Error('TEST_MYSQL_URL must be a mysql:// URL');
    const { up } = await diffMigrationsAgainstEntities(target, built.subgraph);
    if (up.length === 0) {
      process.stdout.write(`${service}: migrations match the entities\n`);
    } else {
      failed = true;
      process.stderr.write(
        `${service}: entities need a migration (npm run migration:generate -w @crm/${service} -- <Name>):\n${up.map((q) => `  ${q}`).join('\n')}\n`,
      );
    }
  }
  if (failed) process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`check:migrations failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
