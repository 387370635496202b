import { randomUUID } from 'node:crypto';
import { Caller, undeclaredPermissions, usccCheckCharacter } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start, subgraph } from '../src';
import { SupplyItemEntity } from '../src/modules/supply-items/entities/supply-item.entity';
import { InSupplyLinkEntity } from '../src/modules/supply-items/entities/in-supply-link.entity';
import { BlacklistEntryEntity } from '../src/modules/blacklist/entities/blacklist-entry.entity';

/**
 * Who may see and change suppliers (X-020, X-021, X-022, X-023, X-025, X-031, SUP-003), proven through the subgraph's GraphQL API.
 * The procurement callers' departments are set explicitly: each sits in the owning unit it manages.
 */
const energyBuyer: Caller = {
  id: 's-wanggang',
  name: '王刚',
  roles: ['PROCUREMENT_UNIT'],
  departmentId: 'd-energy',
  departmentTree: ['d-energy'],
};
const projectsBuyer: Caller = {
  id: 's-liqiang',
  name: '李强',
  roles: ['PROCUREMENT_UNIT'],
  departmentId: 'd-projects',
  departmentTree: ['d-projects'],
};
const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance', departmentTree: ['d-finance'] };
const enterpriseMgmt: Caller = {
  id: 's-qianhua',
  name: '钱华',
  roles: ['ENTERPRISE_MGMT'],
  departmentId: 'd-hq',
  departmentTree: ['d-hq'],
};
const agent: Caller = { id: 's-zhouxin', name: '周欣', roles: ['CS_AGENT'], departmentId: 'd-cs', departmentTree: ['d-cs'] };
const bi: Caller = { id: 's-bi', name: 'BI 报表', roles: ['BI_READER'], departmentId: 'd-hq', departmentTree: ['d-hq'] };
const system: Caller = { id: 'sys-import', name: '导入任务', roles: ['SYSTEM'], departmentId: null };

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterSupplierInput!) {
    registerSupplier(input: $input) {
      supplier {
        id
      }
      userErrors {
        code
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateSupplierInput!) {
    updateSupplier(input: $input) {
      supplier {
        id
        version
      }
      userErrors {
        code
      }
    }
  }
`;
const BY_ID = 'query($id: ID!) { supplier(id: $id) { id } }';
const BY_REFERENCE = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Supplier { id } } }';

let serial = 0;
function nextUscc(): string {
  serial += 1;
  const first17 = `91130200MA${String(3000000 + serial * 173).slice(-7)}`;
  return first17 + usccCheckCharacter(first17);
}

const ACCOUNT = '6217000012341234';

function application(name: string, scopes: string[], accountNo: string): Record<string, unknown> {
  return {
    name,
    usccCode: nextUscc(),
    kind: 'CONTRACTOR',
    scopes,
    bankAccount: { bank: '中国工商银行唐山分行', accountNo },
    contactName: '李明',
    contactPhone: '13903150001',
  };
}

describe('supplier access control', () => {
  let svc: TestSubgraph;
  /** Two suppliers of 机动能源处 and one of 工管处, entered by an import job: only their owning unit places them. */
  const energy: string[] = [];
  let projects: string;
  let energyItem: string;

  const register = async (caller: Caller, input: Record<string, unknown>): Promise<string> => {
    const result = await svc.query<{ registerSupplier: { supplier: { id: string } | null; userErrors: unknown[] } }>(caller, REGISTER, {
      input,
    });
    expect(result.data!.registerSupplier.userErrors).toEqual([]);
    return result.data!.registerSupplier.supplier!.id;
  };

  beforeAll(async () => {
    svc = await startTestSubgraph('supplier', loadConfig, start);
    energy.push(await register(system, application('范围测试能源检修甲', ['MAINTENANCE'], ACCOUNT)));
    energy.push(await register(system, application('范围测试能源检修乙', ['MAINTENANCE'], '6217000012345678')));
    projects = await register(system, application('范围测试建筑工程丙', ['CONSTRUCTION'], '6217000012349999'));

    energyItem = randomUUID();
    const item = {
      owningUnitId: 'd-energy',
      category: 'SERVICE' as const,
      annualSpend: '1200000.00',
      exitOnly: false,
      createdBy: system.id,
      updatedBy: system.id,
    };
    await svc.dataSource.getRepository(SupplyItemEntity).insert([
      { ...item, id: energyItem, code: 'PZ8001', name: '范围测试设备检修' },
      { ...item, id: randomUUID(), code: 'PZ8002', name: '范围测试土建施工', owningUnitId: 'd-projects' },
    ]);
    // A 工管处 supplier is also in supply for the 机动能源处 item.
    await svc.dataSource.getRepository(InSupplyLinkEntity).insert([
      { supplyItemId: energyItem, supplierId: energy[0], since: '2025-01-01' },
      { supplyItemId: energyItem, supplierId: projects, since: '2025-01-01' },
    ]);
    await svc.dataSource.getRepository(BlacklistEntryEntity).insert({
      id: randomUUID(),
      supplierId: energy[1],
      usccCode: nextUscc(),
      bankAccountNo: '6222000099991234',
      reason: 'BRIBERY',
      listedOn: '2025-01-10',
      bannedThrough: '2030-01-10',
      createdBy: system.id,
    });
  });
  afterAll(() => svc.stop());

  const supplierIds = async (caller: Caller) => {
    const result = await svc.query<{ suppliers: { totalCount: number; edges: { node: { id: string } }[] } }>(
      caller,
      '{ suppliers(filter: { nameContains: "范围测试" }) { totalCount edges { node { id } } } }',
    );
    const { totalCount, edges } = result.data!.suppliers;
    return { totalCount, ids: edges.map((e) => e.node.id).sort() };
  };

  it('X-023 every root field and entity of the subgraph declares the permission it needs', () => {
    expect(undeclaredPermissions(subgraph.typeDefs)).toEqual([]);
  });

  it('X-021 SUP-003 a procurement unit lists only the suppliers of its own unit; FINANCE (ALL) lists every one', async () => {
    expect(await supplierIds(energyBuyer)).toEqual({ totalCount: 2, ids: [...energy].sort() });
    expect(await supplierIds(projectsBuyer)).toEqual({ totalCount: 1, ids: [projects] });
    expect((await supplierIds(finance)).totalCount).toBe(3);
  });

  it('X-021 another unit’s supplier is not found, by id and by entity reference', async () => {
    const theirs = await svc.query<{ supplier: unknown }>(projectsBuyer, BY_ID, { id: energy[0] });
    expect(theirs.data!.supplier).toBeNull();
    const ours = await svc.query<{ supplier: { id: string } }>(energyBuyer, BY_ID, { id: energy[0] });
    expect(ours.data!.supplier).toEqual({ id: energy[0] });

    const r = [
      { __typename: 'Supplier', id: energy[0] },
      { __typename: 'Supplier', id: projects },
    ];
    const byReference = await svc.query<{ _entities: unknown[] }>(projectsBuyer, BY_REFERENCE, { r });
    expect(byReference.data!._entities).toEqual([null, { id: projects }]);
  });

  it('X-021 supply items are scoped by owning unit too, and an item’s in-supply count and suppliers only show suppliers in scope', async () => {
    const items = async (caller: Caller) =>
      (
        await svc.query<{ supplyItems: { totalCount: number } }>(
          caller,
          '{ supplyItems(filter: { nameContains: "范围测试" }) { totalCount } }',
        )
      ).data!.supplyItems.totalCount;
    expect(await items(energyBuyer)).toBe(1);
    expect(await items(projectsBuyer)).toBe(1);
    expect(await items(finance)).toBe(2);

    const ITEM = 'query($id: ID!) { supplyItem(id: $id) { inSupplyCount suppliers { id } } }';
    type Item = { supplyItem: { inSupplyCount: number; suppliers: { id: string }[] } | null };
    expect((await svc.query<Item>(projectsBuyer, ITEM, { id: energyItem })).data!.supplyItem).toBeNull();
    expect((await svc.query<Item>(energyBuyer, ITEM, { id: energyItem })).data!.supplyItem).toEqual({
      inSupplyCount: 1,
      suppliers: [{ id: energy[0] }],
    });
    expect((await svc.query<Item>(finance, ITEM, { id: energyItem })).data!.supplyItem!.inSupplyCount).toBe(2);
  });

  it('X-021 another unit cannot update the supplier (reported as not found); its own unit can', async () => {
    const update = async (caller: Caller) =>
      (
        await svc.query<{ updateSupplier: { supplier: { id: string; version: number } | null; userErrors: { code: string }[] } }>(
          caller,
          UPDATE,
          { input: { id: projects, version: 1, address: '唐山市路北区' } },
        )
      ).data!.updateSupplier;
    expect((await update(energyBuyer)).userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    // Placed by department, not by ownership: the import job entered it.
    expect(await update(projectsBuyer)).toEqual({ supplier: { id: projects, version: 2 }, userErrors: [] });
  });

  it('X-021 the staff member who entered a supplier keeps it in scope when it belongs to another unit', async () => {
    const entered = await register(energyBuyer, application('范围测试跨单位录入', ['CONSTRUCTION'], '6217000012340000'));
    expect((await svc.query<{ supplier: { id: string } | null }>(energyBuyer, BY_ID, { id: entered })).data!.supplier).toEqual({
      id: entered,
    });
    expect((await svc.query<{ supplier: { id: string } | null }>(projectsBuyer, BY_ID, { id: entered })).data!.supplier).toEqual({
      id: entered,
    });
  });

  it('X-023 a role without the permission is refused with FORBIDDEN', async () => {
    const code = async (caller: Caller, query: string, variables?: Record<string, unknown>) =>
      (await svc.query(caller, query, variables)).errors?.[0].extensions?.code;
    expect(await code(agent, '{ suppliers { totalCount } }')).toBe('FORBIDDEN');
    expect(await code(agent, BY_REFERENCE, { r: [{ __typename: 'Supplier', id: energy[0] }] })).toBe('FORBIDDEN');
    expect(await code(agent, '{ blacklistEntries { totalCount } }')).toBe('FORBIDDEN');
    expect(await code(bi, '{ supplyItems { totalCount } }')).toBe('FORBIDDEN');
    // READ does not give CREATE or UPDATE.
    expect(await code(finance, REGISTER, { input: application('范围测试无权登记', ['PRODUCT'], '6217000012341111') })).toBe('FORBIDDEN');
    expect(await code(finance, UPDATE, { input: { id: projects, version: 2, address: 'x' } })).toBe('FORBIDDEN');
  });

  describe('masking', () => {
    const FIELDS = 'id bankAccount { bank accountNo } contactName contactPhone';
    type Masked = { id: string; bankAccount: { bank: string; accountNo: string }; contactName: string | null; contactPhone: string | null };
    const listed = async (caller: Caller) =>
      (
        await svc.query<{ suppliers: { edges: { node: Masked }[] } }>(
          caller,
          `{ suppliers(filter: { nameContains: "范围测试能源检修甲" }) { edges { node { ${FIELDS} } } } }`,
        )
      ).data!.suppliers.edges[0].node;
    const referenced = async (caller: Caller) =>
      (
        await svc.query<{ _entities: Masked[] }>(
          caller,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Supplier { ${FIELDS} } } }`,
          { r: [{ __typename: 'Supplier', id: energy[0] }] },
        )
      ).data!._entities[0];

    it('X-031 FINANCE sees the bank account in full; X-025 without supplier.contact:READ the contact is hidden and the phone masked', async () => {
      for (const node of [await listed(finance), await referenced(finance)]) {
        expect(node).toEqual({
          id: energy[0],
          bankAccount: { bank: '中国工商银行唐山分行', accountNo: ACCOUNT },
          contactName: null,
          contactPhone: '139****0001',
        });
      }
    });

    it('X-031 ENTERPRISE_MGMT sees only the last four digits of the bank account; X-025 it reads the contact in full', async () => {
      for (const node of [await listed(enterpriseMgmt), await referenced(enterpriseMgmt)]) {
        expect(node).toEqual({
          id: energy[0],
          bankAccount: { bank: '中国工商银行唐山分行', accountNo: '************1234' },
          contactName: '李明',
          contactPhone: '13903150001',
        });
      }
    });

    it('X-022 the owning unit reads its supplier’s bank account and contact unmasked', async () => {
      expect(await listed(energyBuyer)).toEqual({
        id: energy[0],
        bankAccount: { bank: '中国工商银行唐山分行', accountNo: ACCOUNT },
        contactName: '李明',
        contactPhone: '13903150001',
      });
    });

    it('X-031 SUP-013 the blacklist is read company-wide with banned account numbers masked; its supplier only within scope (X-021)', async () => {
      const query = '{ blacklistEntries { totalCount edges { node { bankAccountNo supplier { id } } } } }';
      type Entries = {
        blacklistEntries: { totalCount: number; edges: { node: { bankAccountNo: string; supplier: { id: string } | null } }[] };
      };
      const entries = async (caller: Caller) => (await svc.query<Entries>(caller, query)).data!.blacklistEntries.edges.map((e) => e.node);
      expect(await entries(enterpriseMgmt)).toEqual([{ bankAccountNo: '************1234', supplier: { id: energy[1] } }]);
      expect(await entries(finance)).toEqual([{ bankAccountNo: '6222000099991234', supplier: { id: energy[1] } }]);
      expect(await entries(projectsBuyer)).toEqual([{ bankAccountNo: '6222000099991234', supplier: null }]);
    });

    it('X-022 X-031 filtering the blacklist by a bank account needs the permission to read it: the count would confirm a masked account', async () => {
      const legal: Caller = { id: 's-fawu', name: '法务', roles: ['LEGAL'], departmentId: 'd-hq', departmentTree: ['d-hq'] };
      const query = 'query($no: String) { blacklistEntries(filter: { bankAccountNo: $no }) { totalCount } }';
      for (const caller of [legal, enterpriseMgmt]) {
        const refused = await svc.query(caller, query, { no: '6222 0000 9999 1234' });
        expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(refused.data?.blacklistEntries ?? null).toBeNull();
      }
      expect(
        (await svc.query<{ blacklistEntries: { totalCount: number } }>(finance, query, { no: '6222 0000 9999 1234' })).data!
          .blacklistEntries.totalCount,
      ).toBe(1);
      expect(
        (await svc.query<{ blacklistEntries: { totalCount: number } }>(legal, '{ blacklistEntries { totalCount } }')).data!.blacklistEntries
          .totalCount,
      ).toBe(1);
    });
  });
});
