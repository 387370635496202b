import { DataSource, EntityManager } from 'typeorm';
import { Outcome, refused, UserError } from '../graphql/user-errors';

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
  tails.set(
    dataSource,
    run.catch(() => undefined),
  );
  return run;
}

class Refusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('refused');
  }
}

/**
 * A write transaction whose refusal rolls back everything written before it (a stale version found after an approval
 * request was opened, say): nothing is ever half-saved, whatever order the checks run in. A DomainError thrown from
 * `work` (a catalogue refusal found deep in a helper) rolls back the same way and reaches the resolver boundary, which
 * reports it exactly as the returned refusal would be.
 */
export async function refusableTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  try {
    return await writeTransaction(dataSource, async (manager) => {
      const outcome = await work(manager);
      if (!outcome.ok) throw new Refusal(outcome.userErrors);
      return outcome;
    });
  } catch (error: unknown) {
    if (error instanceof Refusal) return refused(error.userErrors);
    throw error;
  }
}
