import { Caller, DEMO_CUSTOMER_COUNT, demoCustomerId } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { demoCreditData, seedDemoData } from '../src/demo/demo-data';
import { dueDateOf } from '../src/modules/receivables/receivable-state.rules';
import { CreditProfileEntity } from '../src/modules/credit-profile/entities/credit-profile.entity';
import { ReceivableEntity } from '../src/modules/receivables/entities/receivable.entity';

const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance' };

describe('credit demo data', () => {
  const data = demoCreditData('2026-11-26');

  it('is the same data set for the same day', () => {
    expect(JSON.stringify(demoCreditData('2026-11-26'))).toBe(JSON.stringify(data));
  });

  it('gives most demo customers a profile, grades A to D, a few hundred receivables in every state', () => {
    expect(data.profiles.length).toBeGreaterThanOrEqual(DEMO_CUSTOMER_COUNT * 0.8);
    expect(new Set(data.profiles.map((p) => p.grade))).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect(data.receivables.length).toBeGreaterThanOrEqual(200);
    expect(data.receivables.length).toBeLessThanOrEqual(data.profiles.length * 13);
    expect(new Set(data.receivables.map((r) => r.state))).toEqual(new Set(['CURRENT', 'OVERDUE', 'BAD_DEBT', 'SETTLED', 'WRITTEN_OFF']));
    expect(new Set(data.receivables.map((r) => r.invoiceRef)).size).toBe(data.receivables.length);
  });

  it('CRD-027, CRD-028 follows the rules: grade terms (two negotiated), due date = invoice date + term, cash-only D without limit', () => {
    const table = { A: 30, B: 45, C: 60, D: 90 } as const;
    expect(data.profiles.filter((p) => p.paymentTermDays !== table[p.grade!])).toHaveLength(2);
    for (const r of data.receivables) expect(r.dueDate).toBe(dueDateOf(r.invoiceDate, r.termDays));
    const cashOnly = new Set(data.profiles.filter((p) => p.grade === 'D').map((p) => p.customerId));
    expect(data.limits.filter((l) => cashOnly.has(l.scopeId!))).toEqual([]);
  });

  it('CRD-017 demo limits are EFFECTIVE, except two raises that await their CREDIT_LIMIT approvers', () => {
    const pending = data.limits.filter((l) => l.state === 'PENDING_APPROVAL');
    expect(data.limits.filter((l) => l.state !== 'PENDING_APPROVAL').every((l) => l.state === 'EFFECTIVE' && l.approvalId === null)).toBe(
      true,
    );
    expect(pending).toHaveLength(2);
    expect(data.approvals.map((a) => [a.subjectId, a.state, a.template])).toEqual(pending.map((l) => [l.id, 'PENDING', 'CREDIT_LIMIT']));
    expect(pending.map((l) => l.approvalId)).toEqual(data.approvals.map((a) => a.id));
    const aboveCap = data.approvals[1];
    expect(JSON.parse(aboveCap.attributes)).toEqual({ amount: '1200000.00', grade: 'C', kind: 'ABOVE_GRADE_CAP' });
    expect(aboveCap.currentRole).toBe('GM');
    // Each customer keeps at most one standing limit in force (CRD-020): the pending raise is not in force yet.
    const open = data.limits.filter((l) => l.state === 'EFFECTIVE' && l.validUntil === null).map((l) => l.scopeId);
    expect(new Set(open).size).toBe(open.length);
  });

  describe('seeded into a fresh database', () => {
    let svc: TestSubgraph;
    beforeAll(async () => {
      svc = await startTestSubgraph('credit', loadConfig, start, { DEMO_DATA: 'true' });
    });
    afterAll(() => svc.stop());

    it('loads once: a second seeding leaves the data alone', async () => {
      const count = () =>
        Promise.all([svc.dataSource.getRepository(CreditProfileEntity).count(), svc.dataSource.getRepository(ReceivableEntity).count()]);
      const before = await count();
      expect(before[0]).toBeGreaterThan(0);
      await seedDemoData(svc.dataSource, svc.log);
      expect(await count()).toEqual(before);
    });

    it('shows each admitted customer its limit, exposure and available credit', async () => {
      const ids = Array.from({ length: DEMO_CUSTOMER_COUNT }, (_, i) => demoCustomerId(i + 1));
      const result = await svc.query<{
        _entities: { credit: { grade: string; limit: string | null; exposure: string; availableCredit: string | null } | null }[];
      }>(
        finance,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { credit { grade limit exposure availableCredit } } } }',
        { r: ids.map((id) => ({ __typename: 'Customer', id, ownerId: null, ownerDepartmentId: null })) },
      );
      const credits = result.data!._entities.map((e) => e.credit);
      expect(credits.filter((c) => c === null)).toHaveLength(DEMO_CUSTOMER_COUNT - data.profiles.length);
      const withLimit = credits.filter((c) => c?.limit);
      expect(withLimit.length).toBeGreaterThan(20);
      expect(withLimit.some((c) => c!.exposure !== '0.00')).toBe(true);
    });

    it('CRD-017 shows the GM the demo raise above the grade cap awaiting them', async () => {
      const gm: Caller = { id: 's-huangqiang', name: '黄强', roles: ['GM', 'CREDIT_CONTROLLER'], departmentId: 'd-hq' };
      const result = await svc.query<{ creditApprovals: { edges: { node: { template: string; requesterId: string; reason: string } }[] } }>(
        gm,
        '{ creditApprovals(filter: { awaitingMe: true }) { edges { node { template requesterId reason } } } }',
      );
      expect(result.data!.creditApprovals.edges.map((e) => e.node)).toEqual([
        { template: 'CREDIT_LIMIT', requesterId: finance.id, reason: expect.stringContaining('等级上限') },
      ]);
    });
  });
});
