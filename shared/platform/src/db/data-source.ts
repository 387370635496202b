import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, MixedList } from 'typeorm';
import type { Logger } from 'pino';
import { DatabaseTarget } from '../config/database-url';
import { SqlStatementCounter } from './sql-statement-counter';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AuditSubscriber } from '../audit/audit-subscriber';
import { PLATFORM_MIGRATIONS } from '../migrations/platform-tables';
import { OutboxCommitSubscriber } from '../events/outbox';

import { EntityList } from './schema-entities';
// TypeORM's own option types use Function for migration classes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationList = MixedList<Function | string>;

export interface DataSourceSpec {
  target: DatabaseTarget;
  entities: EntityList;
  migrations: MigrationList;
  log?: Logger;
  /** MySQL connection pool size. */
  poolSize?: number;
  /** Record every write in the subgraph's audit trail; the audit_entry table is added to the entities. */
  audited?: boolean;
}

export interface ServiceDataSource {
  dataSource: DataSource;
  sqlCounter: SqlStatementCounter;
}

/**
 * One TypeORM data source for a subgraph: better-sqlite3 for the embedded default, mysql2 for MySQL/MariaDB.
 * Same entities and code paths either way; MySQL is managed by migrations only.
 */
export function createServiceDataSource(spec: DataSourceSpec): ServiceDataSource {
  const sqlCounter = new SqlStatementCounter(spec.log);
  const common = {
    entities: spec.audited ? [...new Set([...spec.entities, AuditEntryEntity])] : spec.entities,
    subscribers: spec.audited ? [AuditSubscriber, OutboxCommitSubscriber] : [OutboxCommitSubscriber],
    // The platform's own tables first, then the subgraph's (TypeORM orders them by timestamp too).
    migrations: [...PLATFORM_MIGRATIONS, ...(Array.isArray(spec.migrations) ? spec.migrations : Object.values(spec.migrations))],
    synchronize: false,
    logger: sqlCounter,
    logging: ['query', 'error', 'warn', 'migration'] as const,
    maxQueryExecutionTime: 500,
  };
  let options: DataSourceOptions;
  if (spec.target.kind === 'sqlite') {
    if (spec.target.file !== ':memory:') fs.mkdirSync(path.dirname(spec.target.file), { recursive: true });
    options = {
      ...common,
      logging: [...common.logging],
      type: 'better-sqlite3',
      database: spec.target.file,
      // WAL lets readers proceed while one writer commits; the embedded default is single-process per file.
      prepareDatabase: (db: { pragma(statement: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
      },
    };
  } else {
    options = {
      ...common,
      logging: [...common.logging],
      type: spec.target.flavour ?? 'mysql',
      host: spec.target.host,
      port: spec.target.port,
      username: spec.target.user,
      password: spec.target.password,
      database: spec.target.database,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      poolSize: spec.poolSize ?? 10,
      // DECIMAL columns come back as strings: money is never a float.
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: false,
      connectTimeout: 5000,
    };
  }
  return { dataSource: new DataSource(options), sqlCounter };
}

/**
 * Opens the data source and brings its schema up to date: migrations on MySQL (production path), schema
 * synchronisation from the entities on the embedded SQLite file (a newcomer's database needs no migration history).
 */
export async function openDataSource(dataSource: DataSource, migrate: boolean): Promise<void> {
  await dataSource.initialize();
  if (dataSource.options.type !== 'better-sqlite3') await useUtcSessions(dataSource);
  if (dataSource.options.type === 'better-sqlite3') {
    await dataSource.synchronize();
  } else if (migrate) {
    await dataSource.runMigrations({ transaction: 'each' });
  }
}

/** The DDL that would bring the database in line with the entities; empty when migrations and entities agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

interface SessionPool {
  on(event: 'connection', listener: (connection: { query(sql: string): unknown }) => void): void;
}

/**
 * Every MySQL session in UTC: instants are written and read as UTC (`timezone: 'Z'`), and column defaults such as
 * CURRENT_TIMESTAMP follow the session's zone, which is the server's unless set: a server running in Asia/Shanghai
 * would otherwise store creation times eight hours off. New pool connections are set as they open; the one the
 * driver opened to test the credentials is idle in the pool and set here.
 */
async function useUtcSessions(dataSource: DataSource): Promise<void> {
  const pool = (dataSource.driver as unknown as { pool?: SessionPool }).pool;
  pool?.on('connection', (connection) => connection.query("SET time_zone = '+00:00'"));
  await dataSource.query("SET time_zone = '+00:00'");
}
