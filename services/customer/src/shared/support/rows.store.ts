import type { DeepPartial, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/** The row of an entity with this id, or null. */
export function rowById<E extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
): Promise<E | null> {
  return manager.findOneBy(entity, { id } as FindOptionsWhere<E>);
}

/** The row of an entity with this id, as stored now (after a write in the same transaction). */
export function rowByIdOrFail<E extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
): Promise<E> {
  return manager.findOneByOrFail(entity, { id } as FindOptionsWhere<E>);
}

/** Inserts a new row of an entity (audited as a CREATE) and returns it as saved. */
export function saveNew<E extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<E>, row: DeepPartial<E>): Promise<E> {
  return manager.save(manager.create(entity, row));
}
