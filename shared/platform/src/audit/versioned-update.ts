import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { auditedUpdates } from './audit-subscriber';
import { diffOf } from './audit-values';
import { writeAudit } from './audit-writer';

/**
 * An optimistic-locking update with its audit entry: writes `patch` only while the row still has
 * `expectedVersion` — the check and the write are one statement, so no concurrent writer slips between — bumps the
 * version, and records old → new of the fields that changed. False when the version was stale (nothing written).
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  current: T,
  expectedVersion: number,
  patch: Partial<T>,
): Promise<boolean> {
  const values = { ...patch, version: expectedVersion + 1 } as Partial<T>;
  auditedUpdates.add(values);
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(values as never)
    .where('id = :id AND version = :version', { id: current.id, version: expectedVersion })
    .execute();
  if (!result.affected) return false;
  const metadata = manager.connection.getMetadata(target);
  await writeAudit(manager, [{ entityType: metadata.tableName, entityId: current.id, action: 'UPDATE', changes: diffOf(current, values) }]);
  return true;
}
