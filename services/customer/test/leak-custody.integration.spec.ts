import { businessDate, Caller } from '@crm/platform';
import { DEFAULT_CUSTOMER_POLICY } from '../src';
import { addMonths } from '../src/shared/support/calendar-months';
import { codes, Harness, startHarness, staff } from './support/harness';

const frontDesk: Caller = { id: 's-qianli', name: '钱丽', roles: ['FRONT_DESK'], departmentId: 'd-admin', departmentTree: ['d-admin'] };

type Tasks = {
  customerTasks: {
    totalCount: number;
    edges: { node: { relatedId: string; assigneeRole: string | null; assigneeDepartmentId: string | null } }[];
  };
};
const LEAK_TASKS =
  'query($role: String, $dept: ID) { customerTasks(filter: { assigneeRole: $role, assigneeDepartmentId: $dept, kinds: [LEAK_REPORT] }) { totalCount edges { node { relatedId assigneeRole assigneeDepartmentId } } } }';

/** 泄密报告: reported by anyone at once, audited as LEAK_REPORT, each recipient notified once. */
describe('leak reports (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-03-10T01:00:00Z');
  });
  afterAll(() => h.stop());

  const tasksFor = async (caller: Caller, role: string) => (await h.gql<Tasks>(caller, LEAK_TASKS, { role })).customerTasks;

  it('X-036 any user reports a leak at once: a LEAK_REPORT audit entry and one notification to each of INFO_SUPERVISOR, CS_MANAGER and the GM office', async () => {
    const customer = await h.mutate<{ customer: { id: string } }>(
      staff.rep,
      'createCustomer',
      { name: '杭州天目茶业有限公司', entityKind: 'COMPANY', type: 'DEALER' },
      'customer { id }',
    );
    const reported = await h.mutate<{ report: { id: string; reporterId: string; customerIds: string[]; notified: string[] } }>(
      frontDesk,
      'reportLeak',
      { description: '访客在前台拍摄了客户联系人名单', customerIds: [customer.customer.id], remedialAction: '已要求删除照片' },
      'report { id reporterId customerIds notified }',
    );
    expect(reported.userErrors).toEqual([]);
    expect(reported.report).toEqual({
      id: expect.any(String),
      reporterId: frontDesk.id,
      customerIds: [customer.customer.id],
      notified: ['INFO_SUPERVISOR', 'CS_MANAGER', 'GM'],
    });

    for (const [caller, role] of [
      [staff.infoSupervisor, 'INFO_SUPERVISOR'],
      [staff.csManager, 'CS_MANAGER'],
      [staff.gm, 'GM'],
    ] as const) {
      const tasks = await tasksFor(caller, role);
      expect(tasks.edges.filter((e) => e.node.relatedId === reported.report.id)).toHaveLength(1);
    }
    const trail = await h.gql<{ customerAuditTrail: { edges: { node: { action: string; actorId: string; note: string } }[] } }>(
      staff.gm,
      'query($id: String) { customerAuditTrail(filter: { entityType: "leak_report", entityId: $id }) { edges { node { action actorId note } } } }',
      { id: reported.report.id },
    );
    expect(trail.customerAuditTrail.edges.map((e) => e.node)).toEqual([
      { action: 'LEAK_REPORT', actorId: frontDesk.id, note: expect.stringMatching(/customers named$/) },
    ]);
    const byAction = await h.gql<{ customerAuditTrail: { totalCount: number } }>(
      staff.gm,
      '{ customerAuditTrail(filter: { actions: [LEAK_REPORT] }) { totalCount } }',
    );
    expect(byAction.customerAuditTrail.totalCount).toBe(1);
  });

  it('X-036/X-072 a repeated report (same idempotency key) is one report and notifies each recipient once', async () => {
    const input = { description: '业务员笔记本电脑遗失,内有客户档案', idempotencyKey: 'leak-2026-03-10-01' };
    const before = (await tasksFor(staff.infoSupervisor, 'INFO_SUPERVISOR')).totalCount;
    const [first, second] = await Promise.all([
      h.mutate<{ report: { id: string } }>(staff.rep, 'reportLeak', input, 'report { id }'),
      h.mutate<{ report: { id: string } }>(staff.rep, 'reportLeak', input, 'report { id }'),
    ]);
    const third = await h.mutate<{ report: { id: string } }>(staff.rep, 'reportLeak', input, 'report { id }');
    expect(new Set([first.report.id, second.report.id, third.report.id]).size).toBe(1);
    expect((await tasksFor(staff.infoSupervisor, 'INFO_SUPERVISOR')).totalCount).toBe(before + 1);
    const reports = await h.gql<{ leakReports: { edges: { node: { id: string } }[] } }>(
      staff.rep,
      '{ leakReports { edges { node { id } } } }',
    );
    expect(reports.leakReports.edges.map((e) => e.node.id)).toEqual([first.report.id]);
  });

  it('X-036 a report needs a description; named customers must exist', async () => {
    expect(codes(await h.mutate(staff.rep, 'reportLeak', { description: ' ' }, 'report { id }'))).toEqual(['REQUIRED']);
    expect(
      (await h.mutate(staff.rep, 'reportLeak', { description: '客户资料外传', customerIds: ['no-such-customer'] }, 'report { id }'))
        .userErrors,
    ).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'customerIds', '0'] })]);
  });

  it('X-036 the recipients are configuration: roles or a department (the GM office)', async () => {
    const policy = { ...DEFAULT_CUSTOMER_POLICY, leakReport: { recipients: [{ role: 'VP' }, { departmentId: 'd-hq' }] } };
    const other = await startHarness('2026-03-10T01:00:00Z', policy);
    try {
      const reported = await other.mutate<{ report: { id: string; notified: string[] } }>(
        staff.rep,
        'reportLeak',
        { description: '客户报价单被发到外部群' },
        'report { id notified }',
      );
      expect(reported.report.notified).toEqual(['VP', 'department:d-hq']);
      expect((await other.gql<Tasks>(staff.vp, LEAK_TASKS, { role: 'VP' })).customerTasks.totalCount).toBe(1);
      expect((await other.gql<Tasks>(staff.gm, LEAK_TASKS, { dept: 'd-hq' })).customerTasks.totalCount).toBe(1);
      expect((await other.gql<Tasks>(staff.infoSupervisor, LEAK_TASKS, { role: 'INFO_SUPERVISOR' })).customerTasks.totalCount).toBe(0);
    } finally {
      await other.stop();
    }
  });
});

