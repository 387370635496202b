import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Access, Connection, KeysetSort, PageArgs } from '@crm/platform';
import { applyScope, connectionOf, updateVersioned, writeAudit } from '@crm/platform';
import { In } from 'typeorm';
import { ComplaintEntity } from './entities/complaint.entity';
import type { ComplaintCriteria } from './complaint-criteria.rules';
import { complaintScopeColumns } from './complaint-scope.rules';
import { OPEN_COMPLAINT_STATES, TERMINAL_COMPLAINT_STATES } from './complaint-state.rules';

/** The complaints' SQL: scoped reads, lists with their criteria, the per-customer batches, registration and edits. */

/** Binds an instant the way the driver stores it (better-sqlite3 cannot bind a Date; MySQL wants DATETIME). */
function instantParam<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, property: string, value: Date): unknown {
  const column = qb.expressionMap.findAliasByName(alias).metadata.findColumnWithPropertyName(property)!;
  return qb.connection.driver.preparePersistentValue(value, column);
}

/**
 * Adds the criteria to a query on `alias` (a ComplaintEntity alias). Parameter names carry the alias, so the same
 * criteria can sit in a sub-query next to the outer query's own.
 */
export function applyComplaintCriteria<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  criteria: ComplaintCriteria | null | undefined,
): SelectQueryBuilder<T> {
  if (!criteria) return qb;
  const p = (name: string) => `${alias}_${name}`;
  if (criteria.customerId) qb.andWhere(`${alias}.customerId = :${p('customerId')}`, { [p('customerId')]: criteria.customerId });
  if (criteria.states?.length) qb.andWhere(`${alias}.state IN (:...${p('states')})`, { [p('states')]: criteria.states });
  if (criteria.caseTypes?.length) qb.andWhere(`${alias}.caseType IN (:...${p('caseTypes')})`, { [p('caseTypes')]: criteria.caseTypes });
  if (criteria.severity) qb.andWhere(`${alias}.severity = :${p('severity')}`, { [p('severity')]: criteria.severity });
  if (criteria.receivedFrom) {
    qb.andWhere(`${alias}.receivedAt >= :${p('receivedFrom')}`, {
      [p('receivedFrom')]: instantParam(qb, alias, 'receivedAt', criteria.receivedFrom),
    });
  }
  if (criteria.receivedTo) {
    qb.andWhere(`${alias}.receivedAt < :${p('receivedTo')}`, {
      [p('receivedTo')]: instantParam(qb, alias, 'receivedAt', criteria.receivedTo),
    });
  }
  if (criteria.open != null) {
    const states = criteria.open ? OPEN_COMPLAINT_STATES : TERMINAL_COMPLAINT_STATES;
    qb.andWhere(`${alias}.state IN (:...${p('openStates')})`, { [p('openStates')]: states });
  }
  return qb;
}

/** Complaints by id within the caller's complaint:READ scope: entity references and complaint(id). */
export function complaintsByIds(manager: EntityManager, access: Access, ids: readonly string[]): Promise<ComplaintEntity[]> {
  const qb = manager
    .getRepository(ComplaintEntity)
    .createQueryBuilder('c')
    .where('c.id IN (:...ids)', { ids: [...ids] });
  return applyScope(qb, access, 'complaint:READ', complaintScopeColumns('c')).getMany();
}

/** One keyset page of the complaints matching the criteria; the list and its totalCount see only the caller's scope. */
export function complaintPage(
  manager: EntityManager,
  access: Access,
  criteria: ComplaintCriteria | null | undefined,
  sort: KeysetSort,
  page: PageArgs,
  maxPageSize: number,
): Promise<Connection<ComplaintEntity>> {
  const scoped = applyScope(
    manager.getRepository(ComplaintEntity).createQueryBuilder('c'),
    access,
    'complaint:READ',
    complaintScopeColumns('c'),
  );
  return connectionOf(applyComplaintCriteria(scoped, 'c', criteria), sort, page, maxPageSize);
}

/** One customer's complaints matching the criteria, one keyset page (unscoped: the caller decided by the customer's owner). */
export function customerComplaintPage(
  manager: EntityManager,
  customerId: string,
  criteria: Omit<ComplaintCriteria, 'customerId'>,
  sort: KeysetSort,
  page: PageArgs,
  maxPageSize: number,
): Promise<Connection<ComplaintEntity>> {
  const qb = applyComplaintCriteria(manager.getRepository(ComplaintEntity).createQueryBuilder('c'), 'c', { ...criteria, customerId });
  return connectionOf(qb, sort, page, maxPageSize);
}

