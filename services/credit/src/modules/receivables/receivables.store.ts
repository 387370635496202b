import type { EntityManager } from 'typeorm';
import type { Access, Connection, KeysetSort, PageArgs } from '@crm/platform';
import { applyScope, centsFromSql, connectionOf, sqlDates, writeAudit } from '@crm/platform';
import { In } from 'typeorm';
import type { ReceivableFilter } from '../../generated/resolvers-types';
import { ReceivableEntity } from './entities/receivable.entity';
import type { GradingFigures } from './grading-inputs.rules';
import { receivableScopeColumns } from './receivable-scope.rules';
import { CLOSED_RECEIVABLE_STATES, OPEN_RECEIVABLE_STATES } from './receivable-state.rules';

/** The receivables' SQL: the scoped list, the invoice feed's writes, and the per-customer sums (exposure, grading figures). */

/** One keyset page of the receivables matching the filter. X-021: the list and its totalCount see only the caller's scope. */
export function receivablePage(
  manager: EntityManager,
  access: Access,
  filter: ReceivableFilter | null | undefined,
  sort: KeysetSort,
  page: PageArgs,
  maxPageSize: number,
): Promise<Connection<ReceivableEntity>> {
  const qb = applyScope(
    manager.getRepository(ReceivableEntity).createQueryBuilder('r'),
    access,
    'credit:READ',
    receivableScopeColumns('r'),
  );
  if (filter?.customerId) qb.andWhere('r.customerId = :customerId', { customerId: filter.customerId });
  if (filter?.departmentId) qb.andWhere('r.departmentId = :departmentId', { departmentId: filter.departmentId });
  if (filter?.states?.length) qb.andWhere('r.state IN (:...states)', { states: filter.states });
  if (filter?.dueBefore) qb.andWhere('r.dueDate < :dueBefore', { dueBefore: filter.dueBefore });
  return connectionOf(qb, sort, page, maxPageSize);
}

export function invoiceRecorded(manager: EntityManager, invoiceRef: string): Promise<boolean> {
  return manager.existsBy(ReceivableEntity, { invoiceRef });
}

export function insertReceivable(manager: EntityManager, values: Partial<ReceivableEntity>): Promise<ReceivableEntity> {
  return manager.save(manager.create(ReceivableEntity, values));
}

/**
 * Exposure in cents per customer: the unpaid part of open receivables, summed by the database. Each row is rounded
 * to whole cents before the sum, so SQLite (which keeps DECIMAL as a double) sums exact integers like MySQL does.
 */
export async function exposureCentsByCustomer(manager: EntityManager, customerIds: readonly string[]): Promise<Map<string, bigint>> {
  const rows = await manager
    .createQueryBuilder(ReceivableEntity, 'r')
    .select('r.customerId', 'customerId')
    .addSelect('SUM(ROUND((r.amount - r.paidAmount) * 100, 0))', 'cents')
    .where('r.customerId IN (:...customerIds)', { customerIds: [...customerIds] })
    .andWhere('r.state IN (:...states)', { states: [...OPEN_RECEIVABLE_STATES] })
    .groupBy('r.customerId')
    .getRawMany<{ customerId: string; cents: unknown }>();
  return new Map(rows.map((row) => [row.customerId, centsFromSql(row.cents)]));
}

/**
 * Per customer, in one grouped statement for any number of customers, the CUS-043 figures over [periodFrom, cutOff]:
 *
 * Receivables record the amount paid so far, not when each payment was made; a row's last change (`updatedAt`, its
 * business date called "recorded on" below) is the latest day its paid amount and state can date from. So:
 * - a receivable is closed at the cut-off when SETTLED or WRITTEN_OFF and recorded on or before the cut-off, and was
 *   closed on its recorded-on day;
 * - an open receivable owes amount − paid when recorded on or before the cut-off, else its whole amount (a payment
 *   recorded after the cut-off may have been made after it, so it is not counted: prudence);
 * - days past due are cut-off − due date for a receivable open at the cut-off, recorded-on − due date for one closed
 *   within the period.
 * Only receivables invoiced on or before the cut-off existed then; the rest are left out.
 */
export async function gradingFiguresByCustomer(
  manager: EntityManager,
  customerIds: readonly string[],
  periodFrom: string,
  cutOff: string,
  timeZone: string,
): Promise<Map<string, GradingFigures>> {
  const sql = sqlDates(manager.connection, timeZone, cutOff);
  const recordedOn = sql.businessDate('r.updatedAt');
  const closed = `(r.state IN (:...closedStates) AND ${recordedOn} <= :cutOff)`;
  // Each amount is rounded to whole cents before the sum, so SQLite (DECIMAL kept as a double) sums exact integers.
  const rows = await manager
    .createQueryBuilder(ReceivableEntity, 'r')
    .select('r.customerId', 'customerId')
    .addSelect('SUM(CASE WHEN r.invoiceDate >= :periodFrom THEN ROUND(r.amount * 100, 0) ELSE 0 END)', 'contractCents')
    .addSelect(
      `SUM(CASE WHEN ${closed} THEN 0 WHEN ${recordedOn} <= :cutOff THEN ROUND((r.amount - r.paidAmount) * 100, 0) ELSE ROUND(r.amount * 100, 0) END)`,
      'receivableCents',
    )
    .addSelect(
      `MAX(CASE WHEN ${closed} THEN (CASE WHEN ${recordedOn} >= :periodFrom THEN ${sql.daysBetween(recordedOn, 'r.dueDate')} ELSE 0 END)
        WHEN r.dueDate < :cutOff THEN ${sql.daysBetween(':cutOff', 'r.dueDate')} ELSE 0 END)`,
      'maxDaysPastDue',
    )
    .where('r.customerId IN (:...customerIds)', { customerIds: [...customerIds] })
    .andWhere('r.invoiceDate <= :cutOff')
    .setParameters({ periodFrom, cutOff, closedStates: [...CLOSED_RECEIVABLE_STATES] })
    .groupBy('r.customerId')
    .getRawMany<{ customerId: string; contractCents: unknown; receivableCents: unknown; maxDaysPastDue: unknown }>();
  return new Map(
    rows.map((row) => [
      row.customerId,
      {
        contractCents: centsFromSql(row.contractCents),
        receivableCents: centsFromSql(row.receivableCents),
        // Paid before the due date gives a negative delay: on time.
        maxDaysPastDue: Math.max(0, Number(row.maxDaysPastDue ?? 0)),
      },
    ]),
  );
}

/** CUS-006, X-004: the receivables of merged customers belong to the survivor (its exposure); the trail names the merge. */
export async function repointReceivables(manager: EntityManager, mergedIds: string[], survivorId: string): Promise<number> {
  const moved = await manager.find(ReceivableEntity, { where: { customerId: In(mergedIds) }, select: { id: true, customerId: true } });
  if (!moved.length) return 0;
  await manager.update(ReceivableEntity, { customerId: In(mergedIds) }, { customerId: survivorId });
  await writeAudit(
    manager,
    moved.map((r) => ({
      entityType: 'receivable',
      entityId: r.id,
      action: 'UPDATE' as const,
      note: `customer ${r.customerId} merged into ${survivorId}`,
    })),
  );
  return moved.length;
}
