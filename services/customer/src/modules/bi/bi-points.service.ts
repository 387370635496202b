import type { MonthlyPoints } from '../../generated/resolvers-types';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { monthRange } from './periods.rules';
import { rawNumber } from '../../shared/support/raw-rows';
import { pointsPerMonthRows } from './bi.store';

/**
 * Section 5 "points issued per month" (CUS-038): points credited to referring customers in the caller's scope, by
 * the month of the meeting or sale they are for (`occurredOn`). Points are only ever credited — the rule book models
 * no redemption — so there is no redeemed column.
 */
export async function pointsIssuedPerMonth(rt: CustomerRuntime, ctx: Ctx, from: string, to: string): Promise<MonthlyPoints[]> {
  const range = monthRange(from, to);
  const rows = await pointsPerMonthRows(rt.dataSource, ctx.access, range);
  const byMonth = new Map(rows.map((row) => [String(row.month), row]));
  return range.months.map((month) => {
    const row = byMonth.get(month);
    return { month, points: rawNumber(row?.points), entries: rawNumber(row?.entries), customers: rawNumber(row?.customers) };
  });
}
