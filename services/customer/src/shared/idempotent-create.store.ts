import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/** The record a caller created earlier with an idempotency key, deleted ones included. */
export function priorCreate<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  where: FindOptionsWhere<E>,
): Promise<E | null> {
  return manager.findOne(entity, { where, withDeleted: true });
}
