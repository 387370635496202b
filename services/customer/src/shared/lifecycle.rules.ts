import type { CustomerStatus, LifecycleStage } from '../generated/resolvers-types';
import { addMonths, dayAfterPeriod } from './support/calendar-months';
import type { CustomerPolicy } from './customer-policy';

/** What the lifecycle rules look at (CUS-033, CUS-034, CUS-035), as of a date. */
export interface LifecycleFacts {
  stage: LifecycleStage;
  /** A paid order exists (POTENTIAL → NEW). */
  hasPaidOrder: boolean;
  /** The latest paid order (lastPaidOrderOn): the churn clock. An unpaid order does not reset it (CUS-033). */
  lastOrderOn: string | null;
  /** Paid orders in the trailing loyalty window (24 months) up to the date (CUS-033). */
  ordersInWindow: number;
  openValidComplaints: number;
  validComplaintsLast12Months: number;
  /** The latest satisfaction score, null when never surveyed (then not LOYAL, CUS-033). */
  latestSatisfaction: number | null;
}

export interface LifecycleVerdict {
  stage: LifecycleStage;
  churnRisk: boolean;
  problemCustomer: boolean;
  /** Set when this evaluation churns the customer. */
  churnReason: string | null;
}

export const CHURN_NO_ORDER = 'NO_ORDER_12_MONTHS';

/** The first day of the loyalty window ending on `asOf`. */
export const loyaltyWindowStart = (asOf: string, policy: CustomerPolicy): string => addMonths(asOf, -policy.lifecycle.loyalWindowMonths);

/**
 * CUS-033: ≥ 3 paid orders in the trailing 24 months, no open valid complaint and a latest satisfaction ≥ 4. The seed
 * (000 L308) wants "bought several times and very satisfied": a customer never surveyed has not shown that, so it
 * is not LOYAL.
 */
export function meetsLoyalty(facts: LifecycleFacts, policy: CustomerPolicy): boolean {
  const l = policy.lifecycle;
  const verySatisfied = facts.latestSatisfaction !== null && facts.latestSatisfaction >= l.loyalMinSatisfaction;
  return facts.ordersInWindow >= l.loyalMinOrders && facts.openValidComplaints === 0 && verySatisfied;
}

/** CUS-033: an order counts for the lifecycle (loyalty, churn clock, win-back) once it is paid. */
export const countsAsOrder = (order: { paid: boolean }): boolean => order.paid;

/** CUS-033: the date of the latest paid order, the churn clock (CUS-034); null when none is paid. */
export function lastPaidOrderOn(orders: readonly { orderedOn: string; paid: boolean }[]): string | null {
  return orders
    .filter(countsAsOrder)
    .reduce<string | null>((latest, o) => (latest === null || o.orderedOn > latest ? o.orderedOn : latest), null);
}

/** No order for N months: from the day after the period that started on the last order. */
const noOrderFor = (lastOrderOn: string | null, months: number, asOf: string): boolean =>
  lastOrderOn !== null && asOf >= dayAfterPeriod(lastOrderOn, months);

/**
 * CUS-033, CUS-034, CUS-035 as of a date, to a fixed point, so evaluating the result again changes nothing (the job is
 * idempotent): POTENTIAL → NEW on a paid order; NEW/LOYAL → CHURNED after 12 months without a paid order; NEW ⇄ LOYAL
 * on the loyalty conditions; churn risk after 6 months without an order; problem customer on ≥ 3 valid complaints
 * in 12 months. A churned customer comes back only with a new paid order (stageAfterOrder).
 */
export function evaluateLifecycle(facts: LifecycleFacts, asOf: string, policy: CustomerPolicy): LifecycleVerdict {
  const l = policy.lifecycle;
  let stage = facts.stage;
  let churnReason: string | null = null;
  if (stage === 'POTENTIAL' && facts.hasPaidOrder) stage = 'NEW';
  if ((stage === 'NEW' || stage === 'LOYAL') && noOrderFor(facts.lastOrderOn, l.churnAfterMonths, asOf)) {
    stage = 'CHURNED';
    churnReason = CHURN_NO_ORDER;
  } else if (stage === 'NEW' || stage === 'LOYAL') {
    stage = meetsLoyalty(facts, policy) ? 'LOYAL' : 'NEW';
  }
  return {
    stage,
    churnRisk: (stage === 'NEW' || stage === 'LOYAL') && noOrderFor(facts.lastOrderOn, l.churnRiskAfterMonths, asOf),
    problemCustomer: facts.validComplaintsLast12Months >= l.problemMinComplaints,
    churnReason,
  };
}

/** CUS-033 on an order: only a paid one counts; the first makes a potential customer NEW, the next wins a churned one back. */
export function stageAfterOrder(stage: LifecycleStage, paid: boolean): LifecycleStage {
  if (!paid) return stage;
  return stage === 'POTENTIAL' || stage === 'CHURNED' ? 'NEW' : stage;
}

/** Section 3 lifecycle transitions a SALES_DEPT_MANAGER may make by hand, with a reason. */
const MANUAL: Record<LifecycleStage, LifecycleStage[]> = {
  POTENTIAL: ['NEW'],
  NEW: ['LOYAL', 'CHURNED'],
  LOYAL: ['NEW', 'CHURNED'],
  CHURNED: ['NEW'],
};

export const manualStageAllowed = (from: LifecycleStage, to: LifecycleStage): boolean => MANUAL[from].includes(to);

export type StatusAction = 'SUSPEND' | 'REACTIVATE' | 'TERMINATE';

/** CUS-036: ACTIVE → SUSPENDED → ACTIVE; ACTIVE or SUSPENDED → TERMINATED (final). */
export function statusAfter(from: CustomerStatus, action: StatusAction): CustomerStatus | null {
  if (action === 'SUSPEND') return from === 'ACTIVE' ? 'SUSPENDED' : null;
  if (action === 'REACTIVATE') return from === 'SUSPENDED' ? 'ACTIVE' : null;
  return from === 'TERMINATED' ? null : 'TERMINATED';
}
