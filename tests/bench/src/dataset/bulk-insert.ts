import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Bind parameters per statement: SQLite allows 32,766; MySQL rows are escaped client-side, so this only sizes packets. */
const PARAMETERS_PER_STATEMENT = 30_000;
const MAX_ROWS_PER_STATEMENT = 2_000;
/** Rows per transaction: big enough to amortise the commit, small enough for the undo log. */
const ROWS_PER_TRANSACTION = 20_000;

export interface InsertReport {
  rows: number;
  ms: number;
  /** Properties the generator sets that the entity no longer has (left out, reported once). */
  ignoredProperties: string[];
}

function* chunked<T>(rows: Iterable<T>, size: () => number): Generator<T[]> {
  let chunk: T[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length >= size()) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/**
 * Multi-row INSERTs through the entity's metadata: table and column names, value transformers (JSON columns) and
 * the driver's value preparation (dates, booleans) come from TypeORM, so SQLite and MySQL get what the services
 * would write. Only the properties the generator sets are listed; every other column (a new nullable or defaulted
 * one) takes its database default. Statements run in transactions of ROWS_PER_TRANSACTION rows, and the next
 * statement is built while the previous one executes.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  rows: Iterable<Partial<T>>,
): Promise<InsertReport> {
  const started = performance.now();
  const metadata = dataSource.getMetadata(entity);
  const driver = dataSource.driver;
  let columns: { property: string; column: ColumnMetadata }[] | undefined;
  const ignored: string[] = [];
  let rowsPerStatement = 300;

  const statementFor = (chunk: Partial<T>[]): [string, unknown[]] => {
    if (!columns) {
      columns = [];
      for (const property of Object.keys(chunk[0])) {
        const column = metadata.findColumnWithPropertyName(property);
        if (column) columns.push({ property, column });
        else ignored.push(property);
      }
      rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(PARAMETERS_PER_STATEMENT / columns.length)));
    }
    const placeholders = `(${columns.map(() => '?').join(', ')})`;
    const params: unknown[] = [];
    for (const row of chunk) {
      for (const { property, column } of columns) {
        const value = driver.preparePersistentValue((row as Record<string, unknown>)[property], column);
        params.push(value === undefined ? null : value);
      }
    }
    const sql =
      `INSERT INTO ${driver.escape(metadata.tablePath)} (${columns.map(({ column }) => driver.escape(column.databaseName)).join(', ')}) VALUES ` +
      new Array(chunk.length).fill(placeholders).join(', ');
    return [sql, params];
  };

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  if (process.env.BENCH_UC0 && dataSource.options.type !== 'better-sqlite3') await runner.query('SET SESSION unique_checks = 0');
  let inserted = 0;
  let inTransaction = 0;
  try {
    await runner.startTransaction();
    let pending: Promise<unknown> | undefined;
    for (const chunk of chunked(rows, () => rowsPerStatement)) {
      const [sql, params] = statementFor(chunk);
      if (pending) await pending;
      if (inTransaction >= ROWS_PER_TRANSACTION) {
        await runner.commitTransaction();
        await runner.startTransaction();
        inTransaction = 0;
      }
      pending = runner.query(sql, params);
      // Awaited before the next statement; this only keeps a failure from being reported as unhandled meanwhile.
      pending.catch(() => undefined);
      inserted += chunk.length;
      inTransaction += chunk.length;
    }
    if (pending) await pending;
    await runner.commitTransaction();
  } catch (error: unknown) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`loading ${metadata.tableName} failed after ${inserted} rows: ${reason.slice(0, 500)}`);
  } finally {
    await runner.release();
  }
  return { rows: inserted, ms: performance.now() - started, ignoredProperties: ignored };
}
