import { randomUUID } from 'node:crypto';
import { addCalendarDays, ApprovalRequestEntity, businessDate, Caller } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { CreditLimitEntity } from '../src/modules/credit-limit/entities/credit-limit.entity';
import { approveAll, decide, gm, salesManager, vp } from './support/limit-approvals';

/** The credit limit approval flow over GraphQL (CRD-017, X-050, X-051): requested by finance, decided by the chain. */
const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance' };
const controller: Caller = { id: 's-huangqiang', name: '黄强', roles: ['CREDIT_CONTROLLER'], departmentId: 'd-hq' };

const OPEN = 'mutation($input: OpenCreditProfileInput!) { openCreditProfile(input: $input) { userErrors { code } } }';
const SET_LIMIT = `mutation($input: SetCreditLimitInput!) { setCreditLimit(input: $input) {
  creditLimit { id amount validFrom validUntil state approvalId createdBy } userErrors { code field message } } }`;
const PROFILE = 'query($id: ID!) { creditProfile(customerId: $id) { limit availableCredit pendingLimit { id amount state approvalId } } }';
const APPROVALS = `query($f: ApprovalFilter) { creditApprovals(filter: $f, first: 50) {
  totalCount edges { node { id template subjectType subjectId requesterId reason state currentStep version steps { role decidedBy } } } } }`;

type Limit = {
  id: string;
  amount: string | null;
  validFrom: string;
  validUntil: string | null;
  state: string;
  approvalId: string;
  createdBy: string;
};
type SetLimit = { setCreditLimit: { creditLimit: Limit | null; userErrors: { code: string; field: string[]; message: string }[] } };
type Profile = {
  limit: string | null;
  availableCredit: string | null;
  pendingLimit: { id: string; amount: string; state: string; approvalId: string } | null;
};
type ApprovalNode = {
  id: string;
  template: string;
  subjectType: string;
  subjectId: string;
  requesterId: string;
  reason: string | null;
  state: string;
  steps: { role: string }[];
};

