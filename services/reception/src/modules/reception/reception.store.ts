import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import type { Access, Connection, KeysetSort, PageArgs } from '@crm/platform';
import { applyScope, ApprovalRequestEntity, connectionOf, updateVersioned, writeAudit } from '@crm/platform';
import type { ReceptionFilter } from '../../generated/resolvers-types';
import { ReceptionEntity } from './entities/reception.entity';
import { GiftRequestEntity } from './entities/gift-request.entity';
import { receptionScopeColumns } from './reception-scope';

/**
 * The receptions' SQL: the scoped list, the reception and gift request rows the use cases read and write (versioned
 * and audited, X-040), the approvals they close, and the per-customer windows behind `Customer.receptions`.
 */

/** One keyset page of the receptions matching the filter. X-021: the list and its totalCount see only the caller's scope. */
export function receptionPage(
  manager: EntityManager,
  access: Access,
  filter: ReceptionFilter | null | undefined,
  sort: KeysetSort,
  page: PageArgs,
  maxPageSize: number,
): Promise<Connection<ReceptionEntity>> {
  const qb = applyScope(
    manager.getRepository(ReceptionEntity).createQueryBuilder('r'),
    access,
    'reception:READ',
    receptionScopeColumns('r'),
  );
  if (filter?.customerId) qb.andWhere('r.customerId = :customerId', { customerId: filter.customerId });
  if (filter?.supplierId) qb.andWhere('r.supplierId = :supplierId', { supplierId: filter.supplierId });
  if (filter?.hostId) qb.andWhere('r.hostId = :hostId', { hostId: filter.hostId });
  if (filter?.classes?.length) qb.andWhere('r.class IN (:...classes)', { classes: filter.classes });
  if (filter?.states?.length) qb.andWhere('r.state IN (:...states)', { states: filter.states });
  if (filter?.hostedPartyTypes?.length) qb.andWhere('r.hostedPartyType IN (:...partyTypes)', { partyTypes: filter.hostedPartyTypes });
  if (filter?.startFrom) qb.andWhere('r.startOn >= :startFrom', { startFrom: filter.startFrom });
  if (filter?.startTo) qb.andWhere('r.startOn <= :startTo', { startTo: filter.startTo });
  return connectionOf(qb, sort, page, maxPageSize);
}

/** Saved (not inserted) so the audit subscriber records the new reception with its values. */
export function insertReception(manager: EntityManager, values: Partial<ReceptionEntity>): Promise<ReceptionEntity> {
  return manager.save(manager.create(ReceptionEntity, values));
}

export function receptionById(manager: EntityManager, id: string): Promise<ReceptionEntity | null> {
  return manager.findOneBy(ReceptionEntity, { id });
}

export function receptionByIdOrFail(manager: EntityManager, id: string): Promise<ReceptionEntity> {
  return manager.findOneByOrFail(ReceptionEntity, { id });
}

/** Writes the patch only if the reception still has `version`, audited old → new; false when someone else wrote first. */
export function updateReceptionVersioned(
  manager: EntityManager,
  reception: ReceptionEntity,
  version: number,
  patch: Partial<ReceptionEntity>,
): Promise<boolean> {
  return updateVersioned(manager, ReceptionEntity, reception, version, patch);
}

export function giftRequestOf(manager: EntityManager, receptionId: string): Promise<GiftRequestEntity | null> {
  return manager.findOneBy(GiftRequestEntity, { receptionId });
}

/** Saved (not inserted) so the audit subscriber records the new request with its values. */
export function insertGiftRequest(manager: EntityManager, values: Partial<GiftRequestEntity>): Promise<GiftRequestEntity> {
  return manager.save(manager.create(GiftRequestEntity, values));
}

export function updateGiftRequestVersioned(
  manager: EntityManager,
  gifts: GiftRequestEntity,
  version: number,
  patch: Partial<GiftRequestEntity>,
): Promise<boolean> {
  return updateVersioned(manager, GiftRequestEntity, gifts, version, patch);
}

export async function removeGiftRequest(manager: EntityManager, gifts: GiftRequestEntity): Promise<void> {
  await manager.remove(gifts);
}

export function approvalsByIds(manager: EntityManager, ids: readonly string[]): Promise<ApprovalRequestEntity[]> {
  return manager.findBy(ApprovalRequestEntity, { id: In([...ids]) });
}

