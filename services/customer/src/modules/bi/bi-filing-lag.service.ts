import type { OwnerFilingLag } from '../../generated/resolvers-types';
import { addWorkingDays } from '../../shared/support/calendar-months';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { monthRange, rounded } from './periods.rules';
import { fillGrid, gridKey, rawDate, rawId, rawNullableNumber, rawNumber } from '../../shared/support/raw-rows';
import { filedContactDays, filingLagRows } from './bi.store';

/**
 * Section 5 "filing lag per owner and month": per current owner and filing month. The deadline is the CUS-004 one,
 * `filing.reminderAfterWorkingDays` working days (X-011 calendar) after the first contact; filing later than that day
 * counts as over the deadline (X-015: late from the next day).
 */
export async function filingLagByOwner(rt: CustomerRuntime, ctx: Ctx, from: string, to: string): Promise<OwnerFilingLag[]> {
  const range = monthRange(from, to);
  // Working-day deadlines depend on the holiday calendar, which lives in the policy, not the database: the distinct
  // first-contact days involved (one GROUP BY) get their deadline here and join the aggregate as a small derived table.
  const contactDays = await filedContactDays(rt.dataSource, ctx.access, range);
  const { reminderAfterWorkingDays } = rt.policy.filing;
  const { holidays, makeUpWorkdays } = rt.policy.calendar;
  const deadlines = contactDays.map((row) => {
    const contactOn = rawDate(row.contactOn);
    return { contactOn, deadline: addWorkingDays(contactOn, reminderAfterWorkingDays, holidays, makeUpWorkdays) };
  });

  const rows = await filingLagRows(rt.dataSource, ctx.access, rt.policy.timeZone, range, deadlines);

  const found = new Map<string, OwnerFilingLag>();
  for (const row of rows) {
    const ownerId = rawId(row.ownerId);
    const measured = rawNumber(row.measured);
    const month = String(row.month);
    found.set(gridKey(ownerId, month), {
      ownerId,
      month,
      filed: rawNumber(row.filed),
      measured,
      averageLagDays: measured ? rounded(rawNumber(row.lagSum) / measured, 2) : null,
      maxLagDays: rawNullableNumber(row.lagMax),
      overDeadline: rawNumber(row.overDeadline),
    });
  }
  return fillGrid(
    rows.map((r) => rawId(r.ownerId)),
    range.months,
    found,
    (ownerId, month) => ({ ownerId, month, filed: 0, measured: 0, averageLagDays: null, maxLagDays: null, overDeadline: 0 }),
  );
}
