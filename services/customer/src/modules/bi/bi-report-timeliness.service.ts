import { sqlDates } from '@crm/platform';
import { PeriodicReportEntity } from '../../shared/entities/periodic-report.entity';
import type { PeriodicReportStepCount, ReportStep } from '../../generated/resolvers-types';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';
import { monthRange, monthSql } from './periods.rules';
import type { RawRow } from '../../shared/support/raw-rows';
import { rawNumber } from '../../shared/support/raw-rows';
import { childRowsInScope } from './bi-scope.service';

/**
 * One forwarding step of CUS-024, CUS-025 in SQL: when it became due (`start`, null for the rep's own submission), when it
 * was done, and the deadline as "done on business date ≤ start + days" — the same instants as the domain's
 * forwardingDeadlines/lateSteps: the supervisor by the end of D+`supervisorDays`, the manager by the end of
 * D+`managerDays`−1 (counting the day of receipt), the rep by the end of the due day.
 */
interface StepSql {
  step: ReportStep;
  /** Reports that reached the step. */
  reached: string;
  done: string;
  /** Done by the deadline. */
  doneInTime: string;
  /** Past the deadline at asOf. */
  overdueAt: string;
}

const AGGREGATES = ['due', 'onTime', 'late', 'missing', 'pending'] as const;

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
  const sql = sqlDates(rt.dataSource, rt.policy.timeZone, today);
  const day = (instant: string) => sql.businessDate(instant);
  const { supervisorDays, managerDays } = rt.policy.reportForwarding;
  const steps: StepSql[] = [
    {
      step: 'SUBMITTED',
      reached: '1 = 1',
      done: 'r.submittedAt IS NOT NULL',
      doneInTime: `${day('r.submittedAt')} <= r.dueOn`,
      overdueAt: ':asOf > r.dueOn',
    },
    {
      step: 'SUPERVISOR_FORWARDED',
      reached: 'r.submittedAt IS NOT NULL',
      done: 'r.supervisorForwardedAt IS NOT NULL',
      doneInTime: `${sql.daysBetween(day('r.supervisorForwardedAt'), day('r.submittedAt'))} <= :supervisorDays`,
      overdueAt: `${sql.daysBetween(':asOf', day('r.submittedAt'))} > :supervisorDays`,
    },
    {
      step: 'MANAGER_FORWARDED',
      reached: 'r.supervisorForwardedAt IS NOT NULL',
      done: 'r.managerForwardedAt IS NOT NULL',
      doneInTime: `${sql.daysBetween(day('r.managerForwardedAt'), day('r.supervisorForwardedAt'))} <= :managerLastDay`,
      overdueAt: `${sql.daysBetween(':asOf', day('r.supervisorForwardedAt'))} > :managerLastDay`,
    },
  ];
  const qb = childRowsInScope(rt, ctx, PeriodicReportEntity, 'r', ['r.ownerId'])
    .select(monthSql('r.dueOn'), 'month')
    .andWhere('r.dueOn BETWEEN :reportFrom AND :reportTo', { reportFrom: range.firstDay, reportTo: range.lastDay })
    .setParameters({ asOf: today, supervisorDays, managerLastDay: managerDays - 1 })
    .groupBy(monthSql('r.dueOn'));
  const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  steps.forEach((s, i) => {
    const conditions = {
      due: s.reached,
      onTime: `${s.reached} AND ${s.done} AND ${s.doneInTime}`,
      late: `${s.reached} AND ${s.done} AND NOT (${s.doneInTime})`,
      missing: `${s.reached} AND NOT (${s.done}) AND ${s.overdueAt}`,
      pending: `${s.reached} AND NOT (${s.done}) AND NOT (${s.overdueAt})`,
    };
    for (const aggregate of AGGREGATES) qb.addSelect(count(conditions[aggregate]), `${aggregate}${i}`);
  });
  const rows = new Map((await qb.getRawMany<RawRow>()).map((row) => [String(row.month), row]));
  return range.months.flatMap((month) =>
    steps.map((s, i) => {
      const row = rows.get(month);
      const value = (aggregate: (typeof AGGREGATES)[number]) => rawNumber(row?.[`${aggregate}${i}`]);
      return {
        month,
        step: s.step,
        due: value('due'),
        onTime: value('onTime'),
        late: value('late'),
        missing: value('missing'),
        pending: value('pending'),
      };
    }),
  );
}
