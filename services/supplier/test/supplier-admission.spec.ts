import { Caller, usccCheckCharacter } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';

/**
 * The admission of a supplier through the approvals engine (SUP-008, SUP-014, X-050, X-051), over the subgraph's
 * GraphQL API. The applicants are maintenance suppliers, so 机动能源处 (d-energy) is their owning unit (SUP-003).
 */
const clerk: Caller = {
  id: 's-wanggang',
  name: '王刚',
  roles: ['PROCUREMENT_UNIT'],
  departmentId: 'd-energy',
  departmentTree: ['d-energy'],
};
const unitHead: Caller = {
  id: 's-zhangjun',
  name: '张军',
  roles: ['PROCUREMENT_UNIT'],
  departmentId: 'd-energy',
  departmentTree: ['d-energy'],
};
const otherUnit: Caller = {
  id: 's-liqiang',
  name: '李强',
  roles: ['PROCUREMENT_UNIT'],
  departmentId: 'd-projects',
  departmentTree: ['d-projects'],
};
const risk: Caller = { id: 's-hulin', name: '胡林', roles: ['RISK_CONTROL'], departmentId: 'd-risk', departmentTree: ['d-risk'] };
const vp: Caller = { id: 's-zhaolei', name: '赵磊', roles: ['VP'], departmentId: 'd-hq', departmentTree: ['d-hq'] };
const gm: Caller = { id: 's-huangqiang', name: '黄强', roles: ['GM'], departmentId: 'd-hq', departmentTree: ['d-hq'] };
/** Heads the energy unit's procurement and also sits on the risk committee: two roles of one chain. */
const dual: Caller = {
  id: 's-liuhong',
  name: '刘红',
  roles: ['PROCUREMENT_UNIT', 'RISK_CONTROL'],
  departmentId: 'd-energy',
  departmentTree: ['d-energy'],
};
const enterpriseMgmt: Caller = {
  id: 's-qianhua',
  name: '钱华',
  roles: ['ENTERPRISE_MGMT'],
  departmentId: 'd-hq',
  departmentTree: ['d-hq'],
};

const APPROVAL_FIELDS = 'id template subjectType subjectId requesterId state currentStep version steps { role decidedBy decision comment }';
const REGISTER = `mutation($input: RegisterSupplierInput!) {
  registerSupplier(input: $input) { supplier { id code status usccCode admissionApproval { ${APPROVAL_FIELDS} } } userErrors { code } }
}`;
const DECIDE = `mutation($input: DecideApprovalInput!) {
  decideSupplierApproval(input: $input) { approval { ${APPROVAL_FIELDS} } userErrors { code field message } }
}`;
const SUPPLIER = `query($id: ID!) { supplier(id: $id) { status version updatedBy admissionApproval { ${APPROVAL_FIELDS} } } }`;

interface Approval {
  id: string;
  template: string;
  subjectType: string;
  subjectId: string;
  requesterId: string;
  state: string;
  currentStep: number;
  version: number;
  steps: { role: string; decidedBy: string | null; decision: string | null; comment: string | null }[];
}
interface Registered {
  id: string;
  code: string;
  status: string;
  usccCode: string;
  admissionApproval: Approval;
}
type Decision = 'APPROVE' | 'REJECT' | 'RETURN' | 'WITHDRAW';

let serial = 0;
function nextUscc(): string {
  serial += 1;
  const first17 = `91130200MA${String(4000000 + serial * 211).slice(-7)}`;
  return first17 + usccCheckCharacter(first17);
}
const nextAccount = (): string => `6228${String(480000000000000 + serial * 6151).slice(-15)}`;

