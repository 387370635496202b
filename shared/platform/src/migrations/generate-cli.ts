import path from 'node:path';
import { parseDatabaseUrl } from '../config/database-url';
import { SubgraphDefinition } from '../server/subgraph-server';
import { diffMigrationsAgainstEntities, writeMigrationFile, writeMigrationIndex } from './migration-generator';

/**
 * `npm run migration:generate -- <Name>` inside a subgraph package (after `npm run build`): diffs the built
 * entities against the built migrations on a scratch MySQL database and writes src/migrations/<ts>-<Name>.ts.
 * MIGRATION_DATABASE_URL chooses the scratch server (default mysql://root@127.0.0.1:3306/crm_<service>_scratch).
 */
async function main(): Promise<void> {
  const root = process.cwd();
  const service = path.basename(root);
  const name = process.argv[2] ?? 'Schema';
  const built = (await import(path.join(root, 'dist/index.js'))) as { subgraph: SubgraphDefinition<unknown> };
  const url = process.env.MIGRATION_DATABASE_URL ?? `mysql://root@127.0.0.1:3306/crm_${service}_scratch`;
  const target = parseDatabaseUrl(service, 'MIGRATION_DATABASE_URL', url, root);
  if (target.kind !== 'mysql') throw new Error('MIGRATION_DATABASE_URL must be a mysql:// URL');
  const { up, down } = await diffMigrationsAgainstEntities(target, built.subgraph);
  if (up.length === 0) {
    process.stdout.write(`${service}: migrations already match the entities; nothing written\n`);
    return;
  }
  const dir = path.join(root, 'src/migrations');
  const file = writeMigrationFile(dir, name, up, down);
  writeMigrationIndex(dir);
  process.stdout.write(
    `${service}: wrote ${path.relative(root, file)} (${up.length} statements) and src/migrations/index.ts; review, build and test\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`migration:generate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
