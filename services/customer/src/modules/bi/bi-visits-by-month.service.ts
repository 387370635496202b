import { CommunicationRecordEntity } from '../../shared/entities/communication-record.entity';
import { VisitPlanEntity } from '../../shared/entities/visit-plan.entity';
import type { OwnerMonthVisitCounts } from '../../generated/resolvers-types';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';
import { monthRange, monthSql } from './periods.rules';
import type { RawRow } from '../../shared/support/raw-rows';
import { fillGrid, gridKey, rawId, rawNumber } from '../../shared/support/raw-rows';
import { childRowsInScope } from './bi-scope.service';

/**
 * Section 5 "visits due / done / overdue per owner and month" (CUS-039, CUS-040), per the customer's current owner. A visit
 * plan keeps only its next due date (CUS-040 moves it on when a visit counts), so a month's `due` is the open visits
 * falling due in it and `overdue` those of them past their day at asOf (overdue the day after nextDueOn); fulfilled
 * visits appear as `done` in the month they were made. Two GROUP BY statements: plans and counted visits.
 */
export async function visitCountsByOwnerAndMonth(
  rt: CustomerRuntime,
  ctx: Ctx,
  from: string,
  to: string,
  asOf: string | null | undefined,
): Promise<OwnerMonthVisitCounts[]> {
  const range = monthRange(from, to);
  const bounds = { visitFrom: range.firstDay, visitTo: range.lastDay };
  const open = await childRowsInScope(rt, ctx, VisitPlanEntity, 'p')
    .select('c.ownerId', 'ownerId')
    .addSelect(monthSql('p.nextDueOn'), 'month')
    .addSelect('COUNT(*)', 'due')
    .addSelect('SUM(CASE WHEN p.nextDueOn < :asOf THEN 1 ELSE 0 END)', 'overdue')
    .andWhere('p.active = :active AND p.nextDueOn BETWEEN :visitFrom AND :visitTo', { ...bounds, active: true, asOf: asOf ?? todayIn(rt) })
    .groupBy('c.ownerId')
    .addGroupBy(monthSql('p.nextDueOn'))
    .getRawMany<RawRow>();
  const done = await childRowsInScope(rt, ctx, CommunicationRecordEntity, 'v')
    .select('c.ownerId', 'ownerId')
    .addSelect(monthSql('v.occurredOn'), 'month')
    .addSelect('COUNT(*)', 'done')
    .andWhere('v.countedAsVisit = :counted AND v.occurredOn BETWEEN :visitFrom AND :visitTo', { ...bounds, counted: true })
    .groupBy('c.ownerId')
    .addGroupBy(monthSql('v.occurredOn'))
    .getRawMany<RawRow>();

  const found = new Map<string, OwnerMonthVisitCounts>();
  const cell = (row: RawRow) => {
    const ownerId = rawId(row.ownerId);
    const month = String(row.month);
    const key = gridKey(ownerId, month);
    const counts = found.get(key) ?? { ownerId, month, due: 0, overdue: 0, done: 0 };
    found.set(key, counts);
    return counts;
  };
  for (const row of open) Object.assign(cell(row), { due: rawNumber(row.due), overdue: rawNumber(row.overdue) });
  for (const row of done) cell(row).done = rawNumber(row.done);
  return fillGrid(
    [...open, ...done].map((r) => rawId(r.ownerId)),
    range.months,
    found,
    (ownerId, month) => ({ ownerId, month, due: 0, overdue: 0, done: 0 }),
  );
}
