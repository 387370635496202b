import { ApprovalRequestEntity, Caller, writeTransaction } from '@crm/platform';
import { CustomerPolicy, DEFAULT_CUSTOMER_POLICY } from '../src';
import { windowNoticeCycle } from '../src/modules/grading/grading.rules';
import { CustomerEntity } from '../src/shared/entities/customer.entity';
import { GradeAssessmentEntity } from '../src/shared/entities/grade-assessment.entity';
import { gradeResultDecided } from '../src/modules/grading/grading.service';
import { announceGradeApproved } from '../src/modules/grading/grading-notices.service';
import { codes, Harness, startHarness, staff } from './support/harness';

const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance', departmentTree: ['d-finance'] };

type Task = {
  kind: string;
  assigneeId: string | null;
  assigneeRole: string | null;
  assigneeDepartmentId: string | null;
  dueOn: string;
  title: string;
  relatedId: string | null;
};
type Tasks = { customerTasks: { totalCount: number; edges: { node: Task }[] } };
const TASKS = `query($role: String, $dept: ID, $assignee: ID, $customer: ID, $kinds: [CustomerTaskKind!]) {
  customerTasks(first: 50, filter: { assigneeRole: $role, assigneeDepartmentId: $dept, assigneeId: $assignee, customerId: $customer, kinds: $kinds }) {
    totalCount edges { node { kind assigneeId assigneeRole assigneeDepartmentId dueOn title relatedId } }
  }
}`;
const RUN = 'mutation($asOf: Date) { runCustomerDailyJobs(asOf: $asOf) { results { job count } } }';

const tasks = async (
  h: Harness,
  caller: Caller,
  filter: { role?: string; dept?: string; assignee?: string; customer?: string; kinds: string[] },
) => (await h.gql<Tasks>(caller, TASKS, filter)).customerTasks;

/** How many GRADING_WINDOW tasks the daily jobs opened as of a date. */
const windowJob = async (h: Harness, asOf: string) =>
  (
    await h.gql<{ runCustomerDailyJobs: { results: { job: string; count: number }[] } }>(staff.system, RUN, { asOf })
  ).runCustomerDailyJobs.results.find((r) => r.job === 'GRADING_WINDOW_NOTICES')!.count;

const MIDDLE = {
  contractAmount: '6000000',
  maxDaysPastDue: 0,
  yearEndReceivable: '800000',
  premiumPct: '6',
  premiumEvidence: '合同价对比表',
};

/** An AD_HOC assessment of a new customer of the rep, rated B (3+3+3+3 = 12) and submitted as CUS-019 prescribes. */
async function submittedAssessment(h: Harness, name: string): Promise<{ customerId: string; assessmentId: string; approvalId: string }> {
  const created = await h.mutate<{ customer: { id: string } }>(
    staff.rep,
    'createCustomer',
    { name, entityKind: 'COMPANY', type: 'DEALER' },
    'customer { id }',
  );
  const customerId = created.customer.id;
  const SEL = 'assessment { id version approvalId }';
  type A = { assessment: { id: string; version: number; approvalId: string | null } };
  let current = await h.mutate<A>(
    staff.salesManager,
    'openGradeAssessment',
    { customerId, periodFrom: '2026-01-01', periodTo: '2026-12-31' },
    SEL,
  );
  expect(current.userErrors).toEqual([]);
  const assessmentId = current.assessment.id;
  current = await h.mutate<A>(
    staff.sectionChief,
    'updateGradeAssessmentInputs',
    { id: assessmentId, version: current.assessment.version, ...MIDDLE },
    SEL,
  );
  current = await h.mutate<A>(
    staff.salesManager,
    'updateGradeAssessmentInputs',
    { id: assessmentId, version: current.assessment.version, strategicInfluence: 3 },
    SEL,
  );
  for (const [caller, to] of [
    [staff.sectionChief, 'PRELIM_RATED'],
    [staff.salesManager, 'MEETING_REVIEWED'],
    [staff.salesManager, 'SUBMITTED'],
  ] as [Caller, string][]) {
    current = await h.mutate<A>(caller, 'advanceGradeAssessment', { id: assessmentId, version: current.assessment.version, to }, SEL);
    expect(current.userErrors).toEqual([]);
  }
  return { customerId, assessmentId, approvalId: current.assessment.approvalId! };
}

