import { Column, Entity, EntityManager, PrimaryColumn } from 'typeorm';

/**
 * Gap-free business number counters (customer codes, complaint numbers): one row per sequence name, incremented
 * inside the writer's transaction, so a rolled-back write does not consume a number.
 */
@Entity({ name: 'number_sequence' })
export class NumberSequenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'int', name: 'last_value', default: 0 })
  lastValue: number;
}

/** Takes the next value of `name` (1, 2, …) under the transaction's row lock. */
export async function nextSequenceValue(manager: EntityManager, name: string): Promise<number> {
  const repo = manager.getRepository(NumberSequenceEntity);
  const updated = await repo.increment({ name }, 'lastValue', 1);
  if (!updated.affected) {
    await repo.insert({ name, lastValue: 1 });
    return 1;
  }
  const row = await repo.findOneByOrFail({ name });
  return row.lastValue;
}
