import { Caller, DEMO_STAFF, demoCustomerId } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { businessToday, demoReceptions, seedDemoData } from '../src/demo/demo-data';
import { requestViolations } from '../src/modules/reception/reception-request.rules';
import { DEFAULT_RECEPTION_POLICY } from '../src/modules/reception/reception-policy';
import { budgetOf } from '../src/modules/reception/reception-budget.rules';
import { ReceptionEntity } from '../src/modules/reception/entities/reception.entity';

const TODAY = '2026-11-26';

describe('reception demo data', () => {
  const { receptions, expenses, approvals } = demoReceptions(TODAY);

  it('is about thirty receptions over the year before the seeding day, the same every time', () => {
    expect(receptions).toHaveLength(30);
    expect(demoReceptions(TODAY)).toEqual({ receptions, expenses, approvals });
    const starts = receptions.map((r) => r.startOn).sort();
    expect(starts[0] >= '2025-11-26').toBe(true);
    expect(starts.some((s) => s > TODAY)).toBe(true);
  });

  it('spreads classes, states and hosted parties and refers to demo customers and staff', () => {
    expect(new Set(receptions.map((r) => r.class))).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect(new Set(receptions.map((r) => r.hostedPartyType))).toEqual(new Set(['CUSTOMER', 'SUPPLIER', 'OTHER']));
    expect(new Set(receptions.map((r) => r.state)).size).toBeGreaterThanOrEqual(6);
    const staff = new Set(DEMO_STAFF.map((s) => s.id));
    for (const r of receptions) {
      expect(staff.has(r.hostId) && staff.has(r.createdBy)).toBe(true);
      if (r.customerId) expect(r.customerId).toMatch(/^00000000-0000-4000-8000-0000000000\d\d$/);
    }
  });

  it('satisfies the request rules it would have been recorded under (REC-001, REC-003)', () => {
    for (const r of receptions) {
      const violations = requestViolations({ ...r, budget: budgetOf(r) }, DEFAULT_RECEPTION_POLICY);
      expect({ id: r.id, violations }).toEqual({ id: r.id, violations: [] });
    }
  });

  it('has states that fit the dates: finished in the past, running today, being prepared ahead', () => {
    for (const r of receptions) {
      if (r.endOn < TODAY) expect(['COMPLETED', 'SETTLED', 'SETTLEMENT_REFUSED', 'CANCELLED', 'REJECTED']).toContain(r.state);
      else if (r.startOn > TODAY) expect(['DRAFT', 'SUBMITTED', 'APPROVED', 'PLANNED']).toContain(r.state);
      else expect(r.state).toBe('IN_PROGRESS');
    }
  });

  it('REC-011 a past reception of an unfiled customer is refused at settlement', () => {
    const unfiled = receptions.filter(
      (r) => r.customerFiledAtRequest === false && r.endOn < TODAY && r.state !== 'CANCELLED' && r.state !== 'REJECTED',
    );
    expect(unfiled.length).toBeGreaterThan(0);
    for (const r of unfiled) expect(r.state).toBe('SETTLEMENT_REFUSED');
  });

  it('REC-008 every reception past its draft has the approval its state implies, decided by someone other than the requester', () => {
    const byId = new Map(approvals.map((a) => [a.id, a]));
    const expected: Record<string, string | null> = { DRAFT: null, CANCELLED: null, SUBMITTED: 'PENDING', REJECTED: 'REJECTED' };
    for (const r of receptions) {
      const approval = r.approvalId ? byId.get(r.approvalId) : undefined;
      const state = r.state in expected ? expected[r.state] : 'APPROVED';
      expect({ id: r.id, state: approval?.state ?? null }).toEqual({ id: r.id, state });
      if (!approval) continue;
      expect(approval).toMatchObject({
        template: 'RECEPTION',
        subjectType: 'reception',
        subjectId: r.id,
        requesterId: r.createdBy,
        attributes: JSON.stringify({ grade: r.class }),
      });
      const [step] = JSON.parse(approval.steps) as { decidedBy: string | null }[];
      if (approval.state === 'PENDING') expect(step.decidedBy).toBeNull();
      else expect(step.decidedBy).not.toBe(r.createdBy);
    }
  });

  it('REC-008 one reception awaiting approval is over the hospitality standard and waits for RECEPTION_OVER_STANDARD too', () => {
    const over = receptions.filter((r) => r.overStandardApprovalId);
    expect(over).toHaveLength(1);
    expect(over[0].state).toBe('SUBMITTED');
    expect(approvals.find((a) => a.id === over[0].overStandardApprovalId)).toMatchObject({
      template: 'RECEPTION_OVER_STANDARD',
      state: 'PENDING',
    });
  });

  it('records expenses only for receptions that took place', () => {
    const done = new Set(receptions.filter((r) => ['COMPLETED', 'SETTLED', 'SETTLEMENT_REFUSED'].includes(r.state)).map((r) => r.id));
    expect(expenses.length).toBeGreaterThan(0);
    for (const e of expenses) expect(done.has(e.receptionId)).toBe(true);
  });

  it('takes today from the Asia/Shanghai calendar', () => {
    expect(businessToday(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
  });

  describe('seeding', () => {
    const admin: Caller = { id: 's-huangqiang', name: '黄强', roles: ['GM'], departmentId: 'd-hq' };
    let svc: TestSubgraph;
    beforeAll(async () => {
      svc = await startTestSubgraph('reception', loadConfig, start, { DEMO_DATA: 'true' });
    });
    afterAll(() => svc.stop());

    it('loads once into an empty database and leaves a seeded one alone', async () => {
      const repo = svc.dataSource.getRepository(ReceptionEntity);
      expect(await repo.count()).toBe(30);
      await seedDemoData(svc.dataSource, svc.log);
      expect(await repo.count()).toBe(30);
    });

    it('REC-008 the GM finds the coming class A reception awaiting both its approvals', async () => {
      const result = await svc.query<{ receptionApprovals: { edges: { node: { template: string; subjectId: string } }[] } }>(
        admin,
        '{ receptionApprovals(filter: { awaitingMe: true }) { edges { node { template subjectId } } } }',
      );
      const nodes = result.data!.receptionApprovals.edges.map((e) => e.node);
      expect(nodes.map((n) => n.template).sort()).toEqual(['RECEPTION', 'RECEPTION_OVER_STANDARD']);
      expect(new Set(nodes.map((n) => n.subjectId)).size).toBe(1);
    });

    it('shows demo customer 5’s last five receptions', async () => {
      const result = await svc.query<{ _entities: { receptions: { totalCount: number; edges: { node: { startOn: string } }[] } }[] }>(
        admin,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { receptions(first: 5) { totalCount edges { node { startOn } } } } } }',
        { r: [{ __typename: 'Customer', id: demoCustomerId(5), ownerId: 's-unknown' }] },
      );
      const { totalCount, edges } = result.data!._entities[0].receptions;
      expect(totalCount).toBe(6);
      const starts = edges.map((e) => e.node.startOn);
      expect(starts).toEqual([...starts].sort().reverse());
      expect(starts).toHaveLength(5);
    });
  });
});
