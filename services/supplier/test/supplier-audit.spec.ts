import { Caller, usccCheckCharacter } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';

/** The supplier subgraph's audit trail with X-022 masking, over its GraphQL API. */
const buyer: Caller = {
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
const auditor: Caller = { id: 's-guoping', name: '郭平', roles: ['AUDIT'], departmentId: 'd-audit', departmentTree: ['d-audit'] };
const admin: Caller = { id: 's-admin', name: '系统管理员', roles: ['SYSTEM_ADMIN'], departmentId: 'd-hq', departmentTree: ['d-hq'] };
const salesRep: Caller = {
  id: 's-zhangwei',
  name: '张伟',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};

const ACCOUNT = '6222020012345678901';
const USCC = (() => {
  const first17 = '91130200MA0Q7K3L2';
  return first17 + usccCheckCharacter(first17);
})();

interface Entry {
  actorId: string;
  entityType: string;
  entityId: string;
  action: string;
  note: string | null;
  changes: { field: string; old: string | null; new: string | null }[];
}
const TRAIL = `query($filter: AuditFilter) {
  supplierAuditTrail(filter: $filter, first: 50) { totalCount edges { node { actorId entityType entityId action note changes { field old new } } } }
}`;

describe('supplier audit trail (X-040)', () => {
  let svc: TestSubgraph;
  let supplierId: string;
  let approval: { id: string; version: number };

  beforeAll(async () => {
    svc = await startTestSubgraph('supplier', loadConfig, start);
    const registered = await svc.query<{
      registerSupplier: { supplier: { id: string; admissionApproval: { id: string; version: number } } };
    }>(
      buyer,
      `mutation($input: RegisterSupplierInput!) { registerSupplier(input: $input) { supplier { id admissionApproval { id version } } userErrors { code } } }`,
      {
        input: {
          name: '唐山恒达设备检修工程有限公司',
          usccCode: USCC,
          kind: 'CONTRACTOR',
          scopes: ['MAINTENANCE'],
          bankAccount: { bank: '中国建设银行唐山分行', accountNo: ACCOUNT },
          contactName: '程亮',
          contactPhone: '13903150001',
        },
      },
    );
    supplierId = registered.data!.registerSupplier.supplier.id;
    approval = registered.data!.registerSupplier.supplier.admissionApproval;
    const updated = await svc.query<{ updateSupplier: { userErrors: unknown[] } }>(
      buyer,
      'mutation($input: UpdateSupplierInput!) { updateSupplier(input: $input) { userErrors { code } } }',
      { input: { id: supplierId, version: 1, name: '唐山恒达设备检修工程集团有限公司', contactPhone: '13803150002' } },
    );
    expect(updated.data!.updateSupplier.userErrors).toEqual([]);
  });
  afterAll(() => svc.stop());

  const trail = async (who: Caller, filter: Record<string, unknown>) =>
    (
      await svc.query<{ supplierAuditTrail: { totalCount: number; edges: { node: Entry }[] } }>(who, TRAIL, { filter })
    ).data!.supplierAuditTrail.edges.map((e) => e.node);
  const change = (entry: Entry, field: string) => entry.changes.find((c) => c.field === field);

  it('X-040 a registration and an edit appear in the trail as their caller, the create as a full snapshot and the edit as old → new', async () => {
    const entries = await trail(auditor, { entityType: 'supplier', entityId: supplierId });
    const created = entries.find((e) => e.action === 'CREATE')!;
    expect(created.actorId).toBe(buyer.id);
    expect(change(created, 'name')).toEqual({ field: 'name', old: null, new: JSON.stringify('唐山恒达设备检修工程有限公司') });
    expect(change(created, 'status')).toEqual({ field: 'status', old: null, new: '"APPLYING"' });
    const [edit] = entries.filter((e) => e.action === 'UPDATE');
    expect(edit.actorId).toBe(buyer.id);
    expect(edit.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', old: JSON.stringify('唐山恒达设备检修工程有限公司'), new: JSON.stringify('唐山恒达设备检修工程集团有限公司') },
        { field: 'contactPhone', old: '"13903150001"', new: '"13803150002"' },
        { field: 'version', old: '1', new: '2' },
      ]),
    );
    // Fields the edit did not change are not listed.
    expect(change(edit, 'usccCode')).toBeUndefined();
  });

  it('X-040 SUP-008 the admission request is created with the registration, by the same caller', async () => {
    const [created] = await trail(auditor, { entityType: 'approval_request', entityId: approval.id });
    expect(created).toMatchObject({ action: 'CREATE', actorId: buyer.id });
    expect(change(created, 'subjectId')!.new).toBe(JSON.stringify(supplierId));
  });

  it('X-022 a reader without supplier.bank or supplier.contact sees bank account and contact masked in the trail; AUDIT sees them', async () => {
    const [masked] = await trail(admin, { entityType: 'supplier', entityId: supplierId, actions: ['CREATE'] });
    expect(change(masked, 'bankAccountNo')!.new).toBe('"***************8901"');
    expect(change(masked, 'contactPhone')!.new).toBe('"139****0001"');
    expect(change(masked, 'contactName')!.new).toBeNull();
    expect(change(masked, 'name')!.new).toBe(JSON.stringify('唐山恒达设备检修工程有限公司'));
    const [maskedEdit] = await trail(admin, { entityType: 'supplier', entityId: supplierId, actions: ['UPDATE'] });
    expect(change(maskedEdit, 'contactPhone')).toEqual({ field: 'contactPhone', old: '"139****0001"', new: '"138****0002"' });
    const [clear] = await trail(auditor, { entityType: 'supplier', entityId: supplierId, actions: ['CREATE'] });
    expect(change(clear, 'bankAccountNo')!.new).toBe(JSON.stringify(ACCOUNT));
    expect(change(clear, 'contactName')!.new).toBe('"程亮"');
  });

  it('X-041 X-040 an approval decision is audited as a DECISION, and the status it sets as an UPDATE by the decider', async () => {
    const decided = await svc.query<{ decideSupplierApproval: { userErrors: unknown[] } }>(
      unitHead,
      'mutation($input: DecideApprovalInput!) { decideSupplierApproval(input: $input) { userErrors { code } } }',
      { input: { id: approval.id, version: approval.version, decision: 'WITHDRAW' } },
    );
    // Only the requester may withdraw: the refusal changes nothing, so nothing is audited for it.
    expect(decided.data!.decideSupplierApproval.userErrors).toEqual([{ code: 'NOT_REQUESTER' }]);
    await svc.query(buyer, 'mutation($input: DecideApprovalInput!) { decideSupplierApproval(input: $input) { userErrors { code } } }', {
      input: { id: approval.id, version: approval.version, decision: 'WITHDRAW' },
    });
    const decisions = await trail(auditor, { entityType: 'approval_request', entityId: approval.id, actions: ['DECISION'] });
    expect(decisions).toEqual([expect.objectContaining({ actorId: buyer.id, note: 'SUPPLIER_ADMISSION WITHDRAW → WITHDRAWN' })]);
    const [statusChange] = await trail(auditor, { entityType: 'supplier', entityId: supplierId, actions: ['UPDATE'] });
    expect(statusChange.actorId).toBe(buyer.id);
    expect(change(statusChange, 'status')).toEqual({ field: 'status', old: '"APPLYING"', new: '"REJECTED"' });
  });

  it('X-042 the trail exports as CSV with a BOM, and the export is itself audited (X-041)', async () => {
    const exported = await svc.query<{ supplierAuditExport: { rows: number; csv: string } }>(
      auditor,
      'query($f: AuditFilter) { supplierAuditExport(filter: $f) { rows csv } }',
      {
        f: { entityType: 'supplier', entityId: supplierId },
      },
    );
    const { rows, csv } = exported.data!.supplierAuditExport;
    expect(csv.startsWith('\uFEFFat,actor,request,entity_type,entity_id,action,field,old,new,note\r\n')).toBe(true);
    expect(rows).toBe(3);
    expect(csv).toContain(`supplier,${supplierId},CREATE,bankAccountNo,,${ACCOUNT}`);
    const exports = await trail(auditor, { actions: ['EXPORT'] });
    expect(exports).toEqual([expect.objectContaining({ actorId: auditor.id, entityType: 'audit_entry' })]);
  });

  it('X-023 a sales rep may neither read nor export the trail nor decide approvals, and lists none of the others’ requests', async () => {
    const codes = async (query: string, variables?: Record<string, unknown>) =>
      (await svc.query(salesRep, query, variables)).errors?.map((e) => e.extensions?.code);
    expect(await codes('{ supplierAuditTrail { totalCount } }')).toEqual(['FORBIDDEN']);
    expect(await codes('{ supplierAuditExport { rows } }')).toEqual(['FORBIDDEN']);
    expect(
      (await svc.query<{ supplierApprovals: { totalCount: number } }>(salesRep, '{ supplierApprovals { totalCount } }')).data!
        .supplierApprovals.totalCount,
    ).toBe(0);
    expect(
      await codes('mutation($input: DecideApprovalInput!) { decideSupplierApproval(input: $input) { userErrors { code } } }', {
        input: { id: approval.id, version: 1, decision: 'APPROVE' },
      }),
    ).toEqual(['FORBIDDEN']);
  });
});
