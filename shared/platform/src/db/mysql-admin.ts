import mysql from 'mysql2/promise';
import { DatabaseTarget } from '../config/database-url';

type MysqlTarget = Extract<DatabaseTarget, { kind: 'mysql' }>;

/** Creates the database if it is missing (test setup, CI and first start on a fresh server). */
export async function ensureMysqlDatabase(target: MysqlTarget, recreate = false): Promise<void> {
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
  } finally {
    await connection.end();
  }
}
