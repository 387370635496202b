import { DatabaseTarget, parseDatabaseUrl } from '../config/database-url';
import { ensureMysqlDatabase } from '../db/mysql-admin';

/** True when the suite runs against MariaDB/MySQL (TEST_DATABASE=mysql); SQLite otherwise. */
export const testingOnMysql = (): boolean => process.env.TEST_DATABASE === 'mysql';

/**
 * A fresh, empty database URL for one test file: an in-memory SQLite database, or with TEST_DATABASE=mysql a
 * MariaDB database `crm_test_<name>` created (and emptied) on TEST_MYSQL_URL's server (default root@127.0.0.1:3306).
 */
export async function freshTestDatabaseUrl(name: string): Promise<string> {
  if (!testingOnMysql()) return 'sqlite::memory:';
  const server = (process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');
  const worker = process.env.JEST_WORKER_ID ?? '0';
  const url = `${server}/crm_test_${name}_${worker}`;
  const target = parseDatabaseUrl(name, 'TEST_MYSQL_URL', url, process.cwd()) as Extract<DatabaseTarget, { kind: 'mysql' }>;
  await ensureMysqlDatabase(target, true);
  return url;
}
