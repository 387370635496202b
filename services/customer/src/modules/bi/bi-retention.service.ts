import type { QuarterRetention } from '../../generated/resolvers-types';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { quarterRange, rounded } from './periods.rules';
import { rawId, rawNumber } from '../../shared/support/raw-rows';
import { churnReasonRows, retentionRows } from './bi.store';

/**
 * Section 5 "churn rate and retention rate per quarter (customers active at start still active at end), churn
 * reasons", over the non-deleted customers in the caller's scope (by current owner). Start = the eve of the first day
 * (changes on the first day belong to the quarter), end = the close of the last day. Two GROUP BY statements: the
 * counts, and the churn reasons.
 */
export async function retentionByQuarter(rt: CustomerRuntime, ctx: Ctx, from: string, to: string): Promise<QuarterRetention[]> {
  const quarters = quarterRange(from, to);
  const counts = await retentionRows(rt.dataSource, ctx.access, quarters);
  const reasons = await churnReasonRows(rt.dataSource, ctx.access, quarters);

  const byQuarter = new Map(counts.map((row) => [String(row.quarter), row]));
  return quarters.map(({ label }) => {
    const row = byQuarter.get(label);
    const activeAtStart = rawNumber(row?.activeAtStart);
    const retainedAtEnd = rawNumber(row?.retained);
    const churned = rawNumber(row?.churned);
    return {
      quarter: label,
      activeAtStart,
      retainedAtEnd,
      churned,
      retentionRate: activeAtStart ? rounded(retainedAtEnd / activeAtStart, 4) : null,
      churnRate: activeAtStart ? rounded(churned / activeAtStart, 4) : null,
      churnReasons: reasons.filter((r) => String(r.quarter) === label).map((r) => ({ reason: rawId(r.reason), count: rawNumber(r.count) })),
    };
  });
}
