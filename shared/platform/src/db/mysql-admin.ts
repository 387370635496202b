import mysql from 'mysql2/promise';
import { DatabaseTarget, MysqlFlavour } from '../config/database-url';

type MysqlTarget = Extract<DatabaseTarget, { kind: 'mysql' }>;

/**
 * Creates the database if it is missing (test setup, CI and first start on a fresh server) and tells whether the
 * server is MySQL or MariaDB.
 */
export async function ensureMysqlDatabase(target: MysqlTarget, recreate = false): Promise<MysqlFlavour> {
  const connection = await mysql.createConnection({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    connectTimeout: 5000,
  });
  try {
    const name = connection.escapeId(target.database);
    if (recreate) await connection.query(`DROP DATABASE IF EXISTS ${name}`);
    await connection.query(`CREATE DATABASE IF NOT EXISTS ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const version = String((rows as { version: string }[])[0]?.version ?? '');
    return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}
