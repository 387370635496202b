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

/**
 * Takes the next value of `name` (1, 2, …) under the transaction's row lock. One upsert creates or increments the
 * counter, so two transactions taking the first number of a new sequence (a new month's complaints) cannot both
 * insert it.
 */
export async function nextSequenceValue(manager: EntityManager, name: string): Promise<number> {
  const upsert =
    manager.connection.options.type === 'better-sqlite3'
      ? 'INSERT INTO number_sequence (name, last_value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET last_value = last_value + 1'
      : 'INSERT INTO number_sequence (name, last_value) VALUES (?, 1) ON DUPLICATE KEY UPDATE last_value = last_value + 1';
  await manager.query(upsert, [name]);
  const rows = (await manager.query('SELECT last_value AS value FROM number_sequence WHERE name = ?', [name])) as {
    value: number | string;
  }[];
  return Number(rows[0].value);
}

/**
 * Holds the row lock of `name` until the transaction ends, without taking a number: writers that check a business
 * identity and then write it (a USCC unique among live records) take turns under it, so two concurrent writers
 * cannot both pass the check. SQLite needs nothing: its writers already take turns (writeTransaction).
 */
export async function lockSequence(manager: EntityManager, name: string): Promise<void> {
  if (manager.connection.options.type === 'better-sqlite3') return;
  // One statement that takes the row's exclusive lock whether or not the row exists yet (an INSERT IGNORE followed by
  // SELECT … FOR UPDATE deadlocks: both writers hold the shared lock of the duplicate key and wait to upgrade it).
  await manager.query('INSERT INTO number_sequence (name, last_value) VALUES (?, 0) ON DUPLICATE KEY UPDATE last_value = last_value', [
    name,
  ]);
}
