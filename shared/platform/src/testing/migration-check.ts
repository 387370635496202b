import { parseDatabaseUrl } from '../config/database-url';
import { DataSourceSpec } from '../db/data-source';
import { diffMigrationsAgainstEntities } from '../migrations/migration-generator';
import { testDatabaseName, testMysqlServer } from './test-database';

/**
 * The DDL a subgraph's entities still need after all its migrations ran on an empty MariaDB/MySQL database
 * (`crm_test_<service>_migrations` on TEST_MYSQL_URL's server). A test expects it to be empty.
 */
export async function pendingMigrationStatements(
  service: string,
  spec: Pick<DataSourceSpec, 'entities' | 'migrations'> & { governance?: unknown },
): Promise<string[]> {
  const target = parseDatabaseUrl(
    service,
    'TEST_MYSQL_URL',
    `${testMysqlServer()}/${testDatabaseName(`${service}_migrations`)}`,
    process.cwd(),
  );
  if (target.kind !== 'mysql') throw new Error('TEST_MYSQL_URL must be a mysql:// URL');
  return (await diffMigrationsAgainstEntities(target, spec)).up;
}
