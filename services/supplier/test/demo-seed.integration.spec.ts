import { Caller } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { seedDemoData } from '../src/demo/demo-data';

const buyer: Caller = { id: 's-majie', name: '马杰', roles: ['PROCUREMENT_UNIT'], departmentId: 'd-procurement' };

describe('supplier demo data (integration)', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('supplier', loadConfig, start, { DEMO_DATA: 'true' });
  });
  afterAll(() => svc.stop());

  it('loads on first start and is not loaded twice', async () => {
    await seedDemoData(svc.dataSource, svc.log);
    const result = await svc.query<{
      suppliers: { totalCount: number };
      supplyItems: { totalCount: number };
      blacklistEntries: { totalCount: number };
    }>(buyer, '{ suppliers { totalCount } supplyItems { totalCount } blacklistEntries { totalCount } }');
    expect(result.data).toEqual({ suppliers: { totalCount: 30 }, supplyItems: { totalCount: 8 }, blacklistEntries: { totalCount: 1 } });
  });

  it('continues the supplier numbers after the demo suppliers', async () => {
    const payload = await svc.query<{ registerSupplier: { supplier: { code: string } | null } }>(
      buyer,
      `mutation { registerSupplier(input: { name: "唐山新材料有限公司", usccCode: "91310000631696382C", kind: PRODUCER, scopes: [PRODUCT],
         bankAccount: { bank: "中国银行", accountNo: "6216600000000000001" } }) { supplier { code } } }`,
    );
    expect(payload.data!.registerSupplier.supplier).toEqual({ code: 'GYS000031' });
  });

  it('SUP-034 the demo blacklist entry bans the blacklisted supplier', async () => {
    const result = await svc.query<{
      blacklistEntries: { edges: { node: { bannedThrough: string; supplier: { status: string; usccCode: string } } }[] };
    }>(buyer, '{ blacklistEntries { edges { node { usccCode bannedThrough supplier { status usccCode } } } } }');
    const [entry] = result.data!.blacklistEntries.edges.map((e) => e.node);
    expect(entry).toMatchObject({ bannedThrough: '2030-09-15', supplier: { status: 'BLACKLISTED' } });
  });

  it('shows suppliers linked to demo customers and the exit-only item over its cap', async () => {
    const linked = await svc.query<{ suppliers: { totalCount: number } }>(
      buyer,
      '{ suppliers(filter: { customerId: "00000000-0000-4000-8000-000000000006" }) { totalCount } }',
    );
    expect(linked.data!.suppliers.totalCount).toBe(1);
    const items = await svc.query<{ supplyItems: { edges: { node: { name: string; cap: number; inSupplyCount: number } }[] } }>(
      buyer,
      '{ supplyItems(filter: { exitOnly: true }) { edges { node { name cap inSupplyCount } } } }',
    );
    expect(items.data!.supplyItems.edges.map((e) => e.node)).toEqual([{ name: '通用五金备件', cap: 6, inSupplyCount: 7 }]);
  });

  it('SUP-008 the demo applicants show their pending admissions', async () => {
    const gm: Caller = { id: 's-huangqiang', name: '黄强', roles: ['GM'], departmentId: 'd-hq' };
    const result = await svc.query<{
      suppliers: { edges: { node: { code: string; admissionApproval: { state: string; steps: { role: string }[] } | null } }[] };
    }>(gm, '{ suppliers(filter: { statuses: [APPLYING] }) { edges { node { code admissionApproval { state steps { role } } } } } }');
    // The applicant registered by the test above (GYS000031) is not demo data.
    const admissions = result.data!.suppliers.edges.filter((e) => e.node.code <= 'GYS000030').map((e) => e.node.admissionApproval);
    expect(admissions).toHaveLength(3);
    expect(admissions.every((a) => a?.state === 'PENDING')).toBe(true);
    expect(admissions.filter((a) => a!.steps.at(-1)!.role === 'GM')).toHaveLength(1);
  });
});
