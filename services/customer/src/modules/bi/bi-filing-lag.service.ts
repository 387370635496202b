import { sqlDates } from '@crm/platform';
import type { OwnerFilingLag } from '../../generated/resolvers-types';
import { addWorkingDays } from '../../shared/support/calendar-months';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { monthRange, monthSql, rounded } from './periods.rules';
import type { RawRow } from '../../shared/support/raw-rows';
import { fillGrid, gridKey, rawDate, rawId, rawNullableNumber, rawNumber } from '../../shared/support/raw-rows';
import { customersInScope } from './bi-scope.service';

/**
 * The dates are the ones CUS-004 runs its clock on: from the first communication record (`firstContactOn`, the
 * record CUS-001 opens the customer for) to the filing date (`filedOn`, the business date of approval). A customer
 * filed before any contact, or without one, is counted as filed but has no lag: the CUS-004 clock never ran for it.
 */
const MEASURED = 'c.firstContactOn IS NOT NULL AND c.firstContactOn <= c.filedOn';

/** filedOn is set exactly when the status becomes FILED; naming the status lets ix_customer_filing serve the range. */
const FILED_IN_RANGE = "c.filingStatus = 'FILED' AND c.filedOn BETWEEN :lagFrom AND :lagTo";

/**
 * Section 5 "filing lag per owner and month": per current owner and filing month. The deadline is the CUS-004 one,
 * `filing.reminderAfterWorkingDays` working days (X-011 calendar) after the first contact; filing later than that day
 * counts as over the deadline (X-015: late from the next day).
 */
export async function filingLagByOwner(rt: CustomerRuntime, ctx: Ctx, from: string, to: string): Promise<OwnerFilingLag[]> {
  const range = monthRange(from, to);
  const filedInRange = { lagFrom: range.firstDay, lagTo: range.lastDay };
  // Working-day deadlines depend on the holiday calendar, which lives in the policy, not the database: the distinct
  // first-contact days involved (one GROUP BY) get their deadline here and join the aggregate as a small derived table.
  const contactDays = await customersInScope(rt, ctx)
    .select('c.firstContactOn', 'contactOn')
    .andWhere(FILED_IN_RANGE, filedInRange)
    .andWhere(MEASURED)
    .groupBy('c.firstContactOn')
    .getRawMany<RawRow>();
  const { reminderAfterWorkingDays } = rt.policy.filing;
  const { holidays, makeUpWorkdays } = rt.policy.calendar;
  const deadlines = contactDays.map((row) => {
    const contactOn = rawDate(row.contactOn);
    return { contactOn, deadline: addWorkingDays(contactOn, reminderAfterWorkingDays, holidays, makeUpWorkdays) };
  });

  const lag = sqlDates(rt.dataSource, rt.policy.timeZone, range.firstDay).daysBetween('c.filedOn', 'c.firstContactOn');
  const qb = customersInScope(rt, ctx)
    .select('c.ownerId', 'ownerId')
    .addSelect(monthSql('c.filedOn'), 'month')
    .addSelect('COUNT(*)', 'filed')
    .addSelect(`SUM(CASE WHEN ${MEASURED} THEN 1 ELSE 0 END)`, 'measured')
    .addSelect(`SUM(CASE WHEN ${MEASURED} THEN ${lag} ELSE 0 END)`, 'lagSum')
    .addSelect(`MAX(CASE WHEN ${MEASURED} THEN ${lag} ELSE NULL END)`, 'lagMax')
    .andWhere(FILED_IN_RANGE, filedInRange)
    .groupBy('c.ownerId')
    .addGroupBy(monthSql('c.filedOn'));
  if (deadlines.length) {
    const params: Record<string, string> = {};
    const selects = deadlines.map((d, i) => {
      params[`dlC${i}`] = d.contactOn;
      params[`dlD${i}`] = d.deadline;
      return `SELECT :dlC${i} AS contact_on, :dlD${i} AS deadline`;
    });
    qb.leftJoin(`(${selects.join(' UNION ALL ')})`, 'dl', 'dl.contact_on = c.firstContactOn', params).addSelect(
      `SUM(CASE WHEN ${MEASURED} AND c.filedOn > dl.deadline THEN 1 ELSE 0 END)`,
      'overDeadline',
    );
  } else {
    qb.addSelect('0', 'overDeadline');
  }
  const rows = await qb.getRawMany<RawRow>();

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
