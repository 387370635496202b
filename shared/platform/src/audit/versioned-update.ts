import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { auditedUpdates } from './audit-subscriber';
import { diffOf, entityIdOf } from './audit-values';
import { writeAudit } from './audit-writer';

/**
 * An optimistic-locking update with its audit entry: writes `patch` only while the row still has
 * `expectedVersion` — the check and the write are one statement, so no concurrent writer slips between — bumps the
 * version, and records old → new of the fields that changed. False when the version was stale (nothing written).
 */
export async function updateVersioned<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  current: T,
  expectedVersion: number,
  patch: Partial<T>,
): Promise<boolean> {
  const values = { ...patch, version: expectedVersion + 1 } as Partial<T>;
  // The audit subscriber leaves this update to the entry written below, which knows the record and its old values.
  auditedUpdates.add(values);
  const metadata = manager.connection.getMetadata(target);
  const key = Object.fromEntries(metadata.primaryColumns.map((c) => [c.propertyName, current[c.propertyName]]));
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(values as never)
    .where({ ...key, version: expectedVersion })
    .execute();
  if (!result.affected) return false;
  await writeAudit(manager, [
    { entityType: metadata.tableName, entityId: entityIdOf(metadata, current), action: 'UPDATE', changes: diffOf(current, values) },
  ]);
  return true;
}
