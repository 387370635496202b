import { DatabaseTarget, parseDatabaseUrl } from '../config/database-url';
import { ensureMysqlDatabase } from '../db/mysql-admin';

/** True when the suite runs against MariaDB/MySQL (TEST_DATABASE=mysql); SQLite otherwise. */
export const testingOnMysql = (): boolean => process.env.TEST_DATABASE === 'mysql';

/**
 * A fresh, empty database URL for one test file: an in-memory SQLite database, or with TEST_DATABASE=mysql a
 * MariaDB database `crm_test_<name>` created (and emptied) on TEST_MYSQL_URL's server (default root@127.0.0.1:3306).
 * TEST_DATABASE_RUN names a run (`crm_test_<run>_<name>_<worker>`) so that two runs on one server keep apart.
 */
export async function freshTestDatabaseUrl(name: string): Promise<string> {
  if (!testingOnMysql()) return 'sqlite::memory:';
  const url = `${testMysqlServer()}/${testDatabaseName(`${name}_${process.env.JEST_WORKER_ID ?? '0'}`)}`;
  const target = parseDatabaseUrl(name, 'TEST_MYSQL_URL', url, process.cwd()) as Extract<DatabaseTarget, { kind: 'mysql' }>;
  await ensureMysqlDatabase(target, true);
  return url;
}

/** The MariaDB/MySQL server the tests use (TEST_MYSQL_URL), without a trailing slash. */
export const testMysqlServer = (): string => (process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306').replace(/\/$/, '');

/** `crm_test_[<run>_]<name>`: TEST_DATABASE_RUN keeps two test runs on one server apart. */
export function testDatabaseName(name: string): string {
  const run = process.env.TEST_DATABASE_RUN?.replace(/[^A-Za-z0-9]/g, '').slice(0, 12);
  return `crm_test_${run ? `${run}_` : ''}${name}`;
}
