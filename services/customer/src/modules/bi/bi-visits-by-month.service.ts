import type { OwnerMonthVisitCounts } from '../../generated/resolvers-types';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';
import { monthRange } from './periods.rules';
import type { RawRow } from '../../shared/support/raw-rows';
import { fillGrid, gridKey, rawId, rawNumber } from '../../shared/support/raw-rows';
import { doneVisitRows, openVisitRows } from './bi.store';

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
  const open = await openVisitRows(rt.dataSource, ctx.access, range, asOf ?? todayIn(rt));
  const done = await doneVisitRows(rt.dataSource, ctx.access, range);

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
