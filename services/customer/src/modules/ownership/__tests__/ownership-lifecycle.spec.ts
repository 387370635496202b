import type { CustomerPolicy } from '../../../shared/customer-policy';
import { DEFAULT_CUSTOMER_POLICY as policy } from '../../../default-policy';
import {
  claimLapsed,
  claimRefusal,
  distributeEvenly,
  isDormant,
  isQualifyingService,
  protectedUntil,
  sameDepartment,
} from '../../../shared/ownership.rules';
import type { LifecycleFacts } from '../../../shared/lifecycle.rules';
import {
  evaluateLifecycle,
  lastPaidOrderOn,
  manualStageAllowed,
  meetsLoyalty,
  stageAfterOrder,
  statusAfter,
} from '../../../shared/lifecycle.rules';

describe('ownership rules', () => {
  it('CUS-026 worked example 12: 7 leads to S1, S2, S3 → 3, 2, 2, dealt in the order listed', () => {
    const dealt = distributeEvenly(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7'], ['S1', 'S2', 'S3']);
    const counts = ['S1', 'S2', 'S3'].map((s) => dealt.filter((d) => d.staffId === s).length);
    expect(counts).toEqual([3, 2, 2]);
    expect(dealt.slice(0, 3).map((d) => d.staffId)).toEqual(['S1', 'S2', 'S3']);
  });

  it('CUS-028 only a customer without owner or a dormant one may be claimed', () => {
    expect(claimRefusal({ ownerId: null, dormant: false }, 's1')).toBeNull();
    expect(claimRefusal({ ownerId: 's2', dormant: true }, 's1')).toBeNull();
    expect(claimRefusal({ ownerId: 's2', dormant: false }, 's1')?.code).toBe('NOT_CLAIMABLE');
    expect(claimRefusal({ ownerId: 's1', dormant: true }, 's1')?.code).toBe('ALREADY_OWNER');
  });

  it('CUS-029 worked example 8: confirmed 2026-01-31 → protected through 2026-03-31, LAPSED on 2026-04-01; 2025-12-31 → 2026-02-28', () => {
    expect(protectedUntil('2026-01-31', policy)).toBe('2026-03-31');
    expect(claimLapsed('PROTECTED', '2026-03-31', '2026-03-31')).toBe(false);
    expect(claimLapsed('PROTECTED', '2026-03-31', '2026-04-01')).toBe(true);
    expect(claimLapsed('EXTENDED', '2026-03-31', '2026-04-01')).toBe(true);
    expect(claimLapsed('RELEASED', '2026-03-31', '2026-04-01')).toBe(false);
    expect(protectedUntil('2025-12-31', policy)).toBe('2026-02-28');
  });

  it('CUS-030 worked example 9: last qualifying service 2026-01-10 → dormant from 2026-04-11', () => {
    expect(isDormant('2026-01-10', '2025-06-01', '2026-04-10', policy)).toBe(false);
    expect(isDormant('2026-01-10', '2025-06-01', '2026-04-11', policy)).toBe(true);
    expect(isDormant(null, '2026-01-10', '2026-04-11', policy)).toBe(true);
    expect(isDormant(null, null, '2026-04-11', policy)).toBe(false);
  });

  it('CUS-030 qualifying service: a visit, a phone contact, an attended event — not a letter or an event missed', () => {
    expect(isQualifyingService('ON_SITE', null, policy)).toBe(true);
    expect(isQualifyingService('PHONE', null, policy)).toBe(true);
    expect(isQualifyingService('EVENT', true, policy)).toBe(true);
    expect(isQualifyingService('EVENT', false, policy)).toBe(false);
    expect(isQualifyingService('LETTER', null, policy)).toBe(false);
  });

  it('CUS-031 the grievance transfer must leave the department', () => {
    expect(sameDepartment('d-sales-east', 'd-sales-east')).toBe(true);
    expect(sameDepartment('d-sales-east', 'd-sales-south')).toBe(false);
  });
});

describe('lifecycle rules', () => {
  const facts = (over: Partial<LifecycleFacts> = {}): LifecycleFacts => ({
    stage: 'NEW',
    hasPaidOrder: true,
    lastOrderOn: '2026-03-01',
    ordersInWindow: 3,
    openValidComplaints: 0,
    validComplaintsLast12Months: 0,
    latestSatisfaction: 4,
    ...over,
  });

  it('CUS-033 POTENTIAL until the first paid order, NEW from it', () => {
    expect(stageAfterOrder('POTENTIAL', false)).toBe('POTENTIAL');
    expect(stageAfterOrder('POTENTIAL', true)).toBe('NEW');
    expect(evaluateLifecycle(facts({ stage: 'POTENTIAL', hasPaidOrder: false, ordersInWindow: 0 }), '2026-03-02', policy).stage).toBe(
      'POTENTIAL',
    );
  });

  it('CUS-033 LOYAL with ≥ 3 paid orders in 24 months, no open valid complaint and a latest satisfaction ≥ 4', () => {
    expect(meetsLoyalty(facts(), policy)).toBe(true);
    expect(meetsLoyalty(facts({ latestSatisfaction: 3 }), policy)).toBe(false);
    expect(meetsLoyalty(facts({ ordersInWindow: 2 }), policy)).toBe(false);
    expect(meetsLoyalty(facts({ openValidComplaints: 1 }), policy)).toBe(false);
    expect(evaluateLifecycle(facts(), '2026-03-02', policy).stage).toBe('LOYAL');
    expect(evaluateLifecycle(facts({ stage: 'LOYAL', latestSatisfaction: 2 }), '2026-03-02', policy).stage).toBe('NEW');
  });

  it('CUS-033 a customer never surveyed is not LOYAL: loyal means bought several times and very satisfied', () => {
    expect(meetsLoyalty(facts({ latestSatisfaction: null }), policy)).toBe(false);
    expect(evaluateLifecycle(facts({ latestSatisfaction: null }), '2026-03-02', policy).stage).toBe('NEW');
    expect(evaluateLifecycle(facts({ stage: 'LOYAL', latestSatisfaction: null }), '2026-03-02', policy).stage).toBe('NEW');
  });

  it('CUS-033 an unpaid order does not win a churned customer back; a paid one does', () => {
    expect(stageAfterOrder('CHURNED', false)).toBe('CHURNED');
    expect(stageAfterOrder('CHURNED', true)).toBe('NEW');
  });

  it('CUS-033 only paid orders count: the latest paid order is the churn clock', () => {
    const orders = [
      { orderedOn: '2026-01-05', paid: true },
      { orderedOn: '2026-06-01', paid: false },
      { orderedOn: '2025-11-20', paid: true },
    ];
    expect(lastPaidOrderOn(orders)).toBe('2026-01-05');
    expect(lastPaidOrderOn([{ orderedOn: '2026-06-01', paid: false }])).toBeNull();
  });

  it('CUS-033 NEW or LOYAL with no order for 12 months is CHURNED; the next order wins it back to NEW', () => {
    expect(evaluateLifecycle(facts({ stage: 'LOYAL', lastOrderOn: '2025-03-01' }), '2026-03-01', policy).stage).toBe('LOYAL');
    const churned = evaluateLifecycle(facts({ stage: 'LOYAL', lastOrderOn: '2025-03-01' }), '2026-03-02', policy);
    expect(churned).toMatchObject({ stage: 'CHURNED', churnReason: 'NO_ORDER_12_MONTHS', churnRisk: false });
    expect(evaluateLifecycle(facts({ stage: 'CHURNED', lastOrderOn: '2025-03-01' }), '2026-06-01', policy).stage).toBe('CHURNED');
    expect(stageAfterOrder('CHURNED', true)).toBe('NEW');
  });

  it('CUS-034 churn risk after 6 months without an order; the evaluation is a fixed point (idempotent)', () => {
    expect(evaluateLifecycle(facts({ lastOrderOn: '2026-01-15' }), '2026-07-15', policy).churnRisk).toBe(false);
    const atRisk = evaluateLifecycle(facts({ lastOrderOn: '2026-01-15' }), '2026-07-16', policy);
    expect(atRisk.churnRisk).toBe(true);
    const again = evaluateLifecycle(facts({ lastOrderOn: '2026-01-15', stage: atRisk.stage }), '2026-07-16', policy);
    expect(again).toEqual({ ...atRisk, churnReason: null });
    const potential = evaluateLifecycle(facts({ stage: 'POTENTIAL', hasPaidOrder: true, ordersInWindow: 3 }), '2026-03-02', policy);
    expect(evaluateLifecycle(facts({ stage: potential.stage }), '2026-03-02', policy).stage).toBe(potential.stage);
  });

  it('CUS-034 the thresholds are configuration', () => {
    const tighter: CustomerPolicy = { ...policy, lifecycle: { ...policy.lifecycle, churnRiskAfterMonths: 3, churnAfterMonths: 6 } };
    expect(evaluateLifecycle(facts({ lastOrderOn: '2026-01-15' }), '2026-04-16', tighter).churnRisk).toBe(true);
    expect(evaluateLifecycle(facts({ lastOrderOn: '2026-01-15' }), '2026-07-16', tighter).stage).toBe('CHURNED');
  });

  it('CUS-035 a problem customer has ≥ 3 valid complaints in the trailing 12 months', () => {
    expect(evaluateLifecycle(facts({ validComplaintsLast12Months: 2 }), '2026-03-02', policy).problemCustomer).toBe(false);
    expect(evaluateLifecycle(facts({ validComplaintsLast12Months: 3 }), '2026-03-02', policy).problemCustomer).toBe(true);
  });

  it('section 3: manual lifecycle moves follow the table', () => {
    expect(manualStageAllowed('NEW', 'CHURNED')).toBe(true);
    expect(manualStageAllowed('LOYAL', 'NEW')).toBe(true);
    expect(manualStageAllowed('POTENTIAL', 'LOYAL')).toBe(false);
    expect(manualStageAllowed('CHURNED', 'LOYAL')).toBe(false);
  });

  it('CUS-036 ACTIVE → SUSPENDED → ACTIVE; ACTIVE or SUSPENDED → TERMINATED, which is final', () => {
    expect(statusAfter('ACTIVE', 'SUSPEND')).toBe('SUSPENDED');
    expect(statusAfter('SUSPENDED', 'REACTIVATE')).toBe('ACTIVE');
    expect(statusAfter('SUSPENDED', 'TERMINATE')).toBe('TERMINATED');
    expect(statusAfter('TERMINATED', 'REACTIVATE')).toBeNull();
    expect(statusAfter('ACTIVE', 'REACTIVATE')).toBeNull();
  });
});
