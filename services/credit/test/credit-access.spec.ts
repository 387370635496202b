import { randomUUID } from 'node:crypto';
import { AccessPolicy, addCalendarDays, businessDate, Caller, DEFAULT_ACCESS_POLICY, Env, undeclaredPermissions } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start, subgraph } from '../src';
import { approveAll } from './support/limit-approvals';

/** Who may see and change credit data, proven through the subgraph's GraphQL API. */
const zhang: Caller = {
  id: 's-zhangwei',
  name: '张伟',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const li: Caller = { id: 's-lina', name: '李娜', roles: ['SALES_REP'], departmentId: 'd-sales-east', departmentTree: ['d-sales-east'] };
const wang: Caller = {
  id: 's-wangfang',
  name: '王芳',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-south',
  departmentTree: ['d-sales-south'],
};
const director: Caller = {
  id: 's-chenjing',
  name: '陈静',
  roles: ['OFFICE_DIRECTOR'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const salesManager: Caller = {
  id: 's-yangmin',
  name: '杨敏',
  roles: ['SALES_DEPT_MANAGER'],
  departmentId: 'd-sales',
  departmentTree: ['d-sales', 'd-sales-east', 'd-sales-south', 'd-sales-north'],
};
const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance' };
const controller: Caller = { id: 's-huangqiang', name: '黄强', roles: ['CREDIT_CONTROLLER'], departmentId: 'd-hq' };
const planner: Caller = { id: 's-planner', name: '企划专员', roles: ['PLANNING_DEPT'], departmentId: 'd-hq' };
const bi: Caller = { id: 's-bi', name: 'BI 报表', roles: ['BI_READER'], departmentId: 'd-hq' };

/**
 * Two roles a deployment could configure (ACCESS_POLICY_FILE), to prove the checks the default table never reaches:
 * a credit clerk writing within a department, and a credit officer who writes everywhere but may not read ratings.
 */
const CUSTOM_ROLES: AccessPolicy = {
  CREDIT_CLERK: { title: '信用专员', scope: 'DEPARTMENT', grants: ['credit:READ', 'credit:CREATE', 'credit:UPDATE'] },
  CREDIT_OFFICER: { title: '信用主办', scope: 'ALL', grants: ['credit:*'] },
};
const clerk: Caller = {
  id: 's-clerk',
  name: '钱进',
  roles: ['CREDIT_CLERK'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const officer: Caller = { id: 's-officer', name: '孙宁', roles: ['CREDIT_OFFICER'], departmentId: 'd-finance' };

const CREDIT_FIELDS = 'availableCredit paymentTermDays onHold admissionState grade notch ratingValidUntil amlLevel limit exposure';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id credit { ${CREDIT_FIELDS} } } } }`;
const PROFILE = `query($id: ID!) { creditProfile(customerId: $id) { ${CREDIT_FIELDS} } }`;
const OPEN =
  'mutation($input: OpenCreditProfileInput!) { openCreditProfile(input: $input) { creditProfile { customerId grade } userErrors { code } } }';
const UPDATE =
  'mutation($input: UpdateCreditProfileInput!) { updateCreditProfile(input: $input) { creditProfile { grade paymentTermDays version } userErrors { code } } }';
const SET_LIMIT =
  'mutation($input: SetCreditLimitInput!) { setCreditLimit(input: $input) { creditLimit { id amount approvalId } userErrors { code message } } }';
const RECORD =
  'mutation($input: RecordReceivableInput!) { recordReceivable(input: $input) { receivable { id departmentId } userErrors { code field } } }';

type Credit = Record<string, unknown> | null;
type UserErrors = { code: string; message?: string; field?: string[] }[];

describe('credit access control', () => {
  let svc: TestSubgraph;
  const today = businessDate(new Date(), 'Asia/Shanghai');
  const ratingValidUntil = addCalendarDays(today, 300);
  /** 张伟's customer: rated B (BBB), AML MEDIUM, limit 1,000,000, receivables in two offices (exposure 250,000). */
  const zhangsCustomer = randomUUID();
  /** 李娜's customer, rated A. */
  const lisCustomer = randomUUID();
  const customer = (id: string, owner: Caller) => ({
    __typename: 'Customer',
    id,
    ownerId: owner.id,
    ownerDepartmentId: owner.departmentId,
  });
  let invoiceNo = 0;
  const receivable = (customerId: string, departmentId: string, amount: string) => {
    invoiceNo += 1;
    return { invoiceRef: `FP-ACL-${invoiceNo}`, customerId, departmentId, amount, invoiceDate: today, termDays: 45 };
  };

  beforeAll(async () => {
    const withCustomRoles = (env: Env) => {
      const config = loadConfig(env);
      return { ...config, accessPolicy: { ...DEFAULT_ACCESS_POLICY, ...CUSTOM_ROLES } };
    };
    svc = await startTestSubgraph('credit', withCustomRoles, start);
    const ok = async (caller: Caller, mutation: string, input: Record<string, unknown>) => {
      const result = await svc.query<Record<string, { userErrors: UserErrors; creditLimit?: { approvalId: string } }>>(caller, mutation, {
        input,
      });
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data!)[0].userErrors).toEqual([]);
      return Object.values(result.data!)[0];
    };
    await ok(controller, OPEN, { customerId: zhangsCustomer, notch: 'BBB', ratingValidUntil, amlLevel: 'MEDIUM' });
    await ok(controller, OPEN, { customerId: lisCustomer, grade: 'A' });
    await approveAll(
      svc,
      (await ok(controller, SET_LIMIT, { customerId: zhangsCustomer, amount: '1000000', validFrom: today })).creditLimit!.approvalId,
    );
    await ok(finance, RECORD, receivable(zhangsCustomer, 'd-sales-east', '200000'));
    await ok(finance, RECORD, receivable(zhangsCustomer, 'd-sales-south', '50000'));
  });
  afterAll(() => svc.stop());

  const creditOf = async (caller: Caller, representation: Record<string, unknown>): Promise<Credit> => {
    const result = await svc.query<{ _entities: { credit: Credit }[] }>(caller, ENTITIES, { r: [representation] });
    expect(result.errors).toBeUndefined();
    return result.data!._entities[0].credit;
  };
  const receivableCount = async (caller: Caller) =>
    (
      await svc.query<{ receivables: { totalCount: number } }>(
        caller,
        'query($c: ID) { receivables(filter: { customerId: $c }) { totalCount } }',
        { c: zhangsCustomer },
      )
    ).data!.receivables.totalCount;

  it('X-023 every root field and entity of the subgraph declares the permission it needs', () => {
    expect(undeclaredPermissions(subgraph.typeDefs)).toEqual([]);
  });

  it('X-024 a sales rep sees the credit check result of an own customer, with rating, AML level, limit and exposure masked', async () => {
    expect(await creditOf(zhang, customer(zhangsCustomer, zhang))).toEqual({
      availableCredit: '750000.00',
      paymentTermDays: 45,
      onHold: false,
      admissionState: 'NONE',
      grade: null,
      notch: null,
      ratingValidUntil: null,
      amlLevel: null,
      limit: null,
      exposure: null,
    });
  });

  it('X-024 finance and the sales department manager read the internal rating, AML level, limit and exposure', async () => {
    const full = {
      availableCredit: '750000.00',
      paymentTermDays: 45,
      onHold: false,
      admissionState: 'NONE',
      grade: 'B',
      notch: 'BBB',
      ratingValidUntil,
      amlLevel: 'MEDIUM',
      limit: '1000000.00',
      exposure: '250000.00',
    };
    expect(await creditOf(finance, customer(zhangsCustomer, zhang))).toEqual(full);
    expect(await creditOf(salesManager, customer(zhangsCustomer, zhang))).toEqual(full);
    expect((await svc.query<{ creditProfile: Credit }>(finance, PROFILE, { id: zhangsCustomer })).data!.creditProfile).toEqual(full);
  });

  it('X-021 a customer outside the caller’s credit scope shows no credit profile; the office director sees the office’s', async () => {
    expect(await creditOf(zhang, customer(lisCustomer, li))).toBeNull();
    expect(await creditOf(wang, customer(zhangsCustomer, zhang))).toBeNull();
    expect(await creditOf(li, customer(lisCustomer, li))).toMatchObject({ paymentTermDays: 30, grade: null });
    expect(await creditOf(director, customer(lisCustomer, li))).toMatchObject({ paymentTermDays: 30, grade: null });
  });

  it('X-021 creditProfile(customerId) is for ALL scopes only; others are sent to customer(id) { credit }', async () => {
    for (const caller of [zhang, director, salesManager]) {
      const result = await svc.query(caller, PROFILE, { id: zhangsCustomer });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.errors?.[0].message).toContain('customer(id) { credit }');
    }
  });

  it('X-022/X-024 a role with an ALL credit scope but no rating permission gets the profile masked', async () => {
    const result = await svc.query<{ creditProfile: Credit }>(planner, PROFILE, { id: zhangsCustomer });
    expect(result.errors).toBeUndefined();
    expect(result.data!.creditProfile).toMatchObject({
      availableCredit: '750000.00',
      grade: null,
      notch: null,
      amlLevel: null,
      limit: null,
      exposure: null,
    });
  });

  it('X-022/X-024 sorting receivables by their hidden amount needs the rating permission: the order would reveal it', async () => {
    const BY_AMOUNT = '{ receivables(orderBy: { field: AMOUNT, direction: DESC }) { totalCount } }';
    expect((await svc.query(director, BY_AMOUNT)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await svc.query(director, '{ receivables(orderBy: { field: DUE_DATE }) { totalCount } }')).errors).toBeUndefined();
    expect((await svc.query<{ receivables: { totalCount: number } }>(finance, BY_AMOUNT)).data!.receivables.totalCount).toBe(2);
  });

  it('X-021 receivables are scoped by selling department: the office sees its own, a sales rep (no owner column) none', async () => {
    expect(await receivableCount(finance)).toBe(2);
    expect(await receivableCount(salesManager)).toBe(2);
    expect(await receivableCount(director)).toBe(1);
    expect(await receivableCount(zhang)).toBe(0);
  });

  it('X-023 a role without the credit permissions is refused with FORBIDDEN (BI_READER reads aggregates only, X-026)', async () => {
    const refusals = [
      await svc.query(bi, PROFILE, { id: zhangsCustomer }),
      await svc.query(bi, '{ receivables { totalCount } }'),
      await svc.query(bi, ENTITIES, { r: [customer(zhangsCustomer, zhang)] }),
      await svc.query(bi, OPEN, { input: { customerId: randomUUID(), grade: 'A' } }),
      await svc.query(zhang, OPEN, { input: { customerId: randomUUID(), grade: 'A' } }),
      await svc.query(zhang, SET_LIMIT, { input: { customerId: zhangsCustomer, amount: '9000000', validFrom: today } }),
      await svc.query(zhang, RECORD, { input: receivable(zhangsCustomer, 'd-sales-east', '1.00') }),
    ];
    expect(refusals.map((r) => r.errors?.[0].extensions?.code)).toEqual(Array(refusals.length).fill('FORBIDDEN'));
    expect(await receivableCount(finance)).toBe(2);
  });

  it('X-021 a profile outside the caller’s scope cannot be updated or given a limit (reported as not found)', async () => {
    const update = await svc.query<{ updateCreditProfile: { userErrors: UserErrors } }>(clerk, UPDATE, {
      input: { customerId: zhangsCustomer, version: 1, grade: 'D' },
    });
    expect(update.data!.updateCreditProfile.userErrors.map((e) => e.code)).toEqual(['CREDIT_PROFILE_NOT_FOUND']);
    const limit = await svc.query<{ setCreditLimit: { userErrors: UserErrors } }>(clerk, SET_LIMIT, {
      input: { customerId: zhangsCustomer, amount: '9000000', validFrom: today },
    });
    expect(limit.data!.setCreditLimit.userErrors.map((e) => e.code)).toEqual(['CREDIT_PROFILE_NOT_FOUND']);
    expect(await creditOf(finance, customer(zhangsCustomer, zhang))).toMatchObject({ grade: 'B', limit: '1000000.00' });
    const open = await svc.query(clerk, OPEN, { input: { customerId: randomUUID(), grade: 'A' } });
    expect(open.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('X-021 a receivable is recorded only for a department within the caller’s scope', async () => {
    const elsewhere = await svc.query<{ recordReceivable: { userErrors: UserErrors } }>(clerk, RECORD, {
      input: receivable(lisCustomer, 'd-sales-south', '10.00'),
    });
    expect(elsewhere.data!.recordReceivable.userErrors).toEqual([{ code: 'DEPARTMENT_OUT_OF_SCOPE', field: ['input', 'departmentId'] }]);
    const own = await svc.query<{ recordReceivable: { receivable: { departmentId: string } | null } }>(clerk, RECORD, {
      input: receivable(lisCustomer, 'd-sales-east', '10.00'),
    });
    expect(own.data!.recordReceivable.receivable).toMatchObject({ departmentId: 'd-sales-east' });
  });

  it('X-024 a writer without the rating permission gets ratings, limits and the exposure figure masked in payloads and messages', async () => {
    const updated = await svc.query<{ updateCreditProfile: { creditProfile: Credit; userErrors: UserErrors } }>(officer, UPDATE, {
      input: { customerId: lisCustomer, version: 1, grade: 'C' },
    });
    expect(updated.data!.updateCreditProfile).toEqual({ creditProfile: { grade: null, paymentTermDays: 60, version: 2 }, userErrors: [] });
    const set = await svc.query<{ setCreditLimit: { creditLimit: { id: string; amount: string | null } | null } }>(officer, SET_LIMIT, {
      input: { customerId: lisCustomer, amount: '300000', validFrom: today },
    });
    expect(set.data!.setCreditLimit.creditLimit).toMatchObject({ amount: null });
    const below = await svc.query<{ setCreditLimit: { userErrors: UserErrors } }>(
      officer,
      SET_LIMIT,
      { input: { customerId: zhangsCustomer, amount: '1000', validFrom: today } },
      { 'accept-language': 'en' },
    );
    expect(below.data!.setCreditLimit.userErrors).toEqual([
      { code: 'LIMIT_BELOW_EXPOSURE', message: "The limit 1000.00 is below the customer's current exposure" },
    ]);
    const shown = await svc.query<{ setCreditLimit: { userErrors: UserErrors } }>(
      controller,
      SET_LIMIT,
      { input: { customerId: zhangsCustomer, amount: '1000', validFrom: today } },
      { 'accept-language': 'en' },
    );
    expect(shown.data!.setCreditLimit.userErrors[0].message).toBe("The limit 1000.00 is below the customer's current exposure 250000.00");
  });
});
