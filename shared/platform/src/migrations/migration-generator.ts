import fs from 'node:fs';
import path from 'node:path';
import { DatabaseTarget } from '../config/database-url';
import { createServiceDataSource, DataSourceSpec, pendingSchemaChanges } from '../db/data-source';
import { ensureMysqlDatabase } from '../db/mysql-admin';
import { schemaEntities } from '../db/schema-entities';

type MysqlTarget = Extract<DatabaseTarget, { kind: 'mysql' }>;

/**
 * Applies the existing migrations to an empty scratch database and returns the DDL still needed to match the
 * entities (up) and to undo it (down). Empty `up` means migrations and entities agree.
 */
export async function diffMigrationsAgainstEntities(
  target: MysqlTarget,
  spec: Pick<DataSourceSpec, 'entities' | 'migrations'> & { governance?: unknown },
): Promise<{ up: string[]; down: string[] }> {
  const flavour = await ensureMysqlDatabase(target, true);
  const { dataSource } = createServiceDataSource({
    target: { ...target, flavour },
    entities: schemaEntities(spec),
    migrations: spec.migrations,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const up = await pendingSchemaChanges(dataSource);
    const log = await dataSource.driver.createSchemaBuilder().log();
    return { up, down: log.downQueries.map((q) => q.query).reverse() };
  } finally {
    await dataSource.destroy();
  }
}

const quote = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

/** Writes a reviewed-by-a-human TypeORM migration class holding the given DDL. */
export function writeMigrationFile(dir: string, name: string, up: string[], down: string[], now = Date.now()): string {
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${now}`;
  const file = path.join(dir, `${now}-${name}.ts`);
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities by \`npm run migration:generate -- ${name}\`; review before committing. */
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }
}
`;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, body);
  return file;
}

/**
 * Rewrites src/migrations/index.ts to list every migration file in the folder, oldest first, so a generated
 * migration cannot be forgotten.
 */
export function writeMigrationIndex(dir: string): string[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d+-[\w-]+\.ts$/.test(f))
    .sort();
  const classes = files.map((f) => {
    const [stamp, ...rest] = f.replace(/\.ts$/, '').split('-');
    return { file: f.replace(/\.ts$/, ''), name: `${rest.join('').replace(/[^A-Za-z0-9]/g, '')}${stamp}` };
  });
  const body = `${classes.map((c) => `import { ${c.name} } from './${c.file}';`).join('\n')}${classes.length ? '\n\n' : ''}/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [${classes.map((c) => c.name).join(', ')}];
`;
  fs.writeFileSync(path.join(dir, 'index.ts'), body);
  return classes.map((c) => c.name);
}