/** One query: each customer's first `limit` complaints, newest received first, ranked with ROW_NUMBER(). */
export function firstComplaintsPerCustomer(
  manager: EntityManager,
  customerIds: readonly string[],
  criteria: Omit<ComplaintCriteria, 'customerId'>,
  limit: number,
): Promise<ComplaintEntity[]> {
  return manager
    .getRepository(ComplaintEntity)
    .createQueryBuilder('c')
    .innerJoin(
      (sub) =>
        applyComplaintCriteria(
          sub
            .select('w.id', 'id')
            .addSelect('ROW_NUMBER() OVER (PARTITION BY w.customerId ORDER BY w.receivedAt DESC, w.id DESC)', 'rn')
            .from(ComplaintEntity, 'w')
            .where('w.customerId IN (:...customerIds)', { customerIds: [...customerIds] }),
          'w',
          criteria,
        ),
      'ranked',
      'ranked.id = c.id',
    )
    .where('ranked.rn <= :limit', { limit })
    .orderBy('c.receivedAt', 'DESC')
    .addOrderBy('c.id', 'DESC')
    .getMany();
}

/** Per customer, the number of its complaints matching the criteria (one GROUP BY; customers without any are left out). */
export async function complaintCountsByCustomer(
  manager: EntityManager,
  customerIds: readonly string[],
  criteria: Omit<ComplaintCriteria, 'customerId'>,
): Promise<Map<string, number>> {
  const rows = await applyComplaintCriteria(
    manager
      .getRepository(ComplaintEntity)
      .createQueryBuilder('c')
      .select('c.customerId', 'customerId')
      .addSelect('COUNT(*)', 'total')
      .where('c.customerId IN (:...customerIds)', { customerIds: [...customerIds] }),
    'c',
    criteria,
  )
    .groupBy('c.customerId')
    .getRawMany<{ customerId: string; total: number | string }>();
  return new Map(rows.map((r) => [r.customerId, Number(r.total)]));
}

/** The case a caller registered with this idempotency key, if any. */
export function registrationByKey(manager: EntityManager, registeredBy: string, idempotencyKey: string): Promise<ComplaintEntity | null> {
  return manager.getRepository(ComplaintEntity).findOneBy({ registeredBy, idempotencyKey });
}

/** Inserts a numbered complaint and reads it back as stored. */
export async function insertComplaint(
  manager: EntityManager,
  values: Omit<ComplaintEntity, 'createdAt' | 'updatedAt'>,
): Promise<ComplaintEntity> {
  await manager.insert(ComplaintEntity, manager.create(ComplaintEntity, values));
  return manager.findOneByOrFail(ComplaintEntity, { id: values.id });
}

export function complaintOf(manager: EntityManager, id: string): Promise<ComplaintEntity | null> {
  return manager.findOneBy(ComplaintEntity, { id });
}

export function complaintOfOrFail(manager: EntityManager, id: string): Promise<ComplaintEntity> {
  return manager.findOneByOrFail(ComplaintEntity, { id });
}

/**
 * Writes the patch only if the row still has `version` (the check and the write one atomic step); the audit trail
 * gets old → new of every changed field against this record. False when someone else wrote first.
 */
export function updateComplaintVersioned(
  manager: EntityManager,
  current: ComplaintEntity,
  version: number,
  patch: Partial<ComplaintEntity>,
): Promise<boolean> {
  return updateVersioned(manager, ComplaintEntity, current, version, patch);
}

/** CUS-006, X-004: the complaints of merged customers belong to the survivor; the trail names the merge. */
export async function repointComplaints(manager: EntityManager, mergedIds: string[], survivorId: string): Promise<number> {
  const moved = await manager.find(ComplaintEntity, { where: { customerId: In(mergedIds) }, select: { id: true, customerId: true } });
  if (!moved.length) return 0;
  await manager.update(ComplaintEntity, { customerId: In(mergedIds) }, { customerId: survivorId });
  await writeAudit(
    manager,
    moved.map((c) => ({
      entityType: 'complaint',
      entityId: c.id,
      action: 'UPDATE' as const,
      note: `customer ${c.customerId} merged into ${survivorId}`,
    })),
  );
  return moved.length;
}

/** The valid complaints of some customers (customer, state, when received): what the customer facts count (CUS-035). */
export function validComplaintsOf(
  manager: EntityManager,
  customerIds: string[],
): Promise<Pick<ComplaintEntity, 'customerId' | 'state' | 'receivedAt'>[]> {
  return manager.find(ComplaintEntity, {
    where: { customerId: In(customerIds), validity: 'VALID' },
    select: { customerId: true, state: true, receivedAt: true },
  });
}
