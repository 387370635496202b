import type { EntityManager } from 'typeorm';
import { In, Not } from 'typeorm';
import type { Access, Connection, KeysetSort, PageArgs } from '@crm/platform';
import { applyScope, connectionOf, nextSequenceValue, normaliseUscc, writeAudit } from '@crm/platform';
import { scopePattern, SupplierEntity } from '../../shared/entities/supplier.entity';
import { SUPPLIER_READ, supplierScopeColumns } from '../../shared/supplier-scope';
import type { SupplierFilter } from '../../generated/resolvers-types';
import { SUPPLIER_CODE_SEQUENCE } from './supplier-code.rules';
import { ACCOUNT_RELEASED_BY, USCC_RELEASED_BY } from './supplier-identity.rules';

/** The supplier profiles' SQL: the scoped list, the supplier number, the new supplier, and who holds a USCC or an account. */

/** One keyset page of the suppliers matching the filter. X-021: the list and its totalCount see only the caller's scope. */
export function supplierPage(
  manager: EntityManager,
  access: Access,
  filter: SupplierFilter | null | undefined,
  sort: KeysetSort,
  page: PageArgs,
  maxPageSize: number,
): Promise<Connection<SupplierEntity>> {
  const qb = applyScope(manager.getRepository(SupplierEntity).createQueryBuilder('s'), access, SUPPLIER_READ, supplierScopeColumns('s'));
  if (filter?.statuses?.length) qb.andWhere('s.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter?.kinds?.length) qb.andWhere('s.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter?.scope) qb.andWhere('s.scopes LIKE :scope', { scope: scopePattern(filter.scope) });
  if (filter?.owningUnitId) qb.andWhere('s.owningUnitId = :unit', { unit: filter.owningUnitId });
  if (filter?.important != null) qb.andWhere('s.important = :important', { important: filter.important });
  if (filter?.usccCode) qb.andWhere('s.usccCode = :uscc', { uscc: normaliseUscc(filter.usccCode) });
  if (filter?.customerId) qb.andWhere('s.customerId = :customerId', { customerId: filter.customerId });
  if (filter?.nameContains) {
    const escaped = filter.nameContains.replace(/[!%_]/g, (ch) => `!${ch}`);
    qb.andWhere("s.name LIKE :name ESCAPE '!'", { name: `%${escaped}%` });
  }
  return connectionOf(qb, sort, page, maxPageSize);
}

/** The next supplier number (SUP-001). Taking it locks the sequence row until the transaction ends. */
export function nextSupplierNumber(manager: EntityManager): Promise<number> {
  return nextSequenceValue(manager, SUPPLIER_CODE_SEQUENCE);
}

/** Saved (not inserted) so the audit subscriber records the new supplier with its values. */
export function insertSupplier(manager: EntityManager, values: Partial<SupplierEntity>): Promise<SupplierEntity> {
  return manager.save(manager.create(SupplierEntity, values));
}

type Holder = Pick<SupplierEntity, 'id' | 'code'>;

/** The supplier holding this USCC, unless its status released it (SUP-010). */
export function usccHolder(manager: EntityManager, uscc: string): Promise<Holder | null> {
  return manager
    .getRepository(SupplierEntity)
    .findOne({ where: { usccCode: uscc, status: Not(In([...USCC_RELEASED_BY])) }, select: { id: true, code: true } });
}

/** The supplier holding this settlement account number, unless its status released it (SUP-010). */
export function accountHolder(manager: EntityManager, accountNo: string): Promise<Holder | null> {
  return manager
    .getRepository(SupplierEntity)
    .findOne({ where: { bankAccountNo: accountNo, status: Not(In([...ACCOUNT_RELEASED_BY])) }, select: { id: true, code: true } });
}

/** CUS-006, X-004: a supplier that is also a merged customer now names the survivor; the trail names the merge. */
export async function repointSupplierCustomers(manager: EntityManager, mergedIds: string[], survivorId: string): Promise<number> {
  const moved = await manager.find(SupplierEntity, { where: { customerId: In(mergedIds) }, select: { id: true, customerId: true } });
  if (!moved.length) return 0;
  await manager.update(SupplierEntity, { customerId: In(mergedIds) }, { customerId: survivorId });
  await writeAudit(
    manager,
    moved.map((s) => ({
      entityType: 'supplier',
      entityId: s.id,
      action: 'UPDATE' as const,
      note: `customer ${s.customerId} merged into ${survivorId}`,
    })),
  );
  return moved.length;
}
