import type { CustomerStatus, LifecycleStage } from '../generated/resolvers-types';
import { addMonths, dayAfterPeriod } from '../support/calendar-months';
import type { CustomerPolicy } from './customer-policy';

/** What the lifecycle rules look at (CUS-033…035), as of a date. */
export interface LifecycleFacts {
  stage: LifecycleStage;
  /** A paid order exists (POTENTIAL → NEW). */
  hasPaidOrder: boolean;
  lastOrderOn: string | null;
  /** Orders in the trailing loyalty window (24 months) up to the date. */
  ordersInWindow: number;
  openValidComplaints: number;
  validComplaintsLast12Months: number;
  /** The latest satisfaction score, null when never surveyed. */
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

/** CUS-033: ≥ 3 orders in the trailing 24 months, no open valid complaint, latest satisfaction ≥ 4 if surveyed. */
export function meetsLoyalty(facts: LifecycleFacts, policy: CustomerPolicy): boolean {
  const l = policy.lifecycle;
  return facts.ordersInWindow >= l.loyalMinOrders && facts.openValidComplaints === 0 && (facts.latestSatisfaction === null || facts.latestSatisfaction >= l.loyalMinSatisfaction);
}

/** No order for N months: from the day after the period that started on the last order. */
const noOrderFor = (lastOrderOn: string | null, months: number, asOf: string): boolean => lastOrderOn !== null && asOf >= dayAfterPeriod(lastOrderOn, months);

/**
 * CUS-033/034/035 as of a date, to a fixed point, so evaluating the result again changes nothing (the job is
 * idempotent): POTENTIAL → NEW on a paid order; NEW/LOYAL → CHURNED after 12 months without an order; NEW ⇄ LOYAL
 * on the loyalty conditions; churn risk after 6 months without an order; problem customer on ≥ 3 valid complaints
 * in 12 months. A churned customer comes back only with a new order (afterOrder).
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

/** CUS-033 on an order: the first paid order makes a potential customer NEW; any order wins a churned one back. */
export function stageAfterOrder(stage: LifecycleStage, paid: boolean): LifecycleStage {
  if (stage === 'POTENTIAL' && paid) return 'NEW';
  if (stage === 'CHURNED') return 'NEW';
  return stage;
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
