import { DataSource, EntityManager } from 'typeorm';
import { Outcome, refused, UserError, writeTransaction } from '@crm/platform';

class Refusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('refused');
  }
}

/**
 * A write transaction whose refusal rolls back everything written before it (a stale version found after an approval
 * request was opened, say): nothing is ever half-saved, whatever order the checks run in.
 */
export async function refusableTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<Outcome<T>>): Promise<Outcome<T>> {
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
