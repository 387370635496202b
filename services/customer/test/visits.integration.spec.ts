import { Caller } from '@crm/platform';
import { codes, fileCustomer, Harness, startHarness, staff } from './support/harness';

/** Visit plans, periodic reports, filing and care reminders through GraphQL (CUS-004, 024, 025, 039, 040, 041). */
describe('visits, reports and reminders (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-03-02T01:00:00Z');
  });
  afterAll(() => h.stop());

  const at = (shanghai: string) => h.clock.set(new Date(`${shanghai}+08:00`));
  const newCustomer = async (name: string, caller: Caller = staff.rep) =>
    (
      await h.mutate<{ customer: { id: string; version: number } }>(
        caller,
        'createCustomer',
        { name, entityKind: 'COMPANY', type: 'DEALER' },
        'customer { id version }',
      )
    ).customer;
  // Read as the GM: a BIG customer's file is CONFIDENTIAL and closed to the managers without a grant (CUS-042).
  const plan = async (id: string) =>
    (
      await h.gql<{
        customer: {
          version: number;
          visitPlan: {
            id: string;
            treatmentClass: string;
            visitorRoles: string[];
            method: string;
            intervalMonths: number;
            nextDueOn: string;
            lastVisitOn: string | null;
            active: boolean;
          } | null;
        };
      }>(
        staff.gm,
        'query($id: ID!) { customer(id: $id) { version visitPlan { id treatmentClass visitorRoles method intervalMonths nextDueOn lastVisitOn active } } }',
        { id },
      )
    ).customer;
  const daily = async (asOf: string) =>
    (
      await h.gql<{ runCustomerDailyJobs: { results: { job: string; count: number }[] } }>(
        staff.system,
        'mutation($asOf: Date) { runCustomerDailyJobs(asOf: $asOf) { results { job count } } }',
        { asOf },
      )
    ).runCustomerDailyJobs.results;
  const count = (results: { job: string; count: number }[], job: string) => results.find((r) => r.job === job)!.count;
  const grade = async (customerId: string, g: string) => {
    const requested = await h.mutate<{ override: { approvalId: string } }>(
      staff.vp,
      'requestGradeOverride',
      { customerId, grade: g, reason: '测试定级' },
      'override { approvalId }',
    );
    await h.approveAll(requested.override.approvalId, staff.vp2);
  };

  let visited: string;

  it('CUS-039 a visit plan is derived from size × grade and derived again when the size changes', async () => {
    visited = (await newCustomer('嘉兴同创纺织有限公司')).id;
    expect((await plan(visited)).visitPlan).toBeNull();
    await h.mutate(
      staff.rep,
      'recordCustomerOrder',
      { customerId: visited, orderRef: 'SO-V1', orderedOn: '2026-03-02', amount: '90000', paid: true },
      'order { id }',
    );
    expect((await plan(visited)).visitPlan).toMatchObject({
      treatmentClass: 'ORD-C',
      visitorRoles: ['SALES_REP'],
      method: 'ON_SITE',
      intervalMonths: 12,
      nextDueOn: '2027-03-02',
      active: true,
    });
    const current = await plan(visited);
    await h.mutate(
      staff.salesManager,
      'designateCustomerSize',
      { id: visited, version: current.version, size: 'BIG', reason: '区域龙头经销商', keyAccountManagerId: 's-liuyang' },
      'customer { id }',
    );
    expect((await plan(visited)).visitPlan).toMatchObject({
      treatmentClass: 'BIG-C',
      visitorRoles: ['SALES_DEPT_MANAGER'],
      intervalMonths: 12,
      nextDueOn: '2027-03-02',
    });
  });

  it('CUS-040 an on-site or phone visit linked to the plan by a holder of the planned role moves the next visit one interval on', async () => {
    const { visitPlan } = await plan(visited);
    const record = (caller: Caller, channel: string, occurredAt: string) =>
      h.mutate<{ communication: { countedAsVisit: boolean }; visitPlan: { nextDueOn: string; lastVisitOn: string } | null }>(
        caller,
        'recordCommunication',
        { customerId: visited, channel, serviceType: 'ROUTINE', occurredAt, subject: '年度拜访', visitPlanId: visitPlan!.id },
        'communication { countedAsVisit } visitPlan { nextDueOn lastVisitOn }',
      );
    expect((await record(staff.rep, 'ON_SITE', '2026-05-10T02:00:00Z')).communication.countedAsVisit).toBe(false);
    expect((await record(staff.salesManager, 'LETTER', '2026-05-11T02:00:00Z')).communication.countedAsVisit).toBe(false);
    const counted = await record(staff.salesManager, 'PHONE', '2026-05-20T02:00:00Z');
    expect(counted.communication.countedAsVisit).toBe(true);
    expect(counted.visitPlan).toEqual({ lastVisitOn: '2026-05-20', nextDueOn: '2027-05-20' });
  });

  it('CUS-039 visits due within 7 days and overdue ones are listed per owner, and counted per owner in SQL', async () => {
    const soon = (await newCustomer('湖州金桥丝绸有限公司', staff.rep2)).id;
    await h.mutate(
      staff.rep2,
      'recordCustomerOrder',
      { customerId: soon, orderRef: 'SO-S1', orderedOn: '2025-03-05', amount: '10000', paid: true },
      'order { id }',
    );
    const late = (await newCustomer('绍兴华越印染有限公司', staff.rep2)).id;
    await h.mutate(
      staff.rep2,
      'recordCustomerOrder',
      { customerId: late, orderRef: 'SO-L1', orderedOn: '2025-02-20', amount: '10000', paid: true },
      'order { id }',
    );
    const DUE =
      'query($owner: ID, $asOf: Date) { visitsDue(filter: { ownerId: $owner, asOf: $asOf }) { customer { id } ownerId dueOn overdue } }';
    const due = (
      await h.gql<{ visitsDue: { customer: { id: string }; ownerId: string; dueOn: string; overdue: boolean }[] }>(staff.rep2, DUE, {
        owner: staff.rep2.id,
        asOf: '2026-03-01',
      })
    ).visitsDue;
    expect(due).toEqual([
      { customer: { id: late }, ownerId: staff.rep2.id, dueOn: '2026-02-20', overdue: true },
      { customer: { id: soon }, ownerId: staff.rep2.id, dueOn: '2026-03-05', overdue: false },
    ]);
    const counts = (
      await h.gql<{ visitCountsByOwner: { ownerId: string; due: number; overdue: number }[] }>(
        staff.salesManager,
        'query { visitCountsByOwner(asOf: "2026-03-01") { ownerId due overdue } }',
      )
    ).visitCountsByOwner;
    expect(counts.find((c) => c.ownerId === staff.rep2.id)).toEqual({ ownerId: staff.rep2.id, due: 1, overdue: 1 });
  });

  it('CUS-024 worked example 6: a B customer’s written report is due in April; the job schedules each month’s reports once', async () => {
    const bCustomer = (await newCustomer('上海鼎盛国际贸易有限公司')).id;
    await grade(bCustomer, 'B');
    const aCustomer = (await newCustomer('上海远航电子有限公司')).id;
    await grade(aCustomer, 'A');
    at('2026-04-01T06:00:00');
    expect(count(await daily('2026-04-01'), 'PERIODIC_REPORTS_SCHEDULED')).toBeGreaterThanOrEqual(1);
    expect(count(await daily('2026-04-01'), 'PERIODIC_REPORTS_SCHEDULED')).toBe(0);
    const REPORTS =
      'query($c: ID) { periodicReports(filter: { customerId: $c }) { edges { node { id period dueOn gradeAtDue ownerId } } } }';
    type Reports = { periodicReports: { edges: { node: { id: string; period: string; dueOn: string; gradeAtDue: string } }[] } };
    expect((await h.gql<Reports>(staff.rep, REPORTS, { c: bCustomer })).periodicReports.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ period: '2026-04', dueOn: '2026-04-30', gradeAtDue: 'B' }),
    ]);
    expect((await h.gql<Reports>(staff.rep, REPORTS, { c: aCustomer })).periodicReports.edges).toEqual([]);
  });

  it('CUS-025 worked example 7: supervisor by the end of D+2, manager by the end of D+4; late steps are flagged', async () => {
    const REPORT = 'report { id supervisorForwardDueAt managerForwardDueAt lateSteps submittedAt }';
    const reports = await h.gql<{ periodicReports: { edges: { node: { id: string } }[] } }>(
      staff.rep,
      'query { periodicReports(filter: { period: "2026-04", open: true }, first: 1) { edges { node { id } } } }',
    );
    const id = reports.periodicReports.edges[0].node.id;
    at('2026-04-30T10:00:00');
    expect(codes(await h.mutate(staff.rep, 'forwardPeriodicReport', { id, step: 'SUPERVISOR_FORWARDED' }, REPORT))).toEqual([
      'ROLE_NOT_ALLOWED',
    ]);
    const submitted = await h.mutate<{ report: { supervisorForwardDueAt: string } }>(
      staff.rep,
      'submitPeriodicReport',
      { id, summary: '4月客户经营情况:订单稳定,回款及时。' },
      REPORT,
    );
    expect(submitted.report.supervisorForwardDueAt).toBe('2026-05-02T15:59:59.999Z');
    expect(codes(await h.mutate(staff.salesManager, 'forwardPeriodicReport', { id, step: 'MANAGER_FORWARDED' }, REPORT))).toEqual([
      'INVALID_STATE',
    ]);
    at('2026-05-02T09:00:00');
    const forwarded = await h.mutate<{ report: { managerForwardDueAt: string; lateSteps: string[] } }>(
      staff.officeDirector,
      'forwardPeriodicReport',
      { id, step: 'SUPERVISOR_FORWARDED' },
      REPORT,
    );
    expect(forwarded.report).toMatchObject({ managerForwardDueAt: '2026-05-06T15:59:59.999Z', lateSteps: [] });
    at('2026-05-07T09:00:00');
    const late = await h.mutate<{ report: { lateSteps: string[] } }>(
      staff.salesManager,
      'forwardPeriodicReport',
      { id, step: 'MANAGER_FORWARDED' },
      REPORT,
    );
    expect(late.report.lateSteps).toEqual(['MANAGER_FORWARDED']);
    expect((await h.mutate(staff.vp, 'forwardPeriodicReport', { id, step: 'VP_READ' }, REPORT)).userErrors).toEqual([]);
    expect((await h.mutate(staff.vp, 'forwardPeriodicReport', { id, step: 'GM_SENT' }, REPORT)).userErrors).toEqual([]);
  });

  it('CUS-004 a DRAFT customer is reminded 3 working days after its first contact, weekly, and the 3rd reminder flags the owner for the month', async () => {
    at('2026-06-01T09:00:00');
    const draft = (await newCustomer('台州恒信汽配有限公司', staff.southRep)).id;
    await h.mutate(
      staff.southRep,
      'recordCommunication',
      { customerId: draft, channel: 'FAX', serviceType: 'PRE_SALE', occurredAt: '2026-06-05T02:00:00Z', subject: '传真产品目录' },
      'communication { id }',
    );
    const TASKS =
      'query { customerTasks(first: 50, filter: { assigneeId: "s-wangfang", kinds: [FILING_REMINDER, FILING_LAG_FLAG] }) { edges { node { kind dueOn customer { id } } } } }';
    type Tasks = { customerTasks: { edges: { node: { kind: string; dueOn: string; customer: { id: string } | null } }[] } };
    await daily('2026-06-09');
    expect((await h.gql<Tasks>(staff.southRep, TASKS)).customerTasks.edges).toEqual([]);
    await daily('2026-06-10');
    expect((await h.gql<Tasks>(staff.southRep, TASKS)).customerTasks.edges.map((e) => [e.node.kind, e.node.dueOn])).toEqual([
      ['FILING_REMINDER', '2026-06-10'],
    ]);
    await daily('2026-06-24');
    await daily('2026-06-24');
    const after = (await h.gql<Tasks>(staff.southRep, TASKS)).customerTasks.edges.map((e) => [e.node.kind, e.node.dueOn]).sort();
    expect(after).toEqual([
      ['FILING_LAG_FLAG', '2026-06-01'],
      ['FILING_REMINDER', '2026-06-10'],
      ['FILING_REMINDER', '2026-06-17'],
      ['FILING_REMINDER', '2026-06-24'],
    ]);
  });

  it('CUS-041 care reminders 3 days ahead: key contacts’ birthdays, 中秋 for filed customers, the first-transaction anniversary', async () => {
    const cared = await fileCustomer(h, staff.rep, {
      name: '金华嘉禾食品有限公司',
      contacts: [{ name: '黄总', birthday: '1972-09-25', isKeyContact: true, mobile: '13906660001' }],
    });
    await h.mutate(staff.rep, 'addContact', { customerId: cared, contact: { name: '前台', birthday: '1990-09-25' } }, 'contact { id }');
    await h.mutate(
      staff.rep,
      'recordCustomerOrder',
      { customerId: cared, orderRef: 'SO-C1', orderedOn: '2025-09-25', amount: '5000', paid: true },
      'order { id }',
    );
    at('2026-09-22T08:00:00');
    await daily('2026-09-22');
    const tasks = await h.gql<{ customerTasks: { edges: { node: { kind: string; dueOn: string } }[] } }>(
      staff.rep,
      'query($c: ID) { customerTasks(filter: { customerId: $c, kinds: [CARE_BIRTHDAY, CARE_FESTIVAL, CARE_ANNIVERSARY] }) { edges { node { kind dueOn } } } }',
      { c: cared },
    );
    expect(tasks.customerTasks.edges.map((e) => e.node).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'CARE_ANNIVERSARY', dueOn: '2026-09-25' },
      { kind: 'CARE_BIRTHDAY', dueOn: '2026-09-25' },
      { kind: 'CARE_FESTIVAL', dueOn: '2026-09-25' },
    ]);
    const festivals = await h.gql<{ customerTasks: { totalCount: number } }>(
      staff.rep,
      'query { customerTasks(filter: { kinds: [CARE_FESTIVAL] }) { totalCount } }',
    );
    const filed = await h.gql<{ customers: { totalCount: number } }>(
      staff.rep,
      'query { customers(filter: { filingStatuses: [FILED] }) { totalCount } }',
    );
    expect(filed.customers.totalCount).toBeGreaterThan(0);
    expect(festivals.customerTasks.totalCount).toBe(filed.customers.totalCount);
  });
});

