import { Caller } from '@crm/platform';
import { codes, Harness, startHarness, staff } from './support/harness';

/** Confidentiality levels, file access, loans and export approval through GraphQL (CUS-042, X-030, X-031, X-032, X-033, X-034). */
describe('confidentiality (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-03-10T01:00:00Z');
  });
  afterAll(() => h.stop());

  const at = (shanghai: string) => h.clock.set(new Date(`${shanghai}+08:00`));
  const newCustomer = async (name: string, extra: Record<string, unknown> = {}, caller: Caller = staff.rep) =>
    (
      await h.mutate<{ customer: { id: string; version: number; confidentiality: string } }>(
        caller,
        'createCustomer',
        { name, entityKind: 'COMPANY', type: 'AGENT', region: '保密测试区', ...extra },
        'customer { id version confidentiality }',
      )
    ).customer;
  const daily = async (asOf: string) =>
    (
      await h.gql<{ runCustomerDailyJobs: { results: { job: string; count: number }[] } }>(
        staff.system,
        'mutation($asOf: Date) { runCustomerDailyJobs(asOf: $asOf) { results { job count } } }',
        { asOf },
      )
    ).runCustomerDailyJobs.results.find((r) => r.job === 'LOANS_OVERDUE')!.count;

  let secret: { id: string; version: number };
  let classified: { id: string; version: number };

  it('CUS-042 / X-030 every customer starts SECRET; a CONFIDENTIAL or TOP_SECRET file needs a custodian; TOP_SECRET and lowering only by CS_MANAGER or GM', async () => {
    secret = await newCustomer('衢州同创化工有限公司', { custodianId: staff.infoSpecialist.id });
    expect(
      (
        await h.gql<{ customer: { confidentiality: string; custodianId: string } }>(
          staff.rep,
          'query($id: ID!) { customer(id: $id) { confidentiality custodianId } }',
          { id: secret.id },
        )
      ).customer,
    ).toEqual({
      confidentiality: 'SECRET',
      custodianId: staff.infoSpecialist.id,
    });
    classified = await newCustomer('舟山远航海运有限公司');
    expect(
      codes(
        await h.mutate(
          staff.salesManager,
          'setCustomerConfidentiality',
          { id: classified.id, version: classified.version, level: 'TOP_SECRET' },
          'customer { confidentiality }',
        ),
      ),
    ).toEqual(['ROLE_NOT_ALLOWED']);
    const keeperless = await h.mutate(
      staff.rep,
      'setCustomerConfidentiality',
      { id: classified.id, version: classified.version, level: 'CONFIDENTIAL' },
      'customer { confidentiality }',
    );
    expect(keeperless.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['CUSTODIAN_REQUIRED', 'input.custodianId']]);
    const raised = await h.mutate<{ customer: { confidentiality: string; custodianId: string; version: number } }>(
      staff.rep,
      'setCustomerConfidentiality',
      { id: classified.id, version: classified.version, level: 'CONFIDENTIAL', custodianId: staff.infoSpecialist.id },
      'customer { confidentiality custodianId version }',
    );
    expect(raised.customer).toMatchObject({ confidentiality: 'CONFIDENTIAL', custodianId: staff.infoSpecialist.id });
    expect(
      codes(
        await h.mutate(
          staff.rep,
          'updateCustomer',
          { id: classified.id, version: raised.customer.version, custodianId: null },
          'customer { id }',
        ),
      ),
    ).toEqual(['CUSTODIAN_REQUIRED']);
    expect(
      codes(
        await h.mutate(
          staff.vp,
          'setCustomerConfidentiality',
          { id: classified.id, version: raised.customer.version, level: 'SECRET' },
          'customer { confidentiality }',
        ),
      ),
    ).toEqual(['ROLE_NOT_ALLOWED']);
    const top = await h.mutate<{ customer: { confidentiality: string; version: number } }>(
      staff.csManager,
      'setCustomerConfidentiality',
      { id: classified.id, version: raised.customer.version, level: 'TOP_SECRET' },
      'customer { confidentiality version }',
    );
    expect(top.customer.confidentiality).toBe('TOP_SECRET');
    const back = await h.mutate<{ customer: { confidentiality: string; version: number } }>(
      staff.gm,
      'setCustomerConfidentiality',
      { id: classified.id, version: top.customer.version, level: 'CONFIDENTIAL' },
      'customer { confidentiality version }',
    );
    expect(back.customer.confidentiality).toBe('CONFIDENTIAL');
  });

  it('X-032 a file access request states purpose and reason; an external person’s introduction letter is required', async () => {
    const missing = await h.mutate(
      staff.southRep,
      'requestFileAccess',
      { customerId: secret.id, purpose: ' ', reason: '' },
      'request { id }',
    );
    expect(codes(missing).sort()).toEqual(['REQUIRED', 'REQUIRED']);
    const external = await h.mutate(
      staff.southRep,
      'requestFileAccess',
      { customerId: secret.id, purpose: '审计', reason: '年度审计', isExternal: true },
      'request { id }',
    );
    expect(codes(external)).toEqual(['INTRODUCTION_REQUIRED']);
  });

  it('X-032 a grant runs 3 calendar days from approval; a CONFIDENTIAL file needs the CS_MANAGER', async () => {
    const GRANTED = 'query($id: ID!) { fileAccessGranted(customerId: $id) }';
    const request = await h.mutate<{ request: { id: string; state: string; levelAtRequest: string; approvalId: string } }>(
      staff.southRep,
      'requestFileAccess',
      { customerId: secret.id, purpose: '了解客户经营范围', reason: '联合投标' },
      'request { id state levelAtRequest approvalId }',
    );
    expect(request.request).toMatchObject({ state: 'PENDING', levelAtRequest: 'SECRET' });
    expect((await h.gql<{ fileAccessGranted: boolean }>(staff.southRep, GRANTED, { id: secret.id })).fileAccessGranted).toBe(false);
    expect(await h.approveAll(request.request.approvalId, staff.salesManager, staff.infoSpecialist)).toBe('APPROVED');
    const grant = await h.gql<{ fileAccessRequests: { edges: { node: { grantedUntil: string } }[] } }>(
      staff.southRep,
      'query { fileAccessRequests(filter: { requesterId: "s-wangfang" }) { edges { node { grantedUntil } } } }',
    );
    expect(grant.fileAccessRequests.edges[0].node.grantedUntil).toBe('2026-03-13');
    at('2026-03-13T20:00:00');
    expect((await h.gql<{ fileAccessGranted: boolean }>(staff.southRep, GRANTED, { id: secret.id })).fileAccessGranted).toBe(true);
    at('2026-03-14T00:01:00');
    expect((await h.gql<{ fileAccessGranted: boolean }>(staff.southRep, GRANTED, { id: secret.id })).fileAccessGranted).toBe(false);
    at('2026-03-10T09:00:00');

    const classifiedRequest = await h.mutate<{ request: { id: string; approvalId: string } }>(
      staff.southRep,
      'requestFileAccess',
      { customerId: classified.id, purpose: '查阅合同', reason: '核对条款' },
      'request { id approvalId }',
    );
    expect(await h.approveAll(classifiedRequest.request.approvalId, staff.salesManager, staff.infoSpecialist)).toBe('PENDING');
    expect((await h.decide(staff.csManager, classifiedRequest.request.approvalId, 'REJECT', '无查阅必要')).approval!.state).toBe(
      'REJECTED',
    );
    const states = await h.gql<{ fileAccessRequests: { edges: { node: { state: string } }[] } }>(
      staff.southRep,
      '{ fileAccessRequests(filter: { requesterId: "s-wangfang" }) { edges { node { state } } } }',
    );
    expect(states.fileAccessRequests.edges.map((e) => e.node.state).sort()).toEqual(['APPROVED', 'REJECTED']);
  });

  it('X-015/X-033 a loan of at most 3 days: made 2026-03-10, due 2026-03-13, OVERDUE on 2026-03-14 and reported once to the borrower’s manager (X-072)', async () => {
    expect(
      codes(
        await h.mutate(
          staff.rep2,
          'requestFileLoan',
          { customerId: secret.id, item: '客户档案原件', copies: 1, reason: '合同续签', days: 4 },
          'loan { id }',
        ),
      ),
    ).toEqual(['LOAN_TOO_LONG']);
    at('2026-03-10T09:00:00');
    const loan = await h.mutate<{ loan: { id: string; state: string; approvalId: string } }>(
      staff.rep2,
      'requestFileLoan',
      { customerId: secret.id, item: '客户档案原件', copies: 1, reason: '合同续签', days: 3 },
      'loan { id state approvalId }',
    );
    expect(loan.loan.state).toBe('REQUESTED');
    expect(
      codes(
        await h.mutate(
          staff.rep,
          'requestFileLoan',
          { customerId: secret.id, item: '客户档案复印件', copies: 2, reason: '拜访', days: 1 },
          'loan { id }',
        ),
      ),
    ).toEqual(['ALREADY_ON_LOAN']);
    await expect(h.decide(staff.rep2, loan.loan.approvalId)).rejects.toThrow('FORBIDDEN');
    expect(await h.approveAll(loan.loan.approvalId, staff.sectionChief, staff.infoSpecialist)).toBe('APPROVED');
    const LOAN = 'query { fileLoans(filter: { borrowerId: "s-lina" }) { edges { node { state loanedOn dueOn } } } }';
    expect((await h.gql<{ fileLoans: { edges: { node: unknown }[] } }>(staff.rep2, LOAN)).fileLoans.edges[0].node).toEqual({
      state: 'ON_LOAN',
      loanedOn: '2026-03-10',
      dueOn: '2026-03-13',
    });
    expect(await daily('2026-03-13')).toBe(0);
    expect(await daily('2026-03-14')).toBe(1);
    expect(await daily('2026-03-14')).toBe(0);
    const tasks = await h.gql<{ customerTasks: { totalCount: number } }>(
      staff.officeDirector,
      'query { customerTasks(filter: { assigneeDepartmentId: "d-sales-east", kinds: [LOAN_OVERDUE] }) { totalCount } }',
    );
    expect(tasks.customerTasks.totalCount).toBe(1);
    const returned = await h.mutate<{ loan: { state: string; returnedOn: string } }>(
      staff.infoSpecialist,
      'returnFileLoan',
      { id: loan.loan.id },
      'loan { state returnedOn }',
    );
    expect(returned.loan.state).toBe('RETURNED');
  });

  it('X-034 worked example 6: an export with CONFIDENTIAL customers needs the GM or a VP; a SECRET-only one the INFO_SUPERVISOR or the GM', async () => {
    for (const n of [1, 2, 3]) {
      const c = await newCustomer(`保密客户${n}号`);
      await h.mutate(
        staff.rep,
        'setCustomerConfidentiality',
        { id: c.id, version: c.version, level: 'CONFIDENTIAL', custodianId: staff.infoSpecialist.id },
        'customer { id }',
      );
    }
    const mixed = await h.mutate<{ request: { id: string; rowCount: number; highestLevel: string; state: string; approvalId: string } }>(
      staff.salesManager,
      'requestCustomerExport',
      { filter: { region: '保密测试区' }, purpose: '年度客户分析' },
      'request { id rowCount highestLevel state approvalId }',
    );
    expect(mixed.request).toMatchObject({ highestLevel: 'CONFIDENTIAL', state: 'PENDING' });
    expect(mixed.request.rowCount).toBe(5);
    expect(codes(await h.decide(staff.infoSupervisor, mixed.request.approvalId))).toEqual(['NOT_YOUR_STEP']);
    expect(await h.approveAll(mixed.request.approvalId, staff.vp)).toBe('APPROVED');
    const exports = await h.gql<{ exportRequests: { edges: { node: { state: string; decidedBy: string } }[] } }>(
      staff.salesManager,
      '{ exportRequests { edges { node { state decidedBy } } } }',
    );
    expect(exports.exportRequests.edges[0].node).toEqual({ state: 'APPROVED', decidedBy: staff.vp.id });

    const plain = await h.mutate<{ request: { highestLevel: string; approvalId: string } }>(
      staff.salesManager,
      'requestCustomerExport',
      { filter: { region: '保密测试区', confidentiality: [SECRET] }, purpose: '通讯录' },
      'request { highestLevel approvalId }',
    );
    expect(plain.request.highestLevel).toBe('SECRET');
    expect(codes(await h.decide(staff.vp, plain.request.approvalId))).toEqual(['NOT_YOUR_STEP']);
    expect(await h.approveAll(plain.request.approvalId, staff.infoSupervisor)).toBe('APPROVED');
    const another = await h.mutate<{ request: { approvalId: string } }>(
      staff.salesManager,
      'requestCustomerExport',
      { filter: { region: '保密测试区', confidentiality: [SECRET] }, purpose: '通讯录' },
      'request { approvalId }',
    );
    expect(await h.approveAll(another.request.approvalId, staff.gm)).toBe('APPROVED');
    expect(
      codes(
        await h.mutate(staff.salesManager, 'requestCustomerExport', { filter: { region: '不存在的区' }, purpose: 'x' }, 'request { id }'),
      ),
    ).toEqual(['NOTHING_TO_EXPORT']);
  });

  it('CUS-032 a departed staff member cannot request an export or a file', async () => {
    const leaver: Caller = {
      id: 's-leaver2',
      name: '离职信息专员',
      roles: ['INFO_SPECIALIST'],
      departmentId: 'd-cs',
      departmentTree: ['d-cs'],
    };
    await newCustomer('离职员工的客户', {}, leaver);
    expect(
      (
        await h.mutate(
          staff.customerManager,
          'handOverDepartingStaff',
          { staffId: leaver.id, leftOn: '2026-03-10', toOwnerId: staff.rep.id },
          'transfer { id }',
        )
      ).userErrors,
    ).toEqual([]);
    expect(codes(await h.mutate(leaver, 'requestCustomerExport', { purpose: '带走客户资料' }, 'request { id }'))).toEqual([
      'ACCESS_REVOKED',
    ]);
    expect(
      codes(await h.mutate(leaver, 'requestFileAccess', { customerId: secret.id, purpose: 'x', reason: 'y' }, 'request { id }')),
    ).toEqual(['ACCESS_REVOKED']);
  });
});

const SECRET = 'SECRET';