/** CUS-019 / X-071 / X-072: the grading window and approved results reach their recipients as tasks, once. */
describe('grading notifications (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2027-03-17T02:00:00Z');
  });
  afterAll(() => h.stop());

  it('CUS-019/X-071 the grading-window task opens exactly 7 days before 25 March (not 8), one per recipient role', async () => {
    expect(await windowJob(h, '2027-03-17')).toBe(0);
    expect((await tasks(h, staff.sectionChief, { role: 'SECTION_CHIEF', kinds: ['GRADING_WINDOW'] })).totalCount).toBe(0);
    expect(await windowJob(h, '2027-03-18')).toBe(2);
    const chief = await tasks(h, staff.sectionChief, { role: 'SECTION_CHIEF', kinds: ['GRADING_WINDOW'] });
    const manager = await tasks(h, staff.salesManager, { role: 'SALES_DEPT_MANAGER', kinds: ['GRADING_WINDOW'] });
    for (const [list, role] of [
      [chief, 'SECTION_CHIEF'],
      [manager, 'SALES_DEPT_MANAGER'],
    ] as const) {
      expect(list.edges.map((e) => e.node)).toEqual([
        {
          kind: 'GRADING_WINDOW',
          assigneeId: null,
          assigneeRole: role,
          assigneeDepartmentId: null,
          dueOn: '2027-03-25',
          title: expect.stringContaining('2027-03-25 至 2027-03-30'),
          relatedId: null,
        },
      ]);
    }
    expect((await tasks(h, staff.gm, { kinds: ['GRADING_WINDOW'] })).totalCount).toBe(2);
  });

  it('X-072 the job run twice, on the next days of the lead period or in the window opens no second window task; next year opens new ones', async () => {
    for (const asOf of ['2027-03-18', '2027-03-19', '2027-03-24', '2027-03-25', '2027-03-30', '2027-03-31'])
      expect(await windowJob(h, asOf)).toBe(0);
    expect((await tasks(h, staff.gm, { kinds: ['GRADING_WINDOW'] })).totalCount).toBe(2);
    expect(await windowJob(h, '2028-03-17')).toBe(0);
    expect(await windowJob(h, '2028-03-18')).toBe(2);
    expect(
      (await tasks(h, staff.sectionChief, { role: 'SECTION_CHIEF', kinds: ['GRADING_WINDOW'] })).edges.map((e) => e.node.dueOn).sort(),
    ).toEqual(['2027-03-25', '2028-03-25']);
  });

  let approved: { customerId: string; assessmentId: string; approvalId: string };

  it('CUS-019/X-071 an approved GRADE_RESULT opens three tasks: the owner, the owning office and FINANCE, with grade and effective date', async () => {
    h.clock.set('2027-04-06T02:00:00Z');
    approved = await submittedAssessment(h, '嘉兴恒通物流有限公司');
    expect((await tasks(h, staff.gm, { customer: approved.customerId, kinds: ['GRADE_APPROVED'] })).totalCount).toBe(0);
    expect(await h.approveAll(approved.approvalId, staff.vp)).toBe('APPROVED');
    const all = await tasks(h, staff.gm, { customer: approved.customerId, kinds: ['GRADE_APPROVED'] });
    const recipients = all.edges.map((e) => [e.node.assigneeId, e.node.assigneeDepartmentId, e.node.assigneeRole]).sort();
    expect(recipients).toEqual(
      [
        [null, null, 'FINANCE'],
        [null, 'd-sales-east', null],
        [staff.rep.id, null, null],
      ].sort(),
    );
    for (const { node } of all.edges) {
      expect(node).toMatchObject({
        relatedId: approved.assessmentId,
        dueOn: '2027-04-06',
        title: '客户 嘉兴恒通物流有限公司 等级评定结果 B 已批准,自 2027-04-06 起生效',
      });
    }
    // Each recipient finds the task in their own inbox.
    expect((await tasks(h, staff.rep, { assignee: staff.rep.id, kinds: ['GRADE_APPROVED'] })).totalCount).toBe(1);
    expect((await tasks(h, staff.officeDirector, { dept: 'd-sales-east', kinds: ['GRADE_APPROVED'] })).totalCount).toBe(1);
    expect((await tasks(h, finance, { role: 'FINANCE', kinds: ['GRADE_APPROVED'] })).totalCount).toBe(1);
  });

  it('CUS-019 a rejected or returned GRADE_RESULT opens no GRADE_APPROVED task', async () => {
    const rejected = await submittedAssessment(h, '湖州安吉竹业有限公司');
    expect((await h.decide(staff.vp, rejected.approvalId, 'REJECT', '应收账款数据有误')).approval!.state).toBe('REJECTED');
    const returned = await submittedAssessment(h, '丽水青田石雕有限公司');
    expect((await h.decide(staff.vp, returned.approvalId, 'RETURN', '请补充合同价依据')).approval!.state).toBe('DRAFT');
    for (const { customerId } of [rejected, returned]) {
      expect((await tasks(h, staff.gm, { customer: customerId, kinds: ['GRADE_APPROVED'] })).totalCount).toBe(0);
    }
  });

  it('X-072 a re-approval cannot duplicate the GRADE_APPROVED tasks: a second decision is refused, a replayed effect or notice adds none', async () => {
    expect((await tasks(h, staff.gm, { customer: approved.customerId, kinds: ['GRADE_APPROVED'] })).totalCount).toBe(3);
    const again = await h.decide(staff.vp, approved.approvalId);
    expect(again.userErrors.length).toBeGreaterThan(0);
    h.clock.set('2027-04-08T02:00:00Z');
    const env = { policy: DEFAULT_CUSTOMER_POLICY, clock: h.clock };
    await writeTransaction(h.svc.dataSource, async (manager) => {
      const request = await manager.findOneByOrFail(ApprovalRequestEntity, { id: approved.approvalId });
      await gradeResultDecided(manager, request, 'APPROVED', env, staff.vp.id);
      const assessment = await manager.findOneByOrFail(GradeAssessmentEntity, { id: approved.assessmentId });
      const customer = await manager.findOneByOrFail(CustomerEntity, { id: approved.customerId });
      await announceGradeApproved(manager, env.policy, assessment, customer, '2027-04-06');
    });
    const all = await tasks(h, staff.gm, { customer: approved.customerId, kinds: ['GRADE_APPROVED'] });
    expect(all.totalCount).toBe(3);
    expect(all.edges.every((e) => e.node.dueOn === '2027-04-06')).toBe(true);
  });
});

