import type { EntityManager } from 'typeorm';
import { CustomerTaskEntity } from './entities/customer-task.entity';

/** Whether a task with this X-072 key exists. */
export function taskKeyTaken(manager: EntityManager, dedupeKey: string): Promise<boolean> {
  return manager.existsBy(CustomerTaskEntity, { dedupeKey });
}

/** Inserts the task; on a concurrent insert of the same key (MySQL) the loser's row is ignored. */
export async function insertTaskUnlessTaken(manager: EntityManager, row: Partial<CustomerTaskEntity>): Promise<void> {
  await manager.createQueryBuilder().insert().into(CustomerTaskEntity).values(row).orIgnore().execute();
}
