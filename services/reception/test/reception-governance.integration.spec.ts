import { Caller, demoCustomerId } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';

/** Audit trail and reception approvals (REC-008, X-050) through the subgraph's GraphQL API. */
const rep: Caller = {
  id: 's-zhangwei',
  name: '张伟',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const otherRep: Caller = {
  id: 's-lina',
  name: '李娜',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const officeDirector: Caller = {
  id: 's-chenjing',
  name: '陈静',
  roles: ['OFFICE_DIRECTOR'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const manager: Caller = {
  id: 's-yangmin',
  name: '杨敏',
  roles: ['SALES_DEPT_MANAGER'],
  departmentId: 'd-sales',
  departmentTree: ['d-sales', 'd-sales-east'],
};
const salesDirector: Caller = {
  id: 's-qianjun',
  name: '钱军',
  roles: ['SALES_DIRECTOR'],
  departmentId: 'd-sales',
  departmentTree: ['d-sales', 'd-sales-east'],
};
const vp: Caller = { id: 's-zhaolei', name: '赵磊', roles: ['VP'], departmentId: 'd-hq' };
const gm: Caller = { id: 's-huangqiang', name: '黄强', roles: ['GM'], departmentId: 'd-hq' };
const auditor: Caller = { id: 's-guoping', name: '郭平', roles: ['AUDIT'], departmentId: 'd-audit' };

type UserErrors = { code: string }[];
type Step = { role: string; decidedBy: string | null; decision: string | null; comment: string | null };
type Approval = { id: string; template: string; state: string; version: number; reason: string | null; steps: Step[] };
type Reception = {
  id: string;
  state: string;
  version: number;
  perPersonCap: string;
  hospitalityCap: string;
  approvalId: string | null;
  approval: Approval | null;
  overStandardApprovalId: string | null;
  overStandardApproval: Approval | null;
};

const APPROVAL = 'id template state version reason steps { role decidedBy decision comment }';
const RECEPTION = `id state version perPersonCap hospitalityCap approvalId approval { ${APPROVAL} } overStandardApprovalId overStandardApproval { ${APPROVAL} }`;

/** A class C reception of a demo customer, hosted at the class's minimum rank; tests override what they probe. */
const classC = (overrides: Record<string, unknown> = {}) => ({
  class: 'C',
  hostedPartyType: 'CUSTOMER',
  customerId: demoCustomerId(3),
  organisation: '苏州宏达物流有限公司',
  guestCount: 3,
  hostId: 's-chenjing',
  hostRank: 'DEPARTMENT_MANAGER',
  startOn: '2026-06-15',
  endOn: '2026-06-15',
  purpose: '季度供货计划确认',
  budget: { hospitality: '800.00', transport: '350.00' },
  ...overrides,
});

/** Worked example 1: class B, 6 guests, one day, cap 2,400. */
const exampleOne = (hospitality: string) =>
  classC({
    class: 'B',
    guestCount: 6,
    hostId: 's-yangmin',
    hostRank: 'DEPARTMENT_DIRECTOR',
    purpose: '年度合作洽谈',
    budget: { hospitality },
  });

describe('reception governance: audit trail and approvals', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('reception', loadConfig, start);
  });
  afterAll(() => svc.stop());

  const request = async (input: Record<string, unknown>, caller = rep): Promise<Reception> => {
    const result = await svc.query<{ requestReception: { reception: Reception; userErrors: UserErrors } }>(
      caller,
      `mutation($input: RequestReceptionInput!) { requestReception(input: $input) { reception { ${RECEPTION} } userErrors { code } } }`,
      { input },
    );
    expect(result.data!.requestReception.userErrors).toEqual([]);
    return result.data!.requestReception.reception;
  };
  const submit = async (id: string, version: number, caller = rep) =>
    (
      await svc.query<{ submitReception: { reception: Reception | null; userErrors: UserErrors } }>(
        caller,
        `mutation($input: SubmitReceptionInput!) { submitReception(input: $input) { reception { ${RECEPTION} } userErrors { code } } }`,
        { input: { id, version } },
      )
    ).data!.submitReception;
  const submitted = async (input: Record<string, unknown>, caller = rep): Promise<Reception> => {
    const draft = await request(input, caller);
    const payload = await submit(draft.id, draft.version, caller);
    expect(payload.userErrors).toEqual([]);
    return payload.reception!;
  };
  const decide = async (caller: Caller, approval: Pick<Approval, 'id' | 'version'>, decision: string, comment?: string) => {
    const result = await svc.query<{ decideReceptionApproval: { approval: Approval | null; userErrors: UserErrors } }>(
      caller,
      `mutation($input: DecideApprovalInput!) { decideReceptionApproval(input: $input) { approval { ${APPROVAL} } userErrors { code } } }`,
      { input: { id: approval.id, version: approval.version, decision, comment } },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.decideReceptionApproval;
  };
  const reception = async (id: string, caller = rep) =>
    (await svc.query<{ reception: Reception }>(caller, `query($id: ID!) { reception(id: $id) { ${RECEPTION} } }`, { id })).data!.reception;
  const awaiting = async (caller: Caller) =>
    (
      await svc.query<{ receptionApprovals: { edges: { node: { id: string } }[] } }>(
        caller,
        '{ receptionApprovals(filter: { awaitingMe: true }) { edges { node { id } } } }',
      )
    ).data!.receptionApprovals.edges.map((e) => e.node.id);

  describe('approvals', () => {
    it('REC-008 a class C request is approved by the SALES_DEPT_MANAGER and becomes APPROVED', async () => {
      const r = await submitted(classC());
      expect(r).toMatchObject({ state: 'SUBMITTED', overStandardApproval: null, overStandardApprovalId: null });
      expect(r.approval).toMatchObject({
        template: 'RECEPTION',
        state: 'PENDING',
        reason: '季度供货计划确认',
        steps: [{ role: 'SALES_DEPT_MANAGER', decidedBy: null }],
      });
      expect(r.approvalId).toBe(r.approval!.id);
      expect(await awaiting(manager)).toContain(r.approvalId);

      const decided = await decide(manager, r.approval!, 'APPROVE', '同意');
      expect(decided.userErrors).toEqual([]);
      expect(decided.approval).toMatchObject({
        state: 'APPROVED',
        steps: [{ role: 'SALES_DEPT_MANAGER', decidedBy: manager.id, decision: 'APPROVED' }],
      });
      expect(await reception(r.id)).toMatchObject({ state: 'APPROVED', approvalId: r.approvalId, approval: { state: 'APPROVED' } });
      expect(await awaiting(manager)).not.toContain(r.approvalId);
    });

    it('REC-008 a class A request waits for the GM: the SALES_DEPT_MANAGER cannot decide it', async () => {
      const r = await submitted(
        classC({ class: 'A', hostId: 's-huangqiang', hostRank: 'SENIOR_MANAGEMENT', budget: { hospitality: '2000.00' } }),
      );
      expect(r.approval!.steps.map((s) => s.role)).toEqual(['GM']);
      expect(await awaiting(manager)).not.toContain(r.approvalId);
      expect((await decide(manager, r.approval!, 'APPROVE', '同意')).userErrors.map((e) => e.code)).toEqual(['NOT_YOUR_STEP']);
      expect((await reception(r.id)).state).toBe('SUBMITTED');

      expect(await awaiting(gm)).toContain(r.approvalId);
      expect((await decide(gm, r.approval!, 'APPROVE')).userErrors).toEqual([]);
      expect((await reception(r.id)).state).toBe('APPROVED');
    });

    it('X-050 a rejection needs a reason; the rejected reception is REJECTED and stays closed to edits', async () => {
      const r = await submitted(classC());
      expect((await decide(manager, r.approval!, 'REJECT', '  ')).userErrors.map((e) => e.code)).toEqual(['COMMENT_REQUIRED']);
      expect((await reception(r.id)).state).toBe('SUBMITTED');

      const rejected = await decide(manager, r.approval!, 'REJECT', '本季度已安排同类接待,请合并');
      expect(rejected.approval).toMatchObject({
        state: 'REJECTED',
        steps: [{ decision: 'REJECTED', comment: '本季度已安排同类接待,请合并' }],
      });
      const after = await reception(r.id);
      expect(after.state).toBe('REJECTED');
      const edit = await svc.query<{ updateReception: { userErrors: UserErrors } }>(
        rep,
        'mutation($input: UpdateReceptionInput!) { updateReception(input: $input) { userErrors { code } } }',
        { input: { id: r.id, version: after.version, guestCount: 4 } },
      );
      expect(edit.data!.updateReception.userErrors.map((e) => e.code)).toEqual(['NOT_EDITABLE']);
    });

    it('X-050 an approval returned for changes sends the reception back to DRAFT; resubmitting opens a new approval and closes the returned one', async () => {
      const r = await submitted(classC());
      expect((await decide(manager, r.approval!, 'RETURN', '请补充来宾名单')).approval!.state).toBe('DRAFT');
      const returned = await reception(r.id);
      expect(returned.state).toBe('DRAFT');

      const edited = await svc.query<{ updateReception: { reception: Reception; userErrors: UserErrors } }>(
        rep,
        `mutation($input: UpdateReceptionInput!) { updateReception(input: $input) { reception { ${RECEPTION} } userErrors { code } } }`,
        { input: { id: r.id, version: returned.version, guests: [{ name: '周建华', title: '总经理' }] } },
      );
      expect(edited.data!.updateReception.userErrors).toEqual([]);
      const again = await submit(r.id, edited.data!.updateReception.reception.version);
      expect(again.userErrors).toEqual([]);
      expect(again.reception).toMatchObject({ state: 'SUBMITTED', approval: { state: 'PENDING' } });
      expect(again.reception!.approvalId).not.toBe(r.approvalId);
      const old = await svc.query<{ receptionApprovals: { edges: { node: { id: string; state: string } }[] } }>(
        manager,
        '{ receptionApprovals(filter: { states: [WITHDRAWN] }) { edges { node { id state } } } }',
      );
      expect(old.data!.receptionApprovals.edges.map((e) => e.node.id)).toContain(r.approvalId);
    });

    it('X-051 a manager who requested a reception cannot approve it', async () => {
      const own = await submitted(classC({ hostId: manager.id }), manager);
      expect((await decide(manager, own.approval!, 'APPROVE')).userErrors.map((e) => e.code)).toEqual(['OWN_REQUEST']);
    });

    it('REC-004/REC-008 a hospitality budget at the class standard needs the class approval only (worked example 1)', async () => {
      const r = await submitted(exampleOne('2400.00'));
      expect(r).toMatchObject({ perPersonCap: '300.00', hospitalityCap: '2400.00', overStandardApproval: null });
      expect(r.approval!.steps.map((s) => s.role)).toEqual(['SALES_DIRECTOR']);
    });

    it('REC-008 above the standard it also needs RECEPTION_OVER_STANDARD one level up, and is APPROVED only when both are (worked example 4)', async () => {
      const r = await submitted(exampleOne('2600.00'));
      expect(r.approval!.steps.map((s) => s.role)).toEqual(['SALES_DIRECTOR']);
      expect(r.overStandardApproval).toMatchObject({ template: 'RECEPTION_OVER_STANDARD', state: 'PENDING', steps: [{ role: 'VP' }] });
      expect(r.overStandardApproval!.reason).toContain('2400.00');
      expect(r.overStandardApprovalId).toBe(r.overStandardApproval!.id);

      expect((await decide(salesDirector, r.approval!, 'APPROVE')).userErrors).toEqual([]);
      expect((await reception(r.id)).state).toBe('SUBMITTED');
      expect((await decide(vp, r.overStandardApproval!, 'APPROVE', '客户重要,同意')).userErrors).toEqual([]);
      expect((await reception(r.id)).state).toBe('APPROVED');
    });

    it('REC-008 a rejected over-standard approval rejects the reception and withdraws the class approval still pending', async () => {
      const r = await submitted(exampleOne('3000.00'));
      expect((await decide(vp, r.overStandardApproval!, 'REJECT', '超标准过多,请压缩招待费用')).userErrors).toEqual([]);
      const after = await reception(r.id);
      expect(after).toMatchObject({ state: 'REJECTED', approval: { state: 'WITHDRAWN' }, overStandardApproval: { state: 'REJECTED' } });
      expect(await awaiting(salesDirector)).not.toContain(r.approvalId);
      expect((await decide(salesDirector, after.approval!, 'APPROVE')).userErrors.map((e) => e.code)).toEqual(['NOT_PENDING']);
    });

    it('submitReception refuses another rep’s reception, a non-requester, a stale version and a reception no longer a draft', async () => {
      const draft = await request(classC());
      const codes = async (caller: Caller, version = draft.version) =>
        (await submit(draft.id, version, caller)).userErrors.map((e) => e.code);
      expect(await codes(otherRep)).toEqual(['NOT_FOUND']);
      expect(await codes(officeDirector)).toEqual(['NOT_REQUESTER']);
      expect(await codes(rep, draft.version + 1)).toEqual(['STALE_VERSION']);
      expect(await codes(rep)).toEqual([]);
      expect(await codes(rep, draft.version + 1)).toEqual(['NOT_DRAFT']);
    });
  });

  describe('audit trail', () => {
    type Entry = {
      actorId: string;
      entityType: string;
      entityId: string;
      action: string;
      changes: { field: string; old: string | null; new: string | null }[];
    };
    const trail = async (caller: Caller, entityId: string) =>
      svc.query<{ receptionAuditTrail: { totalCount: number; edges: { node: Entry }[] } }>(
        caller,
        'query($f: AuditFilter) { receptionAuditTrail(filter: $f) { totalCount edges { node { actorId entityType entityId action changes { field old new } } } } }',
        { f: { entityId } },
      );

    it('X-040 a request, an edit, a submission and a decision appear in the trail as their callers, with old → new', async () => {
      const draft = await request(classC());
      await svc.query(rep, 'mutation($input: UpdateReceptionInput!) { updateReception(input: $input) { userErrors { code } } }', {
        input: { id: draft.id, version: draft.version, purpose: '季度供货计划确认及质量沟通' },
      });
      const r = (await submit(draft.id, draft.version + 1)).reception!;
      await decide(manager, r.approval!, 'APPROVE');

      const entries = (await trail(auditor, draft.id)).data!.receptionAuditTrail.edges.map((e) => e.node).reverse();
      expect(entries.map((e) => [e.action, e.actorId])).toEqual([
        ['CREATE', rep.id],
        ['UPDATE', rep.id],
        ['UPDATE', rep.id],
        ['UPDATE', manager.id],
      ]);
      expect(entries[0].changes).toContainEqual({ field: 'purpose', old: null, new: '"季度供货计划确认"' });
      expect(entries[1].changes).toContainEqual({ field: 'purpose', old: '"季度供货计划确认"', new: '"季度供货计划确认及质量沟通"' });
      expect(entries[2].changes).toContainEqual({ field: 'state', old: '"DRAFT"', new: '"SUBMITTED"' });
      expect(entries[3].changes).toContainEqual({ field: 'state', old: '"SUBMITTED"', new: '"APPROVED"' });

      const approvalTrail = (await trail(auditor, r.approvalId!)).data!.receptionAuditTrail.edges.map((e) => e.node);
      expect(approvalTrail.map((e) => [e.action, e.actorId])).toEqual(
        expect.arrayContaining([
          ['CREATE', rep.id],
          ['DECISION', manager.id],
        ]),
      );
    });

    it('X-042 the trail exports as CSV with a BOM, and the export is itself audited (X-041)', async () => {
      const r = await request(classC());
      const exported = await svc.query<{ receptionAuditExport: { rows: number; csv: string } }>(
        auditor,
        'query($f: AuditFilter) { receptionAuditExport(filter: $f) { rows csv } }',
        {
          f: { entityType: 'reception', entityId: r.id },
        },
      );
      const { rows, csv } = exported.data!.receptionAuditExport;
      expect(csv.startsWith('\uFEFFat,actor,')).toBe(true);
      expect(rows).toBe(1);
      expect(csv).toContain(r.id);
      const exports = await svc.query<{ receptionAuditTrail: { edges: { node: { actorId: string } }[] } }>(
        auditor,
        '{ receptionAuditTrail(filter: { actions: [EXPORT] }) { edges { node { actorId } } } }',
      );
      expect(exports.data!.receptionAuditTrail.edges.map((e) => e.node.actorId)).toContain(auditor.id);
    });

    it('X-023 a sales rep may not read the trail nor approve (FORBIDDEN), and lists only the approvals they requested', async () => {
      const r = await request(classC());
      expect((await trail(rep, r.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await svc.query(rep, '{ receptionAuditExport { rows } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const listed = await svc.query<{ receptionApprovals: { edges: { node: { requesterId: string } }[] } }>(
        rep,
        '{ receptionApprovals(first: 100) { edges { node { requesterId } } } }',
      );
      expect(listed.data!.receptionApprovals.edges.length).toBeGreaterThan(0);
      expect(new Set(listed.data!.receptionApprovals.edges.map((e) => e.node.requesterId))).toEqual(new Set([rep.id]));
      const decideAttempt = await svc.query(
        rep,
        'mutation { decideReceptionApproval(input: { id: "x", version: 1, decision: APPROVE }) { userErrors { code } } }',
      );
      expect(decideAttempt.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