/** CUS-040 for a revisit planned for two roles (BIG-A, BIG-B: 主管副总经理、业务部经理 each, 001 L375-378). */
describe('revisits planned for two roles (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-03-02T01:00:00Z');
  });
  afterAll(() => h.stop());

  type Plan = {
    id: string;
    treatmentClass: string;
    visitorRoles: string[];
    intervalMonths: number;
    nextDueOn: string;
    lastVisitOn: string | null;
  };
  // Read as the GM: a grade A file is CONFIDENTIAL and closed to the managers without a grant (CUS-042).
  const planOf = async (id: string) =>
    (
      await h.gql<{ customer: { version: number; visitPlan: Plan | null } }>(
        staff.gm,
        'query($id: ID!) { customer(id: $id) { version visitPlan { id treatmentClass visitorRoles intervalMonths nextDueOn lastVisitOn } } }',
        { id },
      )
    ).customer;

  it('CUS-040 a revisit the plan assigns to VP and SALES_DEPT_MANAGER needs each one’s visit: one role alone does not satisfy it, both do', async () => {
    const id = (
      await h.mutate<{ customer: { id: string } }>(
        staff.rep,
        'createCustomer',
        { name: '宁波港城物流集团有限公司', entityKind: 'COMPANY', type: 'DEALER' },
        'customer { id }',
      )
    ).customer.id;
    const override = await h.mutate<{ override: { approvalId: string } }>(
      staff.vp,
      'requestGradeOverride',
      { customerId: id, grade: 'A', reason: '行业龙头' },
      'override { approvalId }',
    );
    await h.approveAll(override.override.approvalId, staff.vp2);
    const graded = await planOf(id);
    await h.mutate(
      staff.salesManager,
      'designateCustomerSize',
      { id, version: graded.version, size: 'BIG', reason: '区域龙头物流企业', keyAccountManagerId: 's-liuyang' },
      'customer { id }',
    );
    const plan = (await planOf(id)).visitPlan!;
    expect(plan).toMatchObject({
      treatmentClass: 'BIG-A',
      visitorRoles: ['VP', 'SALES_DEPT_MANAGER'],
      intervalMonths: 3,
      nextDueOn: '2026-06-02',
      lastVisitOn: null,
    });
    const visit = (caller: Caller, occurredAt: string) =>
      h.mutate<{
        communication: { countedAsVisit: boolean; countedForRoles: string[] };
        visitPlan: { nextDueOn: string; lastVisitOn: string | null };
      }>(
        caller,
        'recordCommunication',
        { customerId: id, channel: 'ON_SITE', serviceType: 'ROUTINE', occurredAt, subject: '季度回访', visitPlanId: plan.id },
        'communication { countedAsVisit countedForRoles } visitPlan { nextDueOn lastVisitOn }',
      );
    const byVp = await visit(staff.vp, '2026-04-10T02:00:00Z');
    expect(byVp.communication).toEqual({ countedAsVisit: true, countedForRoles: ['VP'] });
    expect(byVp.visitPlan).toEqual({ nextDueOn: '2026-06-02', lastVisitOn: null });
    // Another VP's visit is still the VP's part only.
    expect((await visit(staff.vp2, '2026-04-12T02:00:00Z')).visitPlan).toEqual({ nextDueOn: '2026-06-02', lastVisitOn: null });
    const byManager = await visit(staff.salesManager, '2026-04-20T02:00:00Z');
    expect(byManager.communication).toEqual({ countedAsVisit: true, countedForRoles: ['SALES_DEPT_MANAGER'] });
    expect(byManager.visitPlan).toEqual({ lastVisitOn: '2026-04-20', nextDueOn: '2026-07-20' });
    // The next revisit starts afresh: the manager alone does not satisfy it, the VP then completes it.
    expect((await visit(staff.salesManager, '2026-07-01T02:00:00Z')).visitPlan).toEqual({
      lastVisitOn: '2026-04-20',
      nextDueOn: '2026-07-20',
    });
    expect((await visit(staff.vp, '2026-07-15T02:00:00Z')).visitPlan).toEqual({ lastVisitOn: '2026-07-15', nextDueOn: '2026-10-15' });
  });
});
