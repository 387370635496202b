import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { auditedUpdates, diffOf, writeAudit } from '@crm/platform';

/**
 * The platform's `updateVersioned` (X-043 optimistic lock + X-040 old → new audit entry) for a record whose key is
 * not a column named `id`: a credit profile is keyed by its customer id, which the platform helper cannot address.
 * Same semantics: the version check and the write are one statement; false when the version was stale.
 */
export async function updateVersionedBy<T extends ObjectLiteral & { version: number }, K extends keyof T & string>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: K,
  current: T,
  expectedVersion: number,
  patch: Partial<T>,
): Promise<boolean> {
  const values = { ...patch, version: expectedVersion + 1 } as Partial<T>;
  // The audit subscriber leaves this update to the entry written below, which knows the record and its old values.
  auditedUpdates.add(values);
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(values as never)
    .where({ [key]: current[key], version: expectedVersion })
    .execute();
  if (!result.affected) return false;
  const metadata = manager.connection.getMetadata(target);
  await writeAudit(manager, [{ entityType: metadata.tableName, entityId: String(current[key]), action: 'UPDATE', changes: diffOf(current, values) }]);
  return true;
}