/** Withdraws an open approval request, versioned and audited as a DECISION; false when it was decided meanwhile. */
export async function withdrawApproval(manager: EntityManager, approval: ApprovalRequestEntity, why: string): Promise<boolean> {
  const written = await updateVersioned(manager, ApprovalRequestEntity, approval, approval.version, {
    state: 'WITHDRAWN',
    currentRole: null,
  });
  if (!written) return false;
  await writeAudit(manager, [
    { entityType: 'approval_request', entityId: approval.id, action: 'DECISION', note: `${approval.template} → WITHDRAWN: ${why}` },
  ]);
  return true;
}

/** Where a `Customer.receptions` page starts: the (startOn, id) of the row its cursor was taken from. */
export interface ReceptionPosition {
  startOn: string;
  id: string;
}

/** The window each customer's page is cut from. */
export interface CustomerReceptionWindow {
  /** Rows per customer (one more than the page size tells if more exist). */
  limit: number;
  /** Walking backwards (last/before) ranks oldest first. */
  backward: boolean;
  states: readonly string[] | null;
  position: ReceptionPosition | null;
}

function ofCustomers<T extends SelectQueryBuilder<ReceptionEntity>>(
  qb: T,
  alias: string,
  customerIds: readonly string[],
  states: readonly string[] | null,
): T {
  qb.where(`${alias}.customerId IN (:...customerIds)`, { customerIds: [...customerIds] });
  if (states) qb.andWhere(`${alias}.state IN (:...states)`, { states: [...states] });
  return qb;
}

/**
 * One statement for all customers: the first `limit` rows per customer past the position (ROW_NUMBER per customer,
 * most recent start first, or oldest first walking backwards), ordered by customer, then as ranked.
 */
export function customerReceptionWindows(
  manager: EntityManager,
  customerIds: readonly string[],
  window: CustomerReceptionWindow,
): Promise<ReceptionEntity[]> {
  const { backward, position } = window;
  const direction = backward ? 'ASC' : 'DESC';
  return manager
    .getRepository(ReceptionEntity)
    .createQueryBuilder('r')
    .innerJoin(
      (sub: SelectQueryBuilder<ReceptionEntity>) => {
        sub
          .select('w.id', 'id')
          .addSelect(`ROW_NUMBER() OVER (PARTITION BY w.customerId ORDER BY w.startOn ${direction}, w.id ${direction})`, 'rn')
          .from(ReceptionEntity, 'w');
        ofCustomers(sub, 'w', customerIds, window.states);
        if (position) {
          const cmp = backward ? '>' : '<';
          sub.andWhere(`(w.startOn ${cmp} :cursorStart OR (w.startOn = :cursorStart AND w.id ${cmp} :cursorId))`, {
            cursorStart: position.startOn,
            cursorId: position.id,
          });
        }
        return sub;
      },
      'ranked',
      'ranked.id = r.id',
    )
    .where('ranked.rn <= :limit', { limit: window.limit })
    .orderBy('r.customerId', 'ASC')
    .addOrderBy('r.startOn', direction)
    .addOrderBy('r.id', direction)
    .getMany();
}

/** One GROUP BY for all customers' totals. */
export async function receptionCountsByCustomer(
  manager: EntityManager,
  customerIds: readonly string[],
  states: readonly string[] | null,
): Promise<Map<string, number>> {
  const qb = manager
    .getRepository(ReceptionEntity)
    .createQueryBuilder('r')
    .select('r.customerId', 'customerId')
    .addSelect('COUNT(*)', 'total');
  ofCustomers(qb, 'r', customerIds, states).groupBy('r.customerId');
  const raw = await qb.getRawMany<{ customerId: string; total: string | number }>();
  return new Map(raw.map((row) => [row.customerId, Number(row.total)]));
}

/** CUS-006, X-004: the receptions of merged customers belong to the survivor; the trail names the merge. */
export async function repointReceptions(manager: EntityManager, mergedIds: string[], survivorId: string): Promise<number> {
  const moved = await manager.find(ReceptionEntity, { where: { customerId: In(mergedIds) }, select: { id: true, customerId: true } });
  if (!moved.length) return 0;
  await manager.update(ReceptionEntity, { customerId: In(mergedIds) }, { customerId: survivorId });
  await writeAudit(
    manager,
    moved.map((r) => ({
      entityType: 'reception',
      entityId: r.id,
      action: 'UPDATE' as const,
      note: `customer ${r.customerId} merged into ${survivorId}`,
    })),
  );
  return moved.length;
}
