import type { PeriodicReportStepCount } from '../../generated/resolvers-types';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';
import { monthRange } from './periods.rules';
import { rawNumber } from '../../shared/support/raw-rows';
import type { TIMELINESS_AGGREGATES } from './bi.store';
import { reportTimelinessRows } from './bi.store';

/**
 * Section 5 "periodic reports on time per step", per due month: the reports of customers in the caller's scope or
 * written by the caller (as the report list scopes them). One GROUP BY statement for all three steps.
 */
export async function reportTimeliness(
  rt: CustomerRuntime,
  ctx: Ctx,
  from: string,
  to: string,
  asOf: string | null | undefined,
): Promise<PeriodicReportStepCount[]> {
  const range = monthRange(from, to);
  const today = asOf ?? todayIn(rt);
  const { steps, rows } = await reportTimelinessRows(
    rt.dataSource,
    ctx.access,
    rt.policy.timeZone,
    range,
    today,
    rt.policy.reportForwarding,
  );
  return range.months.flatMap((month) =>
    steps.map((step, i) => {
      const row = rows.get(month);
      const value = (aggregate: (typeof TIMELINESS_AGGREGATES)[number]) => rawNumber(row?.[`${aggregate}${i}`]);
      return {
        month,
        step,
        due: value('due'),
        onTime: value('onTime'),
        late: value('late'),
        missing: value('missing'),
        pending: value('pending'),
      };
    }),
  );
}