/**
 * 档案保管检查. The clock runs near real time here: reads of classified files are dated by the audit trail's
 * own clock, and the spec compares them with the audit it records.
 */
describe('custody audit (integration)', () => {
  const DAY = 86_400_000;
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(new Date(Date.now() - 10 * DAY).toISOString());
  });
  afterAll(() => h.stop());

  const REPORT = `{ custodyAudit {
    lastAudit { auditedBy findingsCount nextDueOn }
    since nextDueOn overdue findingsCount
    filesWithoutCustodian { totalCount edges { node { id } } }
    overdueLoans { totalCount edges { node { id } } }
    classifiedFilesAccessed { totalCount edges { node { id } } }
  } }`;
  type Report = {
    lastAudit: { auditedBy: string; findingsCount: number; nextDueOn: string } | null;
    since: string | null;
    nextDueOn: string;
    overdue: boolean;
    findingsCount: number;
    filesWithoutCustodian: { totalCount: number; edges: { node: { id: string } }[] };
    overdueLoans: { totalCount: number; edges: { node: { id: string } }[] };
    classifiedFilesAccessed: { totalCount: number; edges: { node: { id: string } }[] };
  };
  const report = async (caller: Caller) => (await h.gql<{ custodyAudit: Report }>(caller, REPORT)).custodyAudit;
  const ids = (list: { edges: { node: { id: string } }[] }) => list.edges.map((e) => e.node.id).sort();
  const today = () => businessDate(new Date(), 'Asia/Shanghai');
  const read = (id: string) => h.gql(staff.gm, 'query($id: ID!) { customer(id: $id) { id } }', { id });
  const open = async (name: string, custodianId: string | null, level: 'SECRET' | 'CONFIDENTIAL') => {
    const created = await h.mutate<{ customer: { id: string; version: number } }>(
      staff.rep,
      'createCustomer',
      { name, entityKind: 'COMPANY', type: 'AGENT', custodianId },
      'customer { id version }',
    );
    if (level !== 'SECRET')
      await h.mutate(
        staff.rep,
        'setCustomerConfidentiality',
        { id: created.customer.id, version: created.customer.version, level },
        'customer { id }',
      );
    return created.customer.id;
  };

  it('X-037 lists files without a custodian, overdue loans and classified files accessed since the last audit, in the caller’s scope; the next audit is due 6 months after', async () => {
    const unkept = await open('无人保管贸易有限公司', null, 'SECRET');
    const readBefore = await open('机密甲机械有限公司', staff.infoSpecialist.id, 'CONFIDENTIAL');
    const readAfter = await open('机密乙化工有限公司', staff.infoSpecialist.id, 'CONFIDENTIAL');
    const plain = await open('普通丙电器有限公司', staff.infoSpecialist.id, 'SECRET');
    const granted = await open('机密丁医药有限公司', staff.infoSpecialist.id, 'CONFIDENTIAL');
    const lent = await open('机密戊建材有限公司', staff.infoSpecialist.id, 'CONFIDENTIAL');
    const loan = await h.mutate<{ loan: { id: string; approvalId: string } }>(
      staff.rep2,
      'requestFileLoan',
      { customerId: plain, item: '客户档案原件', copies: 1, reason: '合同续签', days: 3 },
      'loan { id approvalId }',
    );
    await h.approveAll(loan.loan.approvalId, staff.sectionChief, staff.infoSpecialist);
    h.clock.set(new Date());
    await read(readBefore);
    await read(plain);

    const first = await report(staff.infoSupervisor);
    expect(first).toMatchObject({ lastAudit: null, since: null, nextDueOn: today(), overdue: false, findingsCount: 3 });
    expect(ids(first.filesWithoutCustodian)).toEqual([unkept]);
    expect(ids(first.overdueLoans)).toEqual([loan.loan.id]);
    expect(ids(first.classifiedFilesAccessed)).toEqual([readBefore]);
    const outsider = await report(staff.southRep);
    expect([
      outsider.filesWithoutCustodian.totalCount,
      outsider.overdueLoans.totalCount,
      outsider.classifiedFilesAccessed.totalCount,
    ]).toEqual([0, 0, 0]);

    expect(codes(await h.mutate(staff.rep, 'recordCustodyAudit', {}, 'audit { id }'))).toEqual(['ROLE_NOT_ALLOWED']);
    h.clock.set(new Date());
    const recorded = await h.mutate<{
      audit: {
        auditedBy: string;
        auditedOn: string;
        filesWithoutCustodian: number;
        overdueLoans: number;
        classifiedFilesAccessed: number;
        findingsCount: number;
        nextDueOn: string;
      };
    }>(
      staff.infoSupervisor,
      'recordCustodyAudit',
      { note: '半年度档案保管检查' },
      'audit { auditedBy auditedOn filesWithoutCustodian overdueLoans classifiedFilesAccessed findingsCount nextDueOn }',
    );
    expect(recorded.audit).toEqual({
      auditedBy: staff.infoSupervisor.id,
      auditedOn: today(),
      filesWithoutCustodian: 1,
      overdueLoans: 1,
      classifiedFilesAccessed: 1,
      findingsCount: 3,
      nextDueOn: addMonths(today(), 6),
    });

    await read(readAfter);
    const access = await h.mutate<{ request: { approvalId: string } }>(
      staff.southRep,
      'requestFileAccess',
      { customerId: granted, purpose: '核对合同', reason: '联合投标' },
      'request { approvalId }',
    );
    expect(await h.approveAll(access.request.approvalId, staff.salesManager, staff.infoSpecialist, staff.csManager)).toBe('APPROVED');
    const classifiedLoan = await h.mutate<{ loan: { approvalId: string } }>(
      staff.rep2,
      'requestFileLoan',
      { customerId: lent, item: '客户档案复印件', copies: 1, reason: '拜访', days: 1 },
      'loan { approvalId }',
    );
    await h.approveAll(classifiedLoan.loan.approvalId, staff.sectionChief, staff.infoSpecialist);
    const second = await report(staff.infoSupervisor);
    expect(second).toMatchObject({
      lastAudit: { auditedBy: staff.infoSupervisor.id, findingsCount: 3, nextDueOn: addMonths(today(), 6) },
      nextDueOn: addMonths(today(), 6),
      overdue: false,
    });
    expect(second.since).not.toBeNull();
    expect(ids(second.classifiedFilesAccessed)).toEqual([readAfter, granted, lent].sort());
    expect(ids(second.filesWithoutCustodian)).toEqual([unkept]);
  });

  it('X-037 the audit interval is configuration (custody.auditMonths); past the due day the audit is overdue', async () => {
    const other = await startHarness(new Date().toISOString(), {
      ...DEFAULT_CUSTOMER_POLICY,
      custody: { ...DEFAULT_CUSTOMER_POLICY.custody, auditMonths: 3 },
    });
    try {
      const recorded = await other.mutate<{ audit: { nextDueOn: string } }>(
        staff.infoSpecialist,
        'recordCustodyAudit',
        {},
        'audit { nextDueOn }',
      );
      expect(recorded.audit.nextDueOn).toBe(addMonths(today(), 3));
      other.clock.set(new Date(Date.now() + 93 * DAY));
      const late = (
        await other.gql<{ custodyAudit: { nextDueOn: string; overdue: boolean } }>(
          staff.infoSpecialist,
          '{ custodyAudit { nextDueOn overdue } }',
        )
      ).custodyAudit;
      expect(late).toEqual({ nextDueOn: addMonths(today(), 3), overdue: true });
    } finally {
      await other.stop();
    }
  });
});
