import { Caller } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';

const rep: Caller = { id: 's-zhangwei', name: '张伟', roles: ['SALES_REP'], departmentId: 'd-sales-east' };

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer {
        id
        code
        name
        usccCode
        lifecycleStage
        filingStatus
        status
        ownerId
        ownerDepartmentId
        registeredCapital
        version
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
  mutation Update($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      customer {
        id
        name
        phone
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;

type Payload = { customer: Record<string, unknown> | null; userErrors: { code: string; field: string[]; message: string }[] };

describe('customer subgraph (integration)', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('customer', loadConfig, start);
  });
  afterAll(() => svc.stop());

  const create = async (input: Record<string, unknown>, lang = 'zh-CN') =>
    (await svc.query<{ createCustomer: Payload }>(rep, CREATE, { input }, { 'accept-language': lang })).data!.createCustomer;

  it('CUS-001 a new customer starts POTENTIAL, DRAFT, ACTIVE and is owned by the developing staff member', async () => {
    const payload = await create({
      name: '杭州恒信机械制造有限公司',
      entityKind: 'COMPANY',
      type: 'OEM_FACTORY',
      registeredCapital: '5000000',
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.customer).toMatchObject({
      code: expect.stringMatching(/^KH\d{6}$/),
      lifecycleStage: 'POTENTIAL',
      filingStatus: 'DRAFT',
      status: 'ACTIVE',
      ownerId: rep.id,
      ownerDepartmentId: rep.departmentId,
      registeredCapital: '5000000.00',
      version: 1,
    });
  });

  it('CUS-003 a USCC with a wrong check digit is refused with a userError and nothing is saved', async () => {
    const payload = await create({ name: '错误代码公司', entityKind: 'COMPANY', type: 'DEALER', usccCode: '91330100MA27XKR7C1' }, 'en');
    expect(payload.customer).toBeNull();
    expect(payload.userErrors).toEqual([{ code: 'INVALID_USCC', field: ['input', 'usccCode'], message: 'USCC check digit is wrong' }]);
    const list = await svc.query<{ customers: { totalCount: number } }>(
      rep,
      '{ customers(filter: { nameContains: "错误代码" }) { totalCount } }',
    );
    expect(list.data!.customers.totalCount).toBe(0);
  });

  it('CUS-003 a USCC is unique among customers (DUPLICATE_USCC)', async () => {
    const first = await create({ name: '上海华越商贸有限公司', entityKind: 'COMPANY', type: 'DEALER', usccCode: '91310000631696382C' });
    expect(first.userErrors).toEqual([]);
    const second = await create({ name: '另一家公司', entityKind: 'COMPANY', type: 'DEALER', usccCode: '91310000631696382C' });
    expect(second.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_USCC']);
  });

  it('reports one userError per invalid field, in Chinese by default', async () => {
    const payload = await create({ name: ' ', entityKind: 'COMPANY', type: 'DEALER', postcode: '31', phone: 'call me' });
    expect(payload.userErrors.map((e) => e.field.join('.')).sort()).toEqual(['input.name', 'input.phone', 'input.postcode']);
    expect(payload.userErrors.find((e) => e.field[1] === 'name')!.message).toBe('客户名称不能为空');
  });

  it('updates with the version read and refuses a stale version', async () => {
    const created = (await create({ name: '广州宏达物流有限公司', entityKind: 'COMPANY', type: 'END_USER' })).customer!;
    const updated = await svc.query<{ updateCustomer: Payload }>(rep, UPDATE, {
      input: { id: created.id, version: 1, phone: '020-86001234' },
    });
    expect(updated.data!.updateCustomer.customer).toMatchObject({ phone: '020-86001234', version: 2 });
    const stale = await svc.query<{ updateCustomer: Payload }>(rep, UPDATE, { input: { id: created.id, version: 1, name: '覆盖' } });
    expect(stale.data!.updateCustomer.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    const after = await svc.query<{ customer: { name: string } }>(rep, 'query($id: ID!) { customer(id: $id) { name } }', {
      id: created.id,
    });
    expect(after.data!.customer.name).toBe('广州宏达物流有限公司');
  });

  it('pages customers with keyset cursors in both directions', async () => {
    for (const n of [1, 2, 3, 4, 5]) await create({ name: `分页测试${n}号公司`, entityKind: 'COMPANY', type: 'RETAILER' });
    const page = `query($after: String, $before: String, $first: Int, $last: Int) {
      customers(filter: { nameContains: "分页测试" }, orderBy: { field: NAME, direction: ASC }, first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
      }
    }`;
    type Page = {
      customers: {
        totalCount: number;
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string; startCursor: string };
      };
    };
    const one = (await svc.query<Page>(rep, page, { first: 2 })).data!.customers;
    expect(one.totalCount).toBe(5);
    expect(one.edges.map((e) => e.node.name)).toEqual(['分页测试1号公司', '分页测试2号公司']);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = (await svc.query<Page>(rep, page, { first: 2, after: one.pageInfo.endCursor })).data!.customers;
    expect(two.edges.map((e) => e.node.name)).toEqual(['分页测试3号公司', '分页测试4号公司']);
    const back = (await svc.query<Page>(rep, page, { last: 2, before: two.pageInfo.startCursor })).data!.customers;
    expect(back.edges.map((e) => e.node.name)).toEqual(['分页测试1号公司', '分页测试2号公司']);
  });

  it('creates customers concurrently without losing one or repeating a customer number', async () => {
    const payloads = await Promise.all(
      Array.from({ length: 8 }, (_, n) => create({ name: `并发${n}号公司`, entityKind: 'COMPANY', type: 'DEALER' })),
    );
    expect(payloads.flatMap((p) => p.userErrors)).toEqual([]);
    const codes = payloads.map((p) => p.customer!.code);
    expect(new Set(codes).size).toBe(8);
  });

  it('refuses a page larger than the configured maximum', async () => {
    const result = await svc.query(rep, '{ customers(first: 1000) { totalCount } }');
    expect(result.errors?.[0].extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
  });

  it('refuses a request that the gateway did not sign', async () => {
    const response = await fetch(svc.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ customers { totalCount } }' }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
