import { randomUUID } from 'node:crypto';
import { addYears, businessDate, Caller, usccCheckCharacter } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { SupplierEntity } from '../src/shared/entities/supplier.entity';
import { SupplyItemEntity } from '../src/modules/supply-items/entities/supply-item.entity';
import { InSupplyLinkEntity } from '../src/modules/supply-items/entities/in-supply-link.entity';
import { BlacklistEntryEntity } from '../src/modules/blacklist/entities/blacklist-entry.entity';

const buyer: Caller = { id: 's-majie', name: '马杰', roles: ['PROCUREMENT_UNIT'], departmentId: 'd-procurement' };

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterSupplierInput!) {
    registerSupplier(input: $input) {
      supplier {
        id
        code
        name
        usccCode
        status
        kind
        scopes
        owningUnitId
        isCounterparty
        isDirect
        important
        version
        createdBy
        customer {
          id
        }
        bankAccount {
          bank
          accountNo
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateSupplierInput!) {
    updateSupplier(input: $input) {
      supplier {
        id
        name
        kind
        isDirect
        contactPhone
        version
        customer {
          id
        }
        bankAccount {
          bank
          accountNo
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;

type UserErrors = { code: string; field: string[]; message: string }[];
type Payload = { supplier: Record<string, unknown> | null; userErrors: UserErrors };

/** A valid USCC per serial number, distinct across the suite. */
let serial = 0;
function nextUscc(): string {
  serial += 1;
  const first17 = `91130200MA${String(2000000 + serial * 131).slice(-7)}`;
  return first17 + usccCheckCharacter(first17);
}
let accounts = 0;
const nextAccount = (): string => `6217${String(100000000000000 + (accounts += 1) * 7919).slice(-15)}`;

function application(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '唐山鑫盛耐火材料有限公司',
    usccCode: nextUscc(),
    kind: 'PRODUCER',
    scopes: ['PRODUCT'],
    bankAccount: { bank: '中国工商银行唐山分行', accountNo: nextAccount() },
    contactName: '李明',
    contactPhone: '13903150001',
    ...overrides,
  };
}

describe('supplier subgraph (integration)', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('supplier', loadConfig, start);
  });
  afterAll(() => svc.stop());

  const register = async (input: Record<string, unknown>, lang = 'zh-CN') =>
    (await svc.query<{ registerSupplier: Payload }>(buyer, REGISTER, { input }, { 'accept-language': lang })).data!.registerSupplier;
  const update = async (input: Record<string, unknown>) =>
    (await svc.query<{ updateSupplier: Payload }>(buyer, UPDATE, { input })).data!.updateSupplier;
  const codesOf = (payload: Payload) => payload.userErrors.map((e) => e.code);
  const setStatus = (id: unknown, status: SupplierEntity['status']) =>
    svc.dataSource.getRepository(SupplierEntity).update({ id: String(id) }, { status });
  const today = () => businessDate(new Date(), 'Asia/Shanghai');
  const blacklist = (entry: Partial<BlacklistEntryEntity>) =>
    svc.dataSource.getRepository(BlacklistEntryEntity).insert({
      id: randomUUID(),
      supplierId: null,
      usccCode: null,
      bankAccountNo: null,
      reason: 'FROZEN_TWICE',
      listedOn: '2025-01-10',
      bannedThrough: '2030-01-10',
      createdBy: 'SYSTEM',
      ...entry,
    });

  describe('registration', () => {
    it('SUP-001 a new supplier starts APPLYING with a gap-free number, owned by the unit of its main scope (SUP-003)', async () => {
      const payload = await register(
        application({
          name: ' 唐山恒达设备检修工程有限公司 ',
          kind: 'CONTRACTOR',
          scopes: ['MAINTENANCE', 'INSTALLATION'],
          bankAccount: { bank: '中国建设银行唐山分行', accountNo: '6222 0200 1234 5678 901' },
        }),
      );
      expect(payload.userErrors).toEqual([]);
      expect(payload.supplier).toMatchObject({
        code: expect.stringMatching(/^GYS\d{6}$/),
        name: '唐山恒达设备检修工程有限公司',
        status: 'APPLYING',
        scopes: ['MAINTENANCE', 'INSTALLATION'],
        owningUnitId: 'd-energy',
        isCounterparty: false,
        isDirect: true,
        important: false,
        customer: null,
        bankAccount: { bank: '中国建设银行唐山分行', accountNo: '6222020012345678901' },
        createdBy: buyer.id,
        version: 1,
      });
    });

    it('X-001 a supplier that is also a customer points at the customer by id', async () => {
      const customerId = '00000000-0000-4000-8000-000000000006';
      const payload = await register(application({ customerId, isCounterparty: true, owningUnitId: 'd-raw-materials', kind: 'TRADER' }));
      expect(payload.userErrors).toEqual([]);
      expect(payload.supplier).toMatchObject({
        customer: { id: customerId },
        isCounterparty: true,
        owningUnitId: 'd-raw-materials',
        isDirect: false,
      });
      const listed = await svc.query<{ suppliers: { edges: { node: { id: string } }[] } }>(
        buyer,
        'query($c: ID) { suppliers(filter: { customerId: $c }) { edges { node { id } } } }',
        { c: customerId },
      );
      expect(listed.data!.suppliers.edges.map((e) => e.node.id)).toEqual([payload.supplier!.id]);
    });

    it('refuses a USCC with a wrong check digit and saves nothing', async () => {
      const payload = await register(application({ name: '错误代码供应商', usccCode: '91330100MA27XKR7C1' }), 'en');
      expect(payload.supplier).toBeNull();
      expect(payload.userErrors).toEqual([{ code: 'INVALID_USCC', field: ['input', 'usccCode'], message: 'USCC check digit is wrong' }]);
      const list = await svc.query<{ suppliers: { totalCount: number } }>(
        buyer,
        '{ suppliers(filter: { nameContains: "错误代码" }) { totalCount } }',
      );
      expect(list.data!.suppliers.totalCount).toBe(0);
    });

    it('reports one userError per invalid field, in Chinese by default', async () => {
      const payload = await register(
        application({
          name: ' ',
          usccCode: '',
          scopes: [],
          bankAccount: { bank: ' ', accountNo: '12-34' },
          contactPhone: 'call me',
          owningUnitId: 'd-nowhere',
        }),
      );
      expect(payload.userErrors.map((e) => e.field.join('.')).sort()).toEqual([
        'input.bankAccount.accountNo',
        'input.bankAccount.bank',
        'input.contactPhone',
        'input.name',
        'input.owningUnitId',
        'input.scopes',
        'input.usccCode',
      ]);
      expect(payload.userErrors.find((e) => e.field[1] === 'name')!.message).toBe('供应商名称不能为空');
    });

    it('SUP-004 refuses a TRADER marked as direct supplier', async () => {
      expect(codesOf(await register(application({ kind: 'TRADER', isDirect: true })))).toEqual(['TRADER_NOT_DIRECT']);
    });

    it('refuses a USCC held by another supplier unless that supplier was cancelled or rejected', async () => {
      const uscc = nextUscc();
      const first = await register(application({ usccCode: uscc }));
      expect(first.userErrors).toEqual([]);
      const second = await register(application({ name: '另一家公司', usccCode: uscc }));
      expect(codesOf(second)).toEqual(['DUPLICATE_USCC']);
      expect(second.userErrors[0].message).toContain(String(first.supplier!.code));
      await setStatus(first.supplier!.id, 'CANCELLED');
      expect((await register(application({ usccCode: uscc }))).userErrors).toEqual([]);
    });

    it('SUP-010 an account number already held by another supplier is refused (BANK_ACCOUNT_IN_USE)', async () => {
      const first = await register(application({ bankAccount: { bank: '中国银行', accountNo: '6222 0000 1111' } }));
      expect(first.userErrors).toEqual([]);
      const second = await register(
        application({ name: '供应商B', bankAccount: { bank: '中国农业银行', accountNo: '6222-0000-1111' } }),
        'en',
      );
      expect(second.userErrors).toEqual([
        {
          code: 'BANK_ACCOUNT_IN_USE',
          field: ['input', 'bankAccount', 'accountNo'],
          message: `This account number is already held by supplier ${first.supplier!.code}`,
        },
      ]);
      // A frozen or cancelled supplier is still paid on that account, so it keeps holding it.
      await setStatus(first.supplier!.id, 'CANCELLED');
      expect(codesOf(await register(application({ bankAccount: { bank: '中国银行', accountNo: '622200001111' } })))).toEqual([
        'BANK_ACCOUNT_IN_USE',
      ]);
    });

    it('SUP-013 an applicant whose USCC is on an active blacklist entry is refused whatever its name', async () => {
      const uscc = nextUscc();
      await blacklist({ usccCode: uscc, bannedThrough: addYears(today(), 3) });
      const payload = await register(application({ name: '改名后的新公司', usccCode: uscc }), 'en');
      expect(payload.supplier).toBeNull();
      expect(payload.userErrors).toEqual([
        {
          code: 'SUPPLIER_BLACKLISTED',
          field: ['input', 'usccCode'],
          message: `The applicant is blacklisted until ${addYears(today(), 3)}`,
        },
      ]);
    });

    it('SUP-013 a differently named applicant using a blacklisted bank account is refused', async () => {
      const account = nextAccount();
      await blacklist({ usccCode: nextUscc(), bankAccountNo: account });
      const payload = await register(application({ name: '另一名称有限公司', bankAccount: { bank: '中国银行', accountNo: account } }));
      expect(payload.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['SUPPLIER_BLACKLISTED', 'input.bankAccount.accountNo']]);
    });

    it('SUP-013 the ban holds on its last day and ends the day after', async () => {
      const lastDayToday = nextUscc();
      await blacklist({ usccCode: lastDayToday, bannedThrough: today() });
      expect(codesOf(await register(application({ usccCode: lastDayToday })))).toEqual(['SUPPLIER_BLACKLISTED']);
      const endedYesterday = nextUscc();
      await blacklist({
        usccCode: endedYesterday,
        listedOn: '2020-01-01',
        bannedThrough: businessDate(new Date(Date.now() - 86_400_000), 'Asia/Shanghai'),
      });
      expect((await register(application({ usccCode: endedYesterday }))).userErrors).toEqual([]);
    });

    it('a refused registration does not consume a supplier number (gap-free)', async () => {
      const before = await register(application());
      const uscc = nextUscc();
      await blacklist({ usccCode: uscc });
      expect(codesOf(await register(application({ usccCode: uscc })))).toEqual(['SUPPLIER_BLACKLISTED']);
      const after = await register(application());
      const number = (p: Payload) => Number(String(p.supplier!.code).slice(3));
      expect(number(after)).toBe(number(before) + 1);
    });
  });

  describe('updates', () => {
    it('updates with the version read and refuses a stale version', async () => {
      const created = (await register(application({ name: '唐山港通物流有限公司', kind: 'LOGISTICS', scopes: ['LOGISTICS'] }))).supplier!;
      const updated = await update({
        id: created.id,
        version: 1,
        contactPhone: '0315-2345678',
        customerId: '00000000-0000-4000-8000-000000000002',
      });
      expect(updated.userErrors).toEqual([]);
      expect(updated.supplier).toMatchObject({
        contactPhone: '0315-2345678',
        version: 2,
        customer: { id: '00000000-0000-4000-8000-000000000002' },
      });
      const stale = await update({ id: created.id, version: 1, name: '覆盖' });
      expect(codesOf(stale)).toEqual(['STALE_VERSION']);
      const after = await svc.query<{ supplier: { name: string; version: number } }>(
        buyer,
        'query($id: ID!) { supplier(id: $id) { name version } }',
        { id: created.id },
      );
      expect(after.data!.supplier).toEqual({ name: '唐山港通物流有限公司', version: 2 });
      const cleared = await update({ id: created.id, version: 2, customerId: null });
      expect(cleared.supplier).toMatchObject({ customer: null, version: 3 });
    });

    it('refuses an unknown supplier and clearing a required field', async () => {
      expect(codesOf(await update({ id: randomUUID(), version: 1, name: 'x' }))).toEqual(['NOT_FOUND']);
      const created = (await register(application())).supplier!;
      expect(codesOf(await update({ id: created.id, version: 1, name: '', scopes: [] }))).toEqual(['REQUIRED', 'REQUIRED']);
    });

    it('SUP-004 a supplier that becomes a TRADER stops being direct', async () => {
      const created = (await register(application())).supplier!;
      const payload = await update({ id: created.id, version: 1, kind: 'TRADER' });
      expect(payload.supplier).toMatchObject({ kind: 'TRADER', isDirect: false });
      expect(codesOf(await update({ id: created.id, version: 2, isDirect: true }))).toEqual(['TRADER_NOT_DIRECT']);
    });

    it('SUP-010 an applicant may correct its account; an admitted supplier needs FINANCE approval to change it', async () => {
      const created = (await register(application())).supplier!;
      const corrected = await update({
        id: created.id,
        version: 1,
        bankAccount: { bank: '中国银行唐山分行', accountNo: '6013 8201 0000 1234 5' },
      });
      expect(corrected.userErrors).toEqual([]);
      expect(corrected.supplier!.bankAccount).toEqual({ bank: '中国银行唐山分行', accountNo: '60138201000012345' });
      await setStatus(created.id, 'REGISTERED');
      const change = await update({ id: created.id, version: 2, bankAccount: { bank: '中国银行唐山分行', accountNo: nextAccount() } });
      expect(codesOf(change)).toEqual(['BANK_ACCOUNT_CHANGE_NEEDS_APPROVAL']);
      // Sending the account unchanged is not a change.
      const same = await update({
        id: created.id,
        version: 2,
        bankAccount: { bank: '中国银行唐山分行', accountNo: '60138201000012345' },
        important: true,
      });
      expect(same.userErrors).toEqual([]);
    });

    it('SUP-013 a USCC cannot be changed to a blacklisted or held one', async () => {
      const created = (await register(application())).supplier!;
      const other = (await register(application())).supplier!;
      expect(codesOf(await update({ id: created.id, version: 1, usccCode: other.usccCode }))).toEqual(['DUPLICATE_USCC']);
      const banned = nextUscc();
      await blacklist({ usccCode: banned });
      expect(codesOf(await update({ id: created.id, version: 1, usccCode: banned }))).toEqual(['SUPPLIER_BLACKLISTED']);
      // Keeping its own USCC is not a duplicate of itself.
      expect((await update({ id: created.id, version: 1, usccCode: created.usccCode, name: '新名称有限公司' })).userErrors).toEqual([]);
    });
  });

  describe('queries', () => {
    type Page = {
      suppliers: {
        totalCount: number;
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string; startCursor: string };
      };
    };

    it('filters suppliers by status, kind, scope, owning unit, name and USCC', async () => {
      const producer = (await register(application({ name: '筛选测试A钢材有限公司', scopes: ['PRODUCT', 'LOGISTICS'] }))).supplier!;
      const service = (await register(application({ name: '筛选测试B技术服务有限公司', kind: 'SERVICE', scopes: ['TECH_SERVICE'] })))
        .supplier!;
      await setStatus(service.id, 'REGISTERED');
      const names = async (filter: Record<string, unknown>) => {
        const result = await svc.query<Page>(
          buyer,
          'query($f: SupplierFilter) { suppliers(filter: $f, orderBy: { field: NAME }) { totalCount edges { node { name } } } }',
          {
            f: { nameContains: '筛选测试', ...filter },
          },
        );
        return result.data!.suppliers.edges.map((e) => e.node.name);
      };
      expect(await names({})).toEqual(['筛选测试A钢材有限公司', '筛选测试B技术服务有限公司']);
      expect(await names({ statuses: ['REGISTERED'] })).toEqual(['筛选测试B技术服务有限公司']);
      expect(await names({ kinds: ['PRODUCER'] })).toEqual(['筛选测试A钢材有限公司']);
      expect(await names({ scope: 'LOGISTICS' })).toEqual(['筛选测试A钢材有限公司']);
      expect(await names({ scope: 'TECH_SERVICE' })).toEqual(['筛选测试B技术服务有限公司']);
      expect(await names({ owningUnitId: 'd-tech-centre' })).toEqual(['筛选测试B技术服务有限公司']);
      expect(await names({ usccCode: String(producer.usccCode).toLowerCase() })).toEqual(['筛选测试A钢材有限公司']);
      expect(await names({ nameContains: '筛选测试%' })).toEqual([]);
    });

    it('pages suppliers with keyset cursors in both directions', async () => {
      for (const n of [1, 2, 3, 4, 5]) await register(application({ name: `分页测试${n}号供应商` }));
      const page = `query($after: String, $before: String, $first: Int, $last: Int) {
        suppliers(filter: { nameContains: "分页测试" }, orderBy: { field: NAME, direction: ASC }, first: $first, after: $after, last: $last, before: $before) {
          totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
        }
      }`;
      const one = (await svc.query<Page>(buyer, page, { first: 2 })).data!.suppliers;
      expect(one.totalCount).toBe(5);
      expect(one.edges.map((e) => e.node.name)).toEqual(['分页测试1号供应商', '分页测试2号供应商']);
      expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const two = (await svc.query<Page>(buyer, page, { first: 2, after: one.pageInfo.endCursor })).data!.suppliers;
      expect(two.edges.map((e) => e.node.name)).toEqual(['分页测试3号供应商', '分页测试4号供应商']);
      const back = (await svc.query<Page>(buyer, page, { last: 2, before: two.pageInfo.startCursor })).data!.suppliers;
      expect(back.edges.map((e) => e.node.name)).toEqual(['分页测试1号供应商', '分页测试2号供应商']);
      const created = (
        await svc.query<Page>(buyer, page.replace('field: NAME, direction: ASC', 'field: CREATED_AT, direction: DESC'), { first: 5 })
      ).data!.suppliers;
      expect(created.edges).toHaveLength(5);
    });

    it('refuses a page larger than the configured maximum', async () => {
      const result = await svc.query(buyer, '{ suppliers(first: 1000) { totalCount } }');
      expect(result.errors?.[0].extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
    });

    it("SUP-020 shows an item's cap, in-supply count and suppliers; SUP-022 exit-only items can be listed", async () => {
      const a = (await register(application({ name: '在供测试甲' }))).supplier!;
      const b = (await register(application({ name: '在供测试乙' }))).supplier!;
      const itemId = randomUUID();
      await svc.dataSource.getRepository(SupplyItemEntity).insert({
        id: itemId,
        code: 'PZ9001',
        name: '测试镁碳砖',
        owningUnitId: 'd-tech-centre',
        category: 'GOODS',
        annualSpend: '19999999.99',
        exitOnly: true,
        createdBy: buyer.id, // entered by the buyer, so within their data scope
        updatedBy: buyer.id,
      });
      await svc.dataSource.getRepository(InSupplyLinkEntity).insert([
        { supplyItemId: itemId, supplierId: String(b.id), since: '2024-01-01' },
        { supplyItemId: itemId, supplierId: String(a.id), since: '2025-03-01' },
      ]);
      const result = await svc.query<{ supplyItems: { edges: { node: Record<string, unknown> }[] } }>(
        buyer,
        '{ supplyItems(filter: { exitOnly: true, nameContains: "测试镁碳砖" }) { edges { node { code annualSpend cap inSupplyCount exitOnly suppliers { name supplyItems { code } } } } } }',
      );
      expect(result.data!.supplyItems.edges.map((e) => e.node)).toEqual([
        {
          code: 'PZ9001',
          annualSpend: '19999999.99',
          cap: 7,
          inSupplyCount: 2,
          exitOnly: true,
          // By supplier number: 甲 registered first.
          suppliers: [
            { name: '在供测试甲', supplyItems: [{ code: 'PZ9001' }] },
            { name: '在供测试乙', supplyItems: [{ code: 'PZ9001' }] },
          ],
        },
      ]);
    });

    it('SUP-013 lists blacklist entries with whether each ban is still in force', async () => {
      const uscc = nextUscc();
      await blacklist({ usccCode: uscc, bankAccountNo: '6222000099998888', bannedThrough: '2020-12-31', listedOn: '2015-12-31' });
      const query =
        'query($f: BlacklistEntryFilter) { blacklistEntries(filter: $f) { totalCount edges { node { usccCode reason listedOn bannedThrough active supplier { id } } } } }';
      type Result = { blacklistEntries: { totalCount: number; edges: { node: Record<string, unknown> }[] } };
      const byAccount = (await svc.query<Result>(buyer, query, { f: { bankAccountNo: '6222 0000 9999 8888' } })).data!.blacklistEntries;
      expect(byAccount.edges.map((e) => e.node)).toEqual([
        { usccCode: uscc, reason: 'FROZEN_TWICE', listedOn: '2015-12-31', bannedThrough: '2020-12-31', active: false, supplier: null },
      ]);
      const activeOnly = (await svc.query<Result>(buyer, query, { f: { usccCode: uscc, activeOnly: true } })).data!.blacklistEntries;
      expect(activeOnly.totalCount).toBe(0);
    });
  });

  describe('federation', () => {
    const ENTITIES = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Supplier {
            id
            code
            status
            customer {
              id
            }
            bankAccount {
              accountNo
            }
            supplyItems {
              code
            }
          }
        }
      }
    `;

    const ids: string[] = [];
    beforeAll(async () => {
      for (let n = 0; n < 50; n += 1) {
        const payload = await register(
          application({
            name: `引用测试${String(n).padStart(2, '0')}`,
            customerId: n % 2 ? `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` : null,
          }),
        );
        ids.push(String(payload.supplier!.id));
      }
      const itemId = randomUUID();
      await svc.dataSource.getRepository(SupplyItemEntity).insert({
        id: itemId,
        code: 'PZ9002',
        name: '测试主焦煤',
        owningUnitId: 'd-raw-materials',
        category: 'GOODS',
        annualSpend: '850000000.00',
        exitOnly: false,
        createdBy: buyer.id, // entered by the buyer, so within their data scope
        updatedBy: buyer.id,
      });
      await svc.dataSource
        .getRepository(InSupplyLinkEntity)
        .insert(ids.map((supplierId) => ({ supplyItemId: itemId, supplierId, since: '2025-01-01' })));
    });

    it('resolves 50 Supplier references with as many SQL statements as 1', async () => {
      const resolve = async (list: string[]) => {
        svc.sqlCounter.reset();
        const result = await svc.query<{ _entities: ({ id: string; customer: { id: string } | null } | null)[] }>(buyer, ENTITIES, {
          representations: list.map((id) => ({ __typename: 'Supplier', id })),
        });
        expect(result.errors).toBeUndefined();
        return { entities: result.data!._entities, statements: svc.sqlCounter.count };
      };
      const one = await resolve(ids.slice(0, 1));
      const fifty = await resolve(ids);
      expect(fifty.entities.map((e) => e!.id)).toEqual(ids);
      expect(fifty.entities[1]!.customer).toEqual({ id: '00000000-0000-4000-8000-000000000001' });
      expect(fifty.entities[0]!.customer).toBeNull();
      expect(one.statements).toBeGreaterThan(0);
      expect(fifty.statements).toBe(one.statements);
    });

    it('resolves an unknown Supplier reference to null', async () => {
      const result = await svc.query<{ _entities: unknown[] }>(buyer, ENTITIES, {
        representations: [{ __typename: 'Supplier', id: randomUUID() }],
      });
      expect(result.data!._entities).toEqual([null]);
    });

    it('lists suppliers with their items at a constant SQL count', async () => {
      const run = async (first: number) => {
        svc.sqlCounter.reset();
        const result = await svc.query<{ suppliers: { edges: { node: { supplyItems: unknown[] } }[] } }>(
          buyer,
          `{ suppliers(first: ${first}, filter: { nameContains: "引用测试" }) { edges { node { id customer { id } supplyItems { code inSupplyCount suppliers { code } } } } } }`,
        );
        expect(result.data!.suppliers.edges.every((e) => e.node.supplyItems.length === 1)).toBe(true);
        expect(result.data!.suppliers.edges).toHaveLength(first);
        return svc.sqlCounter.count;
      };
      expect(await run(50)).toBe(await run(1));
    });
  });

  it('refuses a request that the gateway did not sign', async () => {
    const response = await fetch(svc.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ suppliers { totalCount } }' }),
    });
    expect(response.status).toBe(401);
  });
});
