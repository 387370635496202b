import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { AfterQueryEvent, DataSource, DataSourceOptions, EntitySubscriberInterface, MixedList } from 'typeorm';
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
  /**
   * Deadline of one SQL statement (SQL_STATEMENT_TIMEOUT_MS): on MySQL/MariaDB the client gives up on it (a hung
   * server) and the server stops it (a runaway statement); on SQLite, the longest wait for a locked database.
   */
  statementTimeoutMs?: number;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

/** Statements slower than this are logged as "slow sql" (the benchmark counts them). */
const SLOW_STATEMENT_MS = 500;

/** Logs slow statements from TypeORM's after-query event; its own slow-query threshold is the statement deadline. */
function slowStatementSubscriber(counter: SqlStatementCounter) {
  return class SlowStatements implements EntitySubscriberInterface {
    afterQuery(event: AfterQueryEvent): void {
      if (event.executionTime !== undefined && event.executionTime > SLOW_STATEMENT_MS)
        counter.logQuerySlow(event.executionTime, event.query);
    }
  };
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
  const statementTimeoutMs = spec.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const common = {
    entities: spec.audited ? [...new Set([...spec.entities, AuditEntryEntity])] : spec.entities,
    subscribers: [...(spec.audited ? [AuditSubscriber] : []), OutboxCommitSubscriber, slowStatementSubscriber(sqlCounter)],
    // The platform's own tables first, then the subgraph's (TypeORM orders them by timestamp too).
    migrations: [...PLATFORM_MIGRATIONS, ...(Array.isArray(spec.migrations) ? spec.migrations : Object.values(spec.migrations))],
    synchronize: false,
    logger: sqlCounter,
    logging: ['query', 'error', 'warn', 'migration'] as const,
  };
  let options: DataSourceOptions;
  if (spec.target.kind === 'sqlite') {
    if (spec.target.file !== ':memory:') fs.mkdirSync(path.dirname(spec.target.file), { recursive: true });
    options = {
      ...common,
      logging: [...common.logging],
      type: 'better-sqlite3',
      database: spec.target.file,
      // better-sqlite3 runs a statement synchronously: the deadline bounds the wait for another writer's lock.
      timeout: statementTimeoutMs,
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
  statementDeadlines.set(options, statementTimeoutMs);
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
  } else {
    if (migrate) await dataSource.runMigrations({ transaction: 'each' });
    // After the migrations: building an index on a large table may rightly take longer than any request's statement.
    useStatementDeadline(dataSource);
  }
}

/** The DDL that would bring the database in line with the entities; empty when migrations and entities agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

/** The statement deadline each data source was created with, for its sessions (sessionSettings). */
const statementDeadlines = new WeakMap<DataSourceOptions, number>();

interface SessionPool {
  on(
    event: 'connection' | 'acquire',
    listener: (connection: { query(sql: string, callback?: (error: Error | null) => void): unknown }) => void,
  ): void;
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

/**
 * The statement deadline on MySQL/MariaDB, from then on. mysql2 gives up on a statement past it and drops its
 * connection (TypeORM's enableQueryTimeout, which takes the deadline from maxQueryExecutionTime), so a hung server
 * costs a request the deadline, not forever; and the server stops the statement itself (MariaDB's
 * max_statement_time in seconds, MySQL's max_execution_time in ms, SELECTs only), so a runaway query does not keep
 * running after the client gave up. Each pooled session is set once, the first time it is handed out.
 */
function useStatementDeadline(dataSource: DataSource): void {
  const deadlineMs = statementDeadlines.get(dataSource.options) ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  Object.assign(dataSource.driver.options, { enableQueryTimeout: true, maxQueryExecutionTime: deadlineMs });
  const statement =
    dataSource.options.type === 'mariadb'
      ? `SET SESSION max_statement_time = ${(deadlineMs / 1000).toFixed(3)}`
      : `SET SESSION max_execution_time = ${deadlineMs}`;
  const set = new WeakSet<object>();
  const pool = (dataSource.driver as unknown as { pool?: SessionPool }).pool;
  pool?.on('acquire', (connection) => {
    if (set.has(connection)) return;
    set.add(connection);
    // A server of the other flavour (a MariaDB reached as type 'mysql') refuses the variable: the client-side
    // deadline above still holds, so the refusal is not an error of the request that borrowed the connection.
    connection.query(statement, () => undefined);
  });
}
