import { DataSource, EntityManager } from 'typeorm';

const tails = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction. The embedded SQLite database has one connection, and a second BEGIN on it while a
 * transaction is open fails ("cannot start a transaction within a transaction"), so there writers take turns; on
 * MySQL each transaction has its own pooled connection and they run side by side.
 */
export function writeTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(work);
  const previous = tails.get(dataSource) ?? Promise.resolve();
  const run = previous.then(() => dataSource.transaction(work));
  tails.set(dataSource, run.catch(() => undefined));
  return run;
}