describe('supplier admission (SUP-008)', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('supplier', loadConfig, start);
  });
  afterAll(() => svc.stop());

  const apply = async (extra: Record<string, unknown> = {}): Promise<Registered> => {
    const input = {
      name: '唐山恒达设备检修工程有限公司',
      usccCode: nextUscc(),
      kind: 'CONTRACTOR',
      scopes: ['MAINTENANCE'],
      bankAccount: { bank: '中国建设银行唐山分行', accountNo: nextAccount() },
      ...extra,
    };
    const result = await svc.query<{ registerSupplier: { supplier: Registered | null; userErrors: unknown[] } }>(clerk, REGISTER, {
      input,
    });
    expect(result.data!.registerSupplier.userErrors).toEqual([]);
    return result.data!.registerSupplier.supplier!;
  };
  const decide = async (who: Caller, approval: Pick<Approval, 'id' | 'version'>, decision: Decision, comment?: string) => {
    const result = await svc.query<{ decideSupplierApproval: { approval: Approval | null; userErrors: { code: string }[] } }>(who, DECIDE, {
      input: { id: approval.id, version: approval.version, decision, comment },
    });
    return { ...result, payload: result.data?.decideSupplierApproval ?? null };
  };
  /** Approves and expects no refusal; the next decision uses the version this returns. */
  const approve = async (who: Caller, approval: Pick<Approval, 'id' | 'version'>): Promise<Approval> => {
    const { payload, errors } = await decide(who, approval, 'APPROVE', '同意');
    expect(errors).toBeUndefined();
    expect(payload!.userErrors).toEqual([]);
    return payload!.approval!;
  };
  /** The supplier as the GM sees it (scope ALL). */
  const supplier = async (id: string) =>
    (
      await svc.query<{ supplier: { status: string; version: number; updatedBy: string; admissionApproval: Approval } }>(gm, SUPPLIER, {
        id,
      })
    ).data!.supplier;
  const roles = (approval: Approval) => approval.steps.map((s) => s.role);

  it('SUP-008 registering opens an APPLYING supplier and submits its SUPPLIER_ADMISSION: PROCUREMENT_UNIT → RISK_CONTROL → VP', async () => {
    const applied = await apply();
    expect(applied.status).toBe('APPLYING');
    expect(applied.admissionApproval).toMatchObject({
      template: 'SUPPLIER_ADMISSION',
      subjectType: 'supplier',
      subjectId: applied.id,
      requesterId: clerk.id,
      state: 'PENDING',
      currentStep: 0,
      version: 1,
    });
    expect(roles(applied.admissionApproval)).toEqual(['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP']);
    expect(applied.admissionApproval.steps.every((s) => s.decidedBy === null)).toBe(true);
  });

  it('SUP-008 X-050 the supplier stays APPLYING through the chain and is REGISTERED after the last approval', async () => {
    const applied = await apply();
    const afterUnit = await approve(unitHead, applied.admissionApproval);
    expect(afterUnit).toMatchObject({ state: 'PENDING', currentStep: 1 });
    expect((await supplier(applied.id)).status).toBe('APPLYING');
    const afterRisk = await approve(risk, afterUnit);
    expect(afterRisk).toMatchObject({ state: 'PENDING', currentStep: 2 });
    expect((await supplier(applied.id)).status).toBe('APPLYING');
    const afterVp = await approve(vp, afterRisk);
    expect(afterVp.state).toBe('APPROVED');
    expect(afterVp.steps.map((s) => [s.role, s.decidedBy, s.decision])).toEqual([
      ['PROCUREMENT_UNIT', unitHead.id, 'APPROVED'],
      ['RISK_CONTROL', risk.id, 'APPROVED'],
      ['VP', vp.id, 'APPROVED'],
    ]);
    const registered = await supplier(applied.id);
    expect(registered).toMatchObject({
      status: 'REGISTERED',
      version: 2,
      updatedBy: vp.id,
      admissionApproval: { id: applied.admissionApproval.id, state: 'APPROVED' },
    });
  });

  it('SUP-014 an admission for NEGOTIATED procurement needs the GM after the VP before the supplier is REGISTERED', async () => {
    const applied = await apply({ procurementMethod: 'NEGOTIATED' });
    expect(roles(applied.admissionApproval)).toEqual(['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP', 'GM']);
    const afterVp = await approve(vp, await approve(risk, await approve(unitHead, applied.admissionApproval)));
    expect(afterVp).toMatchObject({ state: 'PENDING', currentStep: 3 });
    expect((await supplier(applied.id)).status).toBe('APPLYING');
    expect((await approve(gm, afterVp)).state).toBe('APPROVED');
    expect((await supplier(applied.id)).status).toBe('REGISTERED');
  });

  it('X-050 X-051 one person holding PROCUREMENT_UNIT and RISK_CONTROL cannot decide two steps of the admission', async () => {
    const applied = await apply();
    const afterUnit = await approve(dual, applied.admissionApproval);
    expect(afterUnit.steps[1].role).toBe('RISK_CONTROL');
    const second = await decide(dual, afterUnit, 'APPROVE', '同意');
    expect(second.payload!.userErrors.map((e) => e.code)).toEqual(['ALREADY_DECIDED_A_STEP']);
    expect(await supplier(applied.id)).toMatchObject({
      status: 'APPLYING',
      admissionApproval: { state: 'PENDING', currentStep: 1, version: afterUnit.version },
    });
    // Another RISK_CONTROL holder takes the step.
    expect((await approve(risk, afterUnit)).currentStep).toBe(2);
  });

  it("X-051 the applicant cannot approve the admission they submitted; X-050 nor can a role other than the current step's", async () => {
    const applied = await apply();
    expect((await decide(clerk, applied.admissionApproval, 'APPROVE')).payload!.userErrors.map((e) => e.code)).toEqual(['OWN_REQUEST']);
    expect((await decide(risk, applied.admissionApproval, 'APPROVE')).payload!.userErrors.map((e) => e.code)).toEqual(['NOT_YOUR_STEP']);
    expect((await supplier(applied.id)).admissionApproval).toMatchObject({ state: 'PENDING', currentStep: 0, version: 1 });
  });

  it('SUP-008 X-050 a rejection needs a reason and leaves the supplier REJECTED, releasing its USCC for a new application', async () => {
    const applied = await apply();
    const afterUnit = await approve(unitHead, applied.admissionApproval);
    const withoutReason = await decide(risk, afterUnit, 'REJECT', '  ');
    expect(withoutReason.payload!.userErrors.map((e) => e.code)).toEqual(['COMMENT_REQUIRED']);
    expect((await supplier(applied.id)).status).toBe('APPLYING');
    const rejected = await decide(risk, afterUnit, 'REJECT', '开户许可证未加盖公章,现场考察发现无检修资质');
    expect(rejected.payload!.userErrors).toEqual([]);
    expect(rejected.payload!.approval).toMatchObject({
      state: 'REJECTED',
      steps: [{}, { decision: 'REJECTED', comment: '开户许可证未加盖公章,现场考察发现无检修资质' }, { decidedBy: null }],
    });
    expect((await supplier(applied.id)).status).toBe('REJECTED');
    // Nothing left to decide, and the rejected applicant never became a supplier: its USCC may apply again.
    expect((await decide(vp, rejected.payload!.approval!, 'APPROVE')).payload!.userErrors.map((e) => e.code)).toEqual(['NOT_PENDING']);
    expect((await apply({ usccCode: applied.usccCode })).status).toBe('APPLYING');
  });

  it('X-050 an application withdrawn by its applicant ends REJECTED too', async () => {
    const applied = await apply();
    const withdrawn = await decide(clerk, applied.admissionApproval, 'WITHDRAW');
    expect(withdrawn.payload!.approval!.state).toBe('WITHDRAWN');
    expect((await supplier(applied.id)).status).toBe('REJECTED');
  });

  it('X-050 an admission returned for changes goes back to DRAFT and the supplier stays APPLYING', async () => {
    const applied = await apply();
    const returned = await decide(unitHead, applied.admissionApproval, 'RETURN', '补充营业执照和开户许可证扫描件');
    expect(returned.payload!.approval!.state).toBe('DRAFT');
    expect((await supplier(applied.id)).status).toBe('APPLYING');
  });

  it("SUP-003 another unit's procurement staff cannot take the owning unit's step; nothing is decided", async () => {
    const applied = await apply();
    const refused = await decide(otherUnit, applied.admissionApproval, 'APPROVE', '同意');
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await supplier(applied.id)).toMatchObject({
      status: 'APPLYING',
      admissionApproval: { state: 'PENDING', currentStep: 0, version: 1 },
    });
  });

  it('X-050 each approver finds the admission awaiting them once the step before is approved', async () => {
    const applied = await apply();
    const awaiting = async (who: Caller) => {
      const result = await svc.query<{ supplierApprovals: { edges: { node: { subjectId: string } }[] } }>(
        who,
        '{ supplierApprovals(filter: { awaitingMe: true, template: "SUPPLIER_ADMISSION" }, first: 100) { edges { node { subjectId } } } }',
      );
      return result.data!.supplierApprovals.edges.map((e) => e.node.subjectId);
    };
    expect(await awaiting(unitHead)).toContain(applied.id);
    expect(await awaiting(risk)).not.toContain(applied.id);
    await approve(unitHead, applied.admissionApproval);
    expect(await awaiting(risk)).toContain(applied.id);
  });

  it('X-023 the admission shows only to callers who may read approvals; the supplier still shows', async () => {
    const applied = await apply();
    const result = await svc.query<{ supplier: { code: string; admissionApproval: unknown } }>(
      enterpriseMgmt,
      'query($id: ID!) { supplier(id: $id) { code admissionApproval { id } } }',
      { id: applied.id },
    );
    expect(result.data!.supplier).toEqual({ code: applied.code, admissionApproval: null });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lists suppliers with their admissions at a constant SQL count', async () => {
    for (let n = 0; n < 5; n += 1) await apply({ name: `准入批量测试${n}号检修公司` });
    const run = async (first: number) => {
      svc.sqlCounter.reset();
      const result = await svc.query<{ suppliers: { edges: { node: { admissionApproval: { state: string } | null } }[] } }>(
        gm,
        `{ suppliers(first: ${first}, filter: { nameContains: "准入批量测试" }) { edges { node { id admissionApproval { state steps { role } } } } } }`,
      );
      expect(result.data!.suppliers.edges.map((e) => e.node.admissionApproval?.state)).toEqual(Array(first).fill('PENDING'));
      return svc.sqlCounter.count;
    };
    expect(await run(5)).toBe(await run(1));
  });
});