describe('credit limit approval (CRD-017)', () => {
  let svc: TestSubgraph;
  const today = businessDate(new Date(), 'Asia/Shanghai');

  beforeAll(async () => {
    svc = await startTestSubgraph('credit', loadConfig, start);
  });
  afterAll(() => svc.stop());

  const customerRated = async (grade: string, extra: Record<string, unknown> = {}) => {
    const customerId = randomUUID();
    const result = await svc.query<{ openCreditProfile: { userErrors: unknown[] } }>(controller, OPEN, {
      input: { customerId, grade, ...extra },
    });
    expect(result.data!.openCreditProfile.userErrors).toEqual([]);
    return customerId;
  };
  const request = async (by: Caller, input: Record<string, unknown>) => {
    const result = await svc.query<SetLimit>(by, SET_LIMIT, { input: { validFrom: today, ...input } }, { 'accept-language': 'en' });
    expect(result.errors).toBeUndefined();
    return result.data!.setCreditLimit;
  };
  const requested = async (by: Caller, input: Record<string, unknown>) => {
    const payload = await request(by, input);
    expect(payload.userErrors).toEqual([]);
    return payload.creditLimit!;
  };
  const profile = async (customerId: string) =>
    (await svc.query<{ creditProfile: Profile }>(finance, PROFILE, { id: customerId })).data!.creditProfile;
  const awaiting = async (caller: Caller) =>
    (
      await svc.query<{ creditApprovals: { edges: { node: ApprovalNode }[] } }>(caller, APPROVALS, { f: { awaitingMe: true } })
    ).data!.creditApprovals.edges.map((e) => e.node);
  const stateOf = async (limitId: string) => (await svc.dataSource.getRepository(CreditLimitEntity).findOneByOrFail({ id: limitId })).state;

  it('CRD-017/X-050 a 300,000 limit is approved by the sales department manager and only then counts', async () => {
    const customerId = await customerRated('A');
    const limit = await requested(finance, { customerId, amount: '300000', reason: '年度采购量增加' });
    expect(limit).toMatchObject({ amount: '300000.00', state: 'PENDING_APPROVAL', createdBy: finance.id });
    expect(limit.approvalId).toEqual(expect.any(String));
    expect(await profile(customerId)).toEqual({
      limit: null,
      availableCredit: null,
      pendingLimit: { id: limit.id, amount: '300000.00', state: 'PENDING_APPROVAL', approvalId: limit.approvalId },
    });

    const inbox = await awaiting(salesManager);
    expect(inbox.find((a) => a.id === limit.approvalId)).toMatchObject({
      template: 'CREDIT_LIMIT',
      subjectType: 'credit_limit',
      subjectId: limit.id,
      requesterId: finance.id,
      reason: '年度采购量增加',
      state: 'PENDING',
      steps: [{ role: 'SALES_DEPT_MANAGER' }],
    });
    expect((await awaiting(vp)).map((a) => a.id)).not.toContain(limit.approvalId);

    const decided = await decide(svc, salesManager, limit.approvalId, 'APPROVE', '同意');
    expect(decided.userErrors).toEqual([]);
    expect(decided.approval).toMatchObject({
      state: 'APPROVED',
      steps: [{ role: 'SALES_DEPT_MANAGER', decidedBy: salesManager.id, decision: 'APPROVED' }],
    });
    expect(await profile(customerId)).toEqual({ limit: '300000.00', availableCredit: '300000.00', pendingLimit: null });
    expect(await stateOf(limit.id)).toBe('EFFECTIVE');
  });

  it('CRD-017/X-050 a 3,000,000 limit waits for the GM: the VP’s decision is refused NOT_YOUR_STEP', async () => {
    const customerId = await customerRated('A');
    const limit = await requested(finance, { customerId, amount: '3000000' });
    expect((await awaiting(gm)).find((a) => a.id === limit.approvalId)).toMatchObject({ steps: [{ role: 'GM' }] });

    const byVp = await decide(svc, vp, limit.approvalId, 'APPROVE', '同意');
    expect(byVp).toEqual({
      approval: null,
      userErrors: [{ code: 'NOT_YOUR_STEP', field: ['input', 'decision'], message: 'The current step is for GM' }],
    });
    expect(await profile(customerId)).toMatchObject({ limit: null, pendingLimit: { state: 'PENDING_APPROVAL' } });

    expect((await decide(svc, gm, limit.approvalId, 'APPROVE', '同意')).approval).toMatchObject({ state: 'APPROVED' });
    expect(await profile(customerId)).toMatchObject({ limit: '3000000.00', pendingLimit: null });
  });

  it('X-051 the requester may not approve their own request: the GM’s own 3,000,000 request keeps waiting', async () => {
    const customerId = await customerRated('A');
    const limit = await requested(gm, { customerId, amount: '3000000' });
    const own = await decide(svc, gm, limit.approvalId, 'APPROVE', '同意');
    expect(own.userErrors.map((e) => e.code)).toEqual(['OWN_REQUEST']);
    expect(await profile(customerId)).toMatchObject({ limit: null, pendingLimit: { id: limit.id } });
    expect((await awaiting(gm)).map((a) => a.id)).not.toContain(limit.approvalId);
  });

  it('CRD-017 a rejection leaves the old limit in force, and a new request may follow', async () => {
    const customerId = await customerRated('B');
    const old = await requested(finance, { customerId, amount: '1000000', validFrom: addCalendarDays(today, -30) });
    await approveAll(svc, old.approvalId);
    const raise = await requested(finance, { customerId, amount: '1500000' });
    expect((await decide(svc, vp, raise.approvalId, 'REJECT')).userErrors.map((e) => e.code)).toEqual(['COMMENT_REQUIRED']);
    const rejected = await decide(svc, vp, raise.approvalId, 'REJECT', '回款记录不足以支持提额');
    expect(rejected.approval).toMatchObject({ state: 'REJECTED', steps: [{ decision: 'REJECTED', comment: '回款记录不足以支持提额' }] });
    expect(await profile(customerId)).toEqual({ limit: '1000000.00', availableCredit: '1000000.00', pendingLimit: null });
    expect(await stateOf(raise.id)).toBe('REJECTED');
    const kept = await svc.dataSource.getRepository(CreditLimitEntity).findOneByOrFail({ id: old.id });
    expect(kept).toMatchObject({ state: 'EFFECTIVE', validUntil: null });
    expect((await request(finance, { customerId, amount: '1200000' })).userErrors).toEqual([]);
  });

  it('X-050 a withdrawn request rejects its limit; one returned for changes stays pending and does not count', async () => {
    const customerId = await customerRated('B');
    const first = await requested(finance, { customerId, amount: '400000' });
    expect((await decide(svc, salesManager, first.approvalId, 'WITHDRAW')).userErrors.map((e) => e.code)).toEqual(['NOT_REQUESTER']);
    expect((await decide(svc, finance, first.approvalId, 'WITHDRAW')).approval).toMatchObject({ state: 'WITHDRAWN' });
    expect(await stateOf(first.id)).toBe('REJECTED');

    const second = await requested(finance, { customerId, amount: '450000' });
    expect((await decide(svc, salesManager, second.approvalId, 'RETURN', '请补充客户财务报表')).approval).toMatchObject({ state: 'DRAFT' });
    expect(await profile(customerId)).toMatchObject({ limit: null, pendingLimit: { id: second.id, state: 'PENDING_APPROVAL' } });
    expect((await decide(svc, finance, second.approvalId, 'WITHDRAW')).approval).toMatchObject({ state: 'WITHDRAWN' });
    expect(await profile(customerId)).toMatchObject({ limit: null, pendingLimit: null });
  });

  it('CRD-017 a limit above the grade cap goes to the GM: 1,200,000 for a grade C customer is not the VP’s', async () => {
    const customerId = await customerRated('C');
    const limit = await requested(finance, { customerId, amount: '1200000' });
    const stored = await svc.dataSource.getRepository(ApprovalRequestEntity).findOneByOrFail({ id: limit.approvalId });
    expect(JSON.parse(stored.steps).map((s: { role: string }) => s.role)).toEqual(['GM']);
    expect(JSON.parse(stored.attributes)).toEqual({ amount: '1200000.00', grade: 'C', kind: 'ABOVE_GRADE_CAP' });
    expect((await decide(svc, vp, limit.approvalId, 'APPROVE', '同意')).userErrors.map((e) => e.code)).toEqual(['NOT_YOUR_STEP']);
  });

  it('CRD-020 one change at a time: a second request while one awaits approval is refused (LIMIT_CHANGE_PENDING)', async () => {
    const customerId = await customerRated('A');
    const pending = await requested(finance, { customerId, amount: '200000' });
    const second = await request(finance, { customerId, amount: '250000' });
    expect(second.creditLimit).toBeNull();
    expect(second.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['LIMIT_CHANGE_PENDING', 'input.customerId']]);
    expect(second.userErrors[0].message).toContain(pending.approvalId);
  });

  it('CRD-018 refusals stay at request time: a limit below the exposure submits no approval request', async () => {
    const customerId = await customerRated('B');
    const record = 'mutation($input: RecordReceivableInput!) { recordReceivable(input: $input) { userErrors { code } } }';
    await svc.query(finance, record, {
      input: { invoiceRef: `FP-APR-${customerId}`, customerId, departmentId: 'd-sales-east', amount: '600000', invoiceDate: today },
    });
    const requests = () => svc.dataSource.getRepository(ApprovalRequestEntity).count();
    const before = await requests();
    expect((await request(finance, { customerId, amount: '500000' })).userErrors.map((e) => e.code)).toEqual(['LIMIT_BELOW_EXPOSURE']);
    expect(await requests()).toBe(before);
    expect(await svc.dataSource.getRepository(CreditLimitEntity).countBy({ scopeId: customerId })).toBe(0);
  });

  it('CRD-020 an approved limit starting the same day as the standing one supersedes it; one starting later closes it the day before', async () => {
    const customerId = await customerRated('A');
    const from = addCalendarDays(today, -10);
    const first = await requested(finance, { customerId, amount: '100000', validFrom: from });
    await approveAll(svc, first.approvalId);
    const sameDay = await requested(finance, { customerId, amount: '200000', validFrom: from });
    await approveAll(svc, sameDay.approvalId);
    const repo = svc.dataSource.getRepository(CreditLimitEntity);
    expect(await repo.findOneByOrFail({ id: first.id })).toMatchObject({ state: 'SUPERSEDED', validUntil: null });
    expect(await profile(customerId)).toMatchObject({ limit: '200000.00' });
    const later = await requested(finance, { customerId, amount: '250000', validFrom: addCalendarDays(today, 5) });
    await approveAll(svc, later.approvalId);
    expect(await repo.findOneByOrFail({ id: sameDay.id })).toMatchObject({ state: 'EFFECTIVE', validUntil: addCalendarDays(today, 4) });
    expect(await profile(customerId)).toMatchObject({ limit: '200000.00' });
  });

  it('a reason longer than the approval request keeps is refused', async () => {
    const customerId = await customerRated('A');
    const payload = await request(finance, { customerId, amount: '1000', reason: '理'.repeat(501) });
    expect(payload.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['TOO_LONG', 'input.reason']]);
  });
});