describe('grading notifications with another configuration (integration)', () => {
  const policy: CustomerPolicy = {
    ...DEFAULT_CUSTOMER_POLICY,
    grading: {
      ...DEFAULT_CUSTOMER_POLICY.grading,
      windowNotice: { leadDays: 14, roles: ['SALES_DEPT_MANAGER'] },
      resultNoticeRoles: ['FINANCE', 'CREDIT_CONTROLLER'],
    },
  };
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2027-03-10T02:00:00Z', policy);
  });
  afterAll(() => h.stop());

  it('X-071 the lead days and recipients of the window notice are configuration: 14 days before, to the SALES_DEPT_MANAGER only', async () => {
    expect(await windowJob(h, '2027-03-10')).toBe(0);
    expect(await windowJob(h, '2027-03-11')).toBe(1);
    expect(await windowJob(h, '2027-03-18')).toBe(0);
    expect((await tasks(h, staff.gm, { kinds: ['GRADING_WINDOW'] })).edges.map((e) => [e.node.assigneeRole, e.node.dueOn])).toEqual([
      ['SALES_DEPT_MANAGER', '2027-03-25'],
    ]);
  });

  it('X-071 the roles told of an approved result are configuration (FINANCE and CREDIT_CONTROLLER here), besides owner and office', async () => {
    const done = await submittedAssessment(h, '衢州江山木业有限公司');
    expect(await h.approveAll(done.approvalId, staff.vp)).toBe('APPROVED');
    const all = await tasks(h, staff.gm, { customer: done.customerId, kinds: ['GRADE_APPROVED'] });
    expect(
      all.edges
        .map((e) => e.node.assigneeRole)
        .filter((r) => r !== null)
        .sort(),
    ).toEqual(['CREDIT_CONTROLLER', 'FINANCE']);
    expect(all.totalCount).toBe(4);
    expect(codes(await h.decide(staff.vp, done.approvalId)).length).toBeGreaterThan(0);
  });
});

describe('grading window notice span (domain)', () => {
  const at = (reviewWindow: CustomerPolicy['grading']['reviewWindow'], leadDays = 7): CustomerPolicy => ({
    ...DEFAULT_CUSTOMER_POLICY,
    grading: {
      ...DEFAULT_CUSTOMER_POLICY.grading,
      reviewWindow,
      windowNotice: { ...DEFAULT_CUSTOMER_POLICY.grading.windowNotice, leadDays },
    },
  });

  it('X-071 the notice is due from the lead day until the window closes, for the cycle of that window', () => {
    const march = at({ month: 3, fromDay: 25, toDay: 30 });
    expect(['2027-03-17', '2027-03-18', '2027-03-30', '2027-03-31'].map((d) => windowNoticeCycle(d, march))).toEqual([
      null,
      2027,
      2027,
      null,
    ]);
  });

  it('X-071 a lead period reaching into the previous year belongs to the next cycle (window 3–8 January)', () => {
    const january = at({ month: 1, fromDay: 3, toDay: 8 });
    expect(['2027-12-26', '2027-12-27', '2028-01-08', '2028-01-09'].map((d) => windowNoticeCycle(d, january))).toEqual([
      null,
      2028,
      2028,
      null,
    ]);
  });
});
