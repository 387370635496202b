import type { QuarterRetention } from '../../generated/resolvers-types';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import type { Quarter } from './periods.rules';
import { quarterRange, rounded } from './periods.rules';
import type { RawRow } from '../../shared/support/raw-rows';
import { rawId, rawNumber } from '../../shared/support/raw-rows';
import { customersInScope } from './bi-scope.service';

/**
 * "Active" for retention is the lifecycle stages of a customer that buys (CUS-033): NEW and LOYAL. POTENTIAL has
 * never bought and CHURNED has stopped; a LOYAL customer falling back to NEW is still retained. Status (suspension,
 * termination) is a separate axis and does not enter.
 */
const ACTIVE_STAGES = ['NEW', 'LOYAL'] as const;

/**
 * The lifecycle stage in effect at a quarter bound, from the state-change history (so past quarters do not move when
 * customers change today): the latest LIFECYCLE_STAGE change effective on the bound's side (`changed_on` is the
 * business date it took effect; same-day changes in the order they were recorded). No change yet = POTENTIAL, the
 * stage every customer opens in (CUS-001).
 */
const stageAt = (comparison: '<' | '<=', bound: string) =>
  `COALESCE((SELECT sc.to_value FROM customer_state_change sc WHERE sc.customer_id = c.id AND sc.field = 'LIFECYCLE_STAGE' AND sc.changed_on ${comparison} ${bound} ORDER BY sc.changed_on DESC, sc.created_at DESC, sc.id DESC LIMIT 1), 'POTENTIAL')`;

const ACTIVE_AT_START = `${stageAt('<', 'q.first_day')} IN (:...activeStages)`;
const ACTIVE_AT_END = `${stageAt('<=', 'q.last_day')} IN (:...activeStages)`;
const CHURN_IN_QUARTER =
  "x.customer_id = c.id AND x.field = 'LIFECYCLE_STAGE' AND x.to_value = 'CHURNED' AND x.changed_on BETWEEN q.first_day AND q.last_day";

/** The quarters as a derived table `q(label, first_day, last_day)`, one row each, in parameters. */
function quarterTable(quarters: Quarter[]): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const selects = quarters.map((quarter, i) => {
    Object.assign(params, { [`qL${i}`]: quarter.label, [`qF${i}`]: quarter.firstDay, [`qT${i}`]: quarter.lastDay });
    return `SELECT :qL${i} AS label, :qF${i} AS first_day, :qT${i} AS last_day`;
  });
  return { sql: `(${selects.join(' UNION ALL ')})`, params };
}

/**
 * Section 5 "churn rate and retention rate per quarter (customers active at start still active at end), churn
 * reasons", over the non-deleted customers in the caller's scope (by current owner). Start = the eve of the first day
 * (changes on the first day belong to the quarter), end = the close of the last day. Two GROUP BY statements: the
 * counts, and the churn reasons.
 */
export async function retentionByQuarter(rt: CustomerRuntime, ctx: Ctx, from: string, to: string): Promise<QuarterRetention[]> {
  const quarters = quarterRange(from, to);
  const table = quarterTable(quarters);
  const params = { ...table.params, activeStages: [...ACTIVE_STAGES] };
  // Only customers with a lifecycle history can ever have been active.
  const withHistory = "EXISTS (SELECT 1 FROM customer_state_change h WHERE h.customer_id = c.id AND h.field = 'LIFECYCLE_STAGE')";

  const counts = await customersInScope(rt, ctx)
    .innerJoin(table.sql, 'q', '1 = 1')
    .select('q.label', 'quarter')
    .addSelect(`SUM(CASE WHEN ${ACTIVE_AT_START} THEN 1 ELSE 0 END)`, 'activeAtStart')
    .addSelect(`SUM(CASE WHEN ${ACTIVE_AT_START} AND ${ACTIVE_AT_END} THEN 1 ELSE 0 END)`, 'retained')
    .addSelect(
      `SUM(CASE WHEN ${ACTIVE_AT_START} AND EXISTS (SELECT 1 FROM customer_state_change x WHERE ${CHURN_IN_QUARTER}) THEN 1 ELSE 0 END)`,
      'churned',
    )
    .andWhere(withHistory)
    .setParameters(params)
    .groupBy('q.label')
    .getRawMany<RawRow>();

  const reasons = await customersInScope(rt, ctx)
    .innerJoin(table.sql, 'q', '1 = 1')
    .innerJoin('customer_state_change', 'x', CHURN_IN_QUARTER)
    .select('q.label', 'quarter')
    .addSelect('x.reason', 'reason')
    .addSelect('COUNT(DISTINCT c.id)', 'count')
    .andWhere(ACTIVE_AT_START)
    .setParameters(params)
    .groupBy('q.label')
    .addGroupBy('x.reason')
    .orderBy('q.label', 'ASC')
    .addOrderBy('COUNT(DISTINCT c.id)', 'DESC')
    .addOrderBy('x.reason', 'ASC')
    .getRawMany<RawRow>();

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
