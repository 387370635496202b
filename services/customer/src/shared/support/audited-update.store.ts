import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { auditedUpdates, diffOf, entityIdOf, writeAudit } from '@crm/platform';

/**
 * An UPDATE of one known record with its audit entry (X-040: old → new of the fields that change), for records
 * without optimistic locking (requests, claims, plans) and for changes the system makes to versioned rows (a
 * `version: () => 'version + 1'` in the patch is applied in SQL and left out of the diff). `where` adds conditions
 * (e.g. the state read), so the update can lose a race and report it: false when no row matched.
 */
export async function updateRecord<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  current: T,
  patch: Record<string, unknown>,
  where: Record<string, unknown> = {},
): Promise<boolean> {
  const values = { ...patch };
  auditedUpdates.add(values);
  const metadata = manager.connection.getMetadata(target);
  const key = Object.fromEntries(metadata.primaryColumns.map((c) => [c.propertyName, current[c.propertyName]]));
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(values as never)
    .where({ ...key, ...where })
    .execute();
  if (!result.affected) return false;
  const changes = diffOf(current, Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v !== 'function')));
  await writeAudit(manager, [{ entityType: metadata.tableName, entityId: entityIdOf(metadata, current), action: 'UPDATE', changes }]);
  return true;
}
