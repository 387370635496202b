import { Caller, demoCustomerId } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { ReceptionEntity } from '../src/modules/reception/entities/reception.entity';
import { ReceptionExpenseEntity } from '../src/modules/reception/entities/reception-expense.entity';

const rep: Caller = { id: 's-zhangwei', name: '张伟', roles: ['SALES_REP'], departmentId: 'd-sales-east' };
const system: Caller = { id: 'sys-import', name: '导入任务', roles: ['SYSTEM'], departmentId: null };

const FIELDS = `id class hostedPartyType customerId supplierId organisation guestCount guests { name title isForeign }
  hostId hostRank hostSubstitutionReason startOn endOn purpose costDepartmentId state version createdBy
  budget { hospitality lodging transport gifts total } customer { id }`;
const REQUEST = /* GraphQL */ `
  mutation Request($input: RequestReceptionInput!) {
    requestReception(input: $input) { reception { ${FIELDS} } userErrors { code field message } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateReceptionInput!) {
    updateReception(input: $input) { reception { ${FIELDS} } userErrors { code field message } }
  }
`;

type UserErrors = { code: string; field: string[]; message: string }[];
type Payload = { reception: Record<string, unknown> | null; userErrors: UserErrors };
type Page = {
  totalCount: number;
  edges: { cursor: string; node: { id: string; startOn: string; customerId?: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

const customerA = demoCustomerId(101);

/** A class C request for customer A that passes every rule; tests override what they probe. */
const classC = (overrides: Record<string, unknown> = {}) => ({
  class: 'C',
  hostedPartyType: 'CUSTOMER',
  customerId: customerA,
  organisation: '杭州恒信机械制造有限公司',
  guestCount: 3,
  guests: [
    { name: '周建华', title: '总经理' },
    { name: 'Emily Carter', title: 'Buyer', isForeign: true },
  ],
  hostId: 's-chenjing',
  hostRank: 'DEPARTMENT_MANAGER',
  startOn: '2026-05-11',
  endOn: '2026-05-12',
  purpose: '年度合作洽谈及工厂参观',
  budget: { hospitality: '1600', lodging: '840.5', transport: '700.00' },
  ...overrides,
});

describe('reception subgraph (integration)', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('reception', loadConfig, start);
  });
  afterAll(() => svc.stop());

  const request = async (input: Record<string, unknown>, caller = rep, lang = 'zh-CN') =>
    (await svc.query<{ requestReception: Payload }>(caller, REQUEST, { input }, { 'accept-language': lang })).data!.requestReception;
  const update = async (input: Record<string, unknown>, lang = 'zh-CN') =>
    (await svc.query<{ updateReception: Payload }>(rep, UPDATE, { input }, { 'accept-language': lang })).data!.updateReception;
  const count = async (filter: Record<string, unknown>) =>
    (
      await svc.query<{ receptions: { totalCount: number } }>(rep, 'query($f: ReceptionFilter) { receptions(filter: $f) { totalCount } }', {
        f: filter,
      })
    ).data!.receptions.totalCount;

  describe('requestReception', () => {
    it('records a request as a DRAFT with its guests, budget and total, pointing at the customer', async () => {
      const payload = await request(classC());
      expect(payload.userErrors).toEqual([]);
      expect(payload.reception).toMatchObject({
        class: 'C',
        hostedPartyType: 'CUSTOMER',
        customerId: customerA,
        customer: { id: customerA },
        supplierId: null,
        guestCount: 3,
        guests: [
          { name: '周建华', title: '总经理', isForeign: false },
          { name: 'Emily Carter', title: 'Buyer', isForeign: true },
        ],
        hostRank: 'DEPARTMENT_MANAGER',
        hostSubstitutionReason: null,
        startOn: '2026-05-11',
        endOn: '2026-05-12',
        state: 'DRAFT',
        version: 1,
        createdBy: rep.id,
        budget: { hospitality: '1600.00', lodging: '840.50', transport: '700.00', gifts: '0.00', total: '3140.50' },
      });
    });

    it('REC-010 charges the costs to the requesting department', async () => {
      const payload = await request(classC());
      expect(payload.reception!.costDepartmentId).toBe(rep.departmentId);
    });

    it('REC-010 refuses a requester outside any department (no one to charge)', async () => {
      const payload = await request(classC(), system);
      expect(payload.reception).toBeNull();
      expect(payload.userErrors.map((e) => e.code)).toEqual(['NO_COST_DEPARTMENT']);
    });

    it('REC-003 refuses a host below the class minimum without a substitution reason, and saves nothing', async () => {
      const before = await count({ hostId: 's-lina' });
      const payload = await request(classC({ class: 'B', hostId: 's-lina', hostRank: 'DEPARTMENT_MANAGER' }), rep, 'en');
      expect(payload.reception).toBeNull();
      expect(payload.userErrors).toEqual([
        {
          code: 'HOST_RANK_TOO_LOW',
          field: ['input', 'hostRank'],
          message: 'A class B reception is hosted by DEPARTMENT_DIRECTOR or above; a DEPARTMENT_MANAGER host needs a substitution reason',
        },
      ]);
      expect(await count({ hostId: 's-lina' })).toBe(before);
    });

    it('REC-003 accepts a lower-ranked host with a recorded substitution reason (worked example 7)', async () => {
      const reason = '部门总监出国,由部门经理代为接待,已向来宾说明';
      const payload = await request(classC({ class: 'B', hostSubstitutionReason: reason }));
      expect(payload.userErrors).toEqual([]);
      expect(payload.reception).toMatchObject({ class: 'B', hostRank: 'DEPARTMENT_MANAGER', hostSubstitutionReason: reason });
    });

    it('REC-001 refuses class C for a visitor who is not a customer', async () => {
      const payload = await request(classC({ hostedPartyType: 'OTHER', customerId: null, organisation: '浙江大学管理学院参访团' }));
      expect(payload.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['CLASS_REQUIRES_CUSTOMER', 'input.class']]);
    });

    it('reports every invalid field at once, in Chinese by default', async () => {
      const payload = await request(
        classC({ startOn: '2026-05-12', endOn: '2026-05-10', guestCount: 0, guests: [], budget: { hospitality: '-1.00', gifts: '-20' } }),
      );
      expect(payload.reception).toBeNull();
      expect(payload.userErrors.map((e) => `${e.field.join('.')}:${e.code}`)).toEqual([
        'input.endOn:INVALID_DATE_RANGE',
        'input.guestCount:INVALID_GUEST_COUNT',
        'input.budget.hospitality:NEGATIVE_AMOUNT',
        'input.budget.gifts:NEGATIVE_AMOUNT',
      ]);
      expect(payload.userErrors[0].message).toBe('结束日期不能早于开始日期');
    });

    it('refuses an impossible calendar date as bad input', async () => {
      const result = await svc.query(rep, REQUEST, { input: classC({ startOn: '2026-02-30' }) });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateReception', () => {
    it('updates a draft with the version read and refuses a stale version', async () => {
      const created = (await request(classC({ organisation: '广州宏达物流有限公司' }))).reception!;
      const updated = await update({ id: created.id, version: 1, guestCount: 6, budget: { hospitality: '2400' } });
      expect(updated.userErrors).toEqual([]);
      expect(updated.reception).toMatchObject({
        guestCount: 6,
        version: 2,
        organisation: '广州宏达物流有限公司',
        budget: { hospitality: '2400.00', lodging: '0.00', transport: '0.00', gifts: '0.00', total: '2400.00' },
      });
      const stale = await update({ id: created.id, version: 1, organisation: '覆盖' });
      expect(stale.reception).toBeNull();
      expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
      const after = await svc.query<{ reception: { organisation: string; version: number } }>(
        rep,
        'query($id: ID!) { reception(id: $id) { organisation version } }',
        {
          id: created.id,
        },
      );
      expect(after.data!.reception).toEqual({ organisation: '广州宏达物流有限公司', version: 2 });
    });

    it('REC-003 re-checks the host rank against the changed class', async () => {
      const created = (await request(classC())).reception!;
      const payload = await update({ id: created.id, version: 1, class: 'A' });
      expect(payload.userErrors.map((e) => e.code)).toEqual(['HOST_RANK_TOO_LOW']);
      const fixed = await update({ id: created.id, version: 1, class: 'A', hostId: 's-huangqiang', hostRank: 'SENIOR_MANAGEMENT' });
      expect(fixed.reception).toMatchObject({ class: 'A', hostId: 's-huangqiang', version: 2 });
    });

    it('refuses to clear a required field', async () => {
      const created = (await request(classC())).reception!;
      const payload = await update({ id: created.id, version: 1, purpose: null, hostRank: null });
      expect(payload.userErrors.map((e) => `${e.field.join('.')}:${e.code}`)).toEqual([
        'input.hostRank:REQUIRED',
        'input.purpose:REQUIRED',
      ]);
    });

    it('refuses to change a reception that is no longer a draft', async () => {
      const created = (await request(classC())).reception!;
      const submitted = await svc.query<{ submitReception: { reception: { state: string; version: number } } }>(
        rep,
        'mutation($input: SubmitReceptionInput!) { submitReception(input: $input) { reception { state version } } }',
        { input: { id: created.id, version: 1 } },
      );
      expect(submitted.data!.submitReception.reception).toEqual({ state: 'SUBMITTED', version: 2 });
      const payload = await update({ id: created.id, version: 2, guestCount: 4 });
      expect(payload.userErrors.map((e) => e.code)).toEqual(['NOT_EDITABLE']);
    });

    it('X-002 drops the customer snapshots when the request is moved to another customer', async () => {
      const created = (await request(classC())).reception!;
      const repo = svc.dataSource.getRepository(ReceptionEntity);
      await repo.update(
        { id: created.id as string },
        { customerGradeAtRequest: 'A', customerSizeAtRequest: 'BIG', customerFiledAtRequest: true },
      );
      const SNAPSHOT = 'query($id: ID!) { reception(id: $id) { customerGradeAtRequest customerSizeAtRequest customerFiledAtRequest } }';
      const kept = await update({ id: created.id, version: 1, guestCount: 4 });
      expect(kept.userErrors).toEqual([]);
      expect((await svc.query<{ reception: unknown }>(rep, SNAPSHOT, { id: created.id })).data!.reception).toEqual({
        customerGradeAtRequest: 'A',
        customerSizeAtRequest: 'BIG',
        customerFiledAtRequest: true,
      });
      const moved = await update({ id: created.id, version: 2, customerId: demoCustomerId(103) });
      expect(moved.reception).toMatchObject({ customerId: demoCustomerId(103), customer: { id: demoCustomerId(103) } });
      expect((await svc.query<{ reception: unknown }>(rep, SNAPSHOT, { id: created.id })).data!.reception).toEqual({
        customerGradeAtRequest: null,
        customerSizeAtRequest: null,
        customerFiledAtRequest: null,
      });
    });

    it('refuses an unknown reception', async () => {
      const payload = await update({ id: '00000000-0000-4000-a000-999999999999', version: 1, guestCount: 4 });
      expect(payload.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    });
  });

  describe('receptions connection', () => {
    const customerB = demoCustomerId(102);
    const LIST = `query($filter: ReceptionFilter, $first: Int, $after: String, $last: Int, $before: String) {
      receptions(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { cursor node { id startOn customerId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const list = async (variables: Record<string, unknown>) =>
      (await svc.query<{ receptions: Page }>(rep, LIST, variables)).data!.receptions;

    beforeAll(async () => {
      for (const [startOn, cls, host] of [
        ['2026-01-05', 'C', 's-chenjing'],
        ['2026-02-10', 'C', 's-wuhui'],
        ['2026-03-15', 'B', 's-yangmin'],
        ['2026-04-20', 'C', 's-chenjing'],
      ] as const) {
        const hostRank = host === 's-yangmin' ? 'DEPARTMENT_DIRECTOR' : 'DEPARTMENT_MANAGER';
        const payload = await request(classC({ customerId: customerB, class: cls, hostId: host, hostRank, startOn, endOn: startOn }));
        expect(payload.userErrors).toEqual([]);
      }
    });

    it('lists a customer’s receptions most recent first and pages both ways', async () => {
      const one = await list({ filter: { customerId: customerB }, first: 2 });
      expect(one.totalCount).toBe(4);
      expect(one.edges.map((e) => e.node.startOn)).toEqual(['2026-04-20', '2026-03-15']);
      expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const two = await list({ filter: { customerId: customerB }, first: 2, after: one.pageInfo.endCursor });
      expect(two.edges.map((e) => e.node.startOn)).toEqual(['2026-02-10', '2026-01-05']);
      expect(two.pageInfo.hasNextPage).toBe(false);
      const back = await list({ filter: { customerId: customerB }, last: 2, before: two.pageInfo.startCursor });
      expect(back.edges.map((e) => e.node.startOn)).toEqual(['2026-04-20', '2026-03-15']);
    });

    it('filters by class, state, host and start-date range', async () => {
      expect(await count({ customerId: customerB, classes: ['B'] })).toBe(1);
      expect(await count({ customerId: customerB, states: ['DRAFT'] })).toBe(4);
      expect(await count({ customerId: customerB, states: ['APPROVED', 'COMPLETED'] })).toBe(0);
      expect(await count({ customerId: customerB, hostId: 's-chenjing' })).toBe(2);
      const range = await list({ filter: { customerId: customerB, startFrom: '2026-02-10', startTo: '2026-03-31' } });
      expect(range.edges.map((e) => e.node.startOn)).toEqual(['2026-03-15', '2026-02-10']);
    });

    it('refuses a page larger than the configured maximum', async () => {
      const result = await svc.query(rep, '{ receptions(first: 1000) { totalCount } }');
      expect(result.errors?.[0].extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
    });
  });

  describe('Customer.receptions through _entities', () => {
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Customer { receptions(first: 5) { totalCount edges { node { id startOn } } } } } }`;
    type Entities = { _entities: { receptions: Page }[] };
    /** Customers 201…250: customer 200 + n has n % 4 receptions, customer 201 has 7 (for paging). */
    const customers = Array.from({ length: 50 }, (_, i) => demoCustomerId(201 + i));
    const receptionsOf = (i: number) => (i === 0 ? 7 : i % 4);
    const startOf = (i: number, k: number) => `2025-${String(1 + k).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

    beforeAll(async () => {
      const rows: ReceptionEntity[] = [];
      customers.forEach((customerId, i) => {
        for (let k = 0; k < receptionsOf(i); k += 1) {
          rows.push(
            Object.assign(new ReceptionEntity(), {
              id: `00000000-0000-4000-c000-${String(i * 100 + k).padStart(12, '0')}`,
              class: 'C',
              hostedPartyType: 'CUSTOMER',
              customerId,
              supplierId: null,
              organisation: `测试客户${i}`,
              customerGradeAtRequest: 'C',
              customerSizeAtRequest: 'ORDINARY',
              customerFiledAtRequest: true,
              guestCount: 2,
              guests: [],
              hostId: 's-chenjing',
              hostRank: 'DEPARTMENT_MANAGER',
              hostSubstitutionReason: null,
              startOn: startOf(i, k),
              endOn: startOf(i, k),
              purpose: '回访',
              budgetHospitality: '800.00',
              budgetLodging: '0.00',
              budgetTransport: '0.00',
              budgetGifts: '0.00',
              costDepartmentId: 'd-sales-east',
              state: k % 2 === 0 ? 'COMPLETED' : 'SETTLED',
              version: 1,
              createdBy: rep.id,
              updatedBy: rep.id,
            }),
          );
        }
      });
      await svc.dataSource.getRepository(ReceptionEntity).insert(rows);
    });

    const entities = async (ids: string[], query = ENTITIES) => {
      svc.sqlCounter.reset();
      const result = await svc.query<Entities>(rep, query, {
        r: ids.map((id) => ({ __typename: 'Customer', id, ownerId: rep.id, ownerDepartmentId: rep.departmentId })),
      });
      expect(result.errors).toBeUndefined();
      return { list: result.data!._entities, statements: svc.sqlCounter.count };
    };

    it('returns each customer’s last five receptions, most recent first, with its total', async () => {
      const { list } = await entities(customers);
      expect(list).toHaveLength(50);
      expect(list[0].receptions.totalCount).toBe(7);
      expect(list[0].receptions.edges.map((e) => e.node.startOn)).toEqual([
        '2025-07-01',
        '2025-06-01',
        '2025-05-01',
        '2025-04-01',
        '2025-03-01',
      ]);
      list.forEach((customer, i) => {
        expect(customer.receptions.totalCount).toBe(receptionsOf(i));
        expect(customer.receptions.edges).toHaveLength(Math.min(5, receptionsOf(i)));
      });
      expect(list[4].receptions).toEqual({ totalCount: 0, edges: [] });
    });

    it('costs the same SQL statements for 50 customers as for 1 (one windowed query, one GROUP BY)', async () => {
      const single = await entities([customers[0]]);
      const fifty = await entities(customers);
      expect(fifty.statements).toBe(single.statements);
      expect(fifty.statements).toBe(2);
    });

    it('pages one customer’s receptions with cursors, and last counts from the oldest', async () => {
      const PAGED = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Customer {
        receptions(first: 3, after: $after) { edges { cursor node { startOn } } pageInfo { hasNextPage hasPreviousPage endCursor } }
        oldest: receptions(last: 2) { edges { node { startOn } } pageInfo { hasNextPage hasPreviousPage } }
        settled: receptions(states: [SETTLED]) { totalCount edges { node { startOn } } } } } }`;
      type Paged = { _entities: { receptions: Page; oldest: Page; settled: Page }[] };
      const r = [{ __typename: 'Customer', id: customers[0], ownerId: rep.id, ownerDepartmentId: rep.departmentId }];
      const first = (await svc.query<Paged>(rep, PAGED, { r })).data!._entities[0];
      expect(first.receptions.edges.map((e) => e.node.startOn)).toEqual(['2025-07-01', '2025-06-01', '2025-05-01']);
      expect(first.receptions.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(first.oldest.edges.map((e) => e.node.startOn)).toEqual(['2025-02-01', '2025-01-01']);
      expect(first.oldest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(first.settled.totalCount).toBe(3);
      expect(first.settled.edges.map((e) => e.node.startOn)).toEqual(['2025-06-01', '2025-04-01', '2025-02-01']);
      const next = (await svc.query<Paged>(rep, PAGED, { r, after: first.receptions.pageInfo.endCursor })).data!._entities[0];
      expect(next.receptions.edges.map((e) => e.node.startOn)).toEqual(['2025-04-01', '2025-03-01', '2025-02-01']);
      expect(next.receptions.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    });

    it('refuses a per-customer page larger than the maximum', async () => {
      const result = await svc.query(
        rep,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { receptions(first: 1000) { totalCount } } } }',
        {
          r: [{ __typename: 'Customer', id: customers[0], ownerId: rep.id, ownerDepartmentId: rep.departmentId }],
        },
      );
      expect(result.errors?.[0].extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
    });
  });

  it('resolves a Reception reference with its expenses in one batch', async () => {
    const created = (await request(classC())).reception!;
    await svc.dataSource.getRepository(ReceptionExpenseEntity).insert([
      {
        id: '00000000-0000-4000-d000-000000000001',
        receptionId: created.id as string,
        category: 'LODGING',
        day: '2026-05-11',
        amount: '840.50',
        invoiceRef: 'FP20260511001',
        createdBy: 's-zhuhong',
      },
      {
        id: '00000000-0000-4000-d000-000000000002',
        receptionId: created.id as string,
        category: 'HOSPITALITY',
        day: '2026-05-11',
        amount: '1520.00',
        invoiceRef: null,
        createdBy: 's-zhuhong',
      },
    ]);
    const result = await svc.query<{ _entities: { id: string; expenses: { category: string; amount: string }[] }[] }>(
      rep,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Reception { id expenses { category amount } } } }',
      { r: [{ __typename: 'Reception', id: created.id }] },
    );
    expect(result.data!._entities[0].expenses).toEqual(
      expect.arrayContaining([
        { category: 'LODGING', amount: '840.50' },
        { category: 'HOSPITALITY', amount: '1520.00' },
      ]),
    );
  });
});
