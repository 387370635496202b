import { randomUUID } from 'node:crypto';
import { Kind, parse } from 'graphql';
import { businessDate, Caller, DEFAULT_ACCESS_POLICY, Env, readSubgraphSdl } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, SERVICE_NAME, sourceDir, start } from '../src';
import { CREDIT_PROTECTED_FIELDS, MASKED_FIELD_COLUMNS } from '../src/shared/protected-fields';
import { approveAll, salesManager } from './support/limit-approvals';

/** The credit audit trail as the platform serves it for this subgraph. */
const controller: Caller = { id: 's-huangqiang', name: '黄强', roles: ['CREDIT_CONTROLLER'], departmentId: 'd-hq' };
const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance' };
const auditor: Caller = { id: 's-guoping', name: '郭平', roles: ['AUDIT'], departmentId: 'd-audit' };
const admin: Caller = { id: 's-admin', name: '系统管理员', roles: ['SYSTEM_ADMIN'], departmentId: 'd-hq' };
/** A role a deployment could configure: exports the trail but holds no field group, so the export is masked. */
const exportClerk: Caller = { id: 's-export', name: '审计导出员', roles: ['AUDIT_EXPORT_CLERK'], departmentId: 'd-audit' };
const zhang: Caller = {
  id: 's-zhangwei',
  name: '张伟',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};

const OPEN = 'mutation($input: OpenCreditProfileInput!) { openCreditProfile(input: $input) { userErrors { code } } }';
const UPDATE =
  'mutation($input: UpdateCreditProfileInput!) { updateCreditProfile(input: $input) { creditProfile { version } userErrors { code } } }';
const SET_LIMIT =
  'mutation($input: SetCreditLimitInput!) { setCreditLimit(input: $input) { creditLimit { id approvalId } userErrors { code } } }';
const TRAIL = `query($f: AuditFilter, $first: Int) { creditAuditTrail(filter: $f, first: $first) {
  totalCount edges { node { actorId entityType entityId action note changes { field old new } } } } }`;

type Change = { field: string; old: string | null; new: string | null };
type Entry = { actorId: string; entityType: string; entityId: string; action: string; note: string | null; changes: Change[] };

describe('credit audit trail (X-040, X-041, X-042, X-043)', () => {
  let svc: TestSubgraph;
  const today = businessDate(new Date(), 'Asia/Shanghai');
  const customerId = randomUUID();
  let limit: { id: string; approvalId: string };

  beforeAll(async () => {
    const withExportClerk = (env: Env) => ({
      ...loadConfig(env),
      accessPolicy: {
        ...DEFAULT_ACCESS_POLICY,
        AUDIT_EXPORT_CLERK: { title: '审计导出员', scope: 'ALL' as const, grants: ['audit:READ', 'audit:EXPORT'] },
      },
    });
    svc = await startTestSubgraph('credit', withExportClerk, start);
    await svc.query(controller, OPEN, { input: { customerId, grade: 'B', amlLevel: 'LOW' } });
    const updated = await svc.query<{ updateCreditProfile: { userErrors: unknown[] } }>(controller, UPDATE, {
      input: { customerId, version: 1, grade: 'A', onHold: true },
    });
    expect(updated.data!.updateCreditProfile.userErrors).toEqual([]);
    const set = await svc.query<{ setCreditLimit: { creditLimit: { id: string; approvalId: string } } }>(finance, SET_LIMIT, {
      input: { customerId, amount: '450000', validFrom: today },
    });
    limit = set.data!.setCreditLimit.creditLimit;
    await approveAll(svc, limit.approvalId);
  });
  afterAll(() => svc.stop());

  const trail = async (caller: Caller, filter: Record<string, unknown>) => {
    const result = await svc.query<{ creditAuditTrail: { totalCount: number; edges: { node: Entry }[] } }>(caller, TRAIL, {
      f: filter,
      first: 50,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.creditAuditTrail.edges.map((e) => e.node);
  };
  const change = (entry: Entry, field: string) => entry.changes.find((c) => c.field === field);

  it('X-040 a profile opened and edited through the API is in the trail, newest first, as its caller, with old → new', async () => {
    const entries = await trail(auditor, { entityType: 'credit_profile', entityId: customerId });
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ['UPDATE', controller.id],
      ['CREATE', controller.id],
    ]);
    const [update, create] = entries;
    expect(change(create, 'grade')).toEqual({ field: 'grade', old: null, new: '"B"' });
    expect(change(create, 'amlLevel')).toEqual({ field: 'amlLevel', old: null, new: '"LOW"' });
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: 'grade', old: '"B"', new: '"A"' },
        { field: 'paymentTermDays', old: '45', new: '30' },
        { field: 'onHold', old: 'false', new: 'true' },
        { field: 'version', old: '1', new: '2' },
      ]),
    );
    expect(change(update, 'amlLevel')).toBeUndefined();
  });

  it('X-040 a stale update writes nothing to the trail (X-043)', async () => {
    const stale = await svc.query<{ updateCreditProfile: { userErrors: { code: string }[] } }>(controller, UPDATE, {
      input: { customerId, version: 1, grade: 'C' },
    });
    expect(stale.data!.updateCreditProfile.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    expect(await trail(auditor, { entityType: 'credit_profile', entityId: customerId, actions: ['UPDATE'] })).toHaveLength(1);
  });

  it('X-040/X-041 a limit request and its approval are audited: the pending row, the request, the decision and the limit taking effect', async () => {
    const [effective, created] = await trail(auditor, { entityType: 'credit_limit', entityId: limit.id });
    expect(created).toMatchObject({ action: 'CREATE', actorId: finance.id });
    expect(change(created, 'amount')).toEqual({ field: 'amount', old: null, new: '"450000.00"' });
    expect(change(created, 'state')).toEqual({ field: 'state', old: null, new: '"PENDING_APPROVAL"' });
    expect(effective).toMatchObject({ action: 'UPDATE', actorId: salesManager.id });
    expect(change(effective, 'state')).toEqual({ field: 'state', old: '"PENDING_APPROVAL"', new: '"EFFECTIVE"' });
    const request = await trail(auditor, { entityType: 'approval_request', entityId: limit.approvalId });
    expect(request.map((e) => [e.action, e.actorId])).toEqual([
      ['DECISION', salesManager.id],
      ['UPDATE', salesManager.id],
      ['CREATE', finance.id],
    ]);
    expect(request[0].note).toBe('CREDIT_LIMIT APPROVE: 同意 → APPROVED');
  });

  it('X-022 the trail hides ratings, limits and requested amounts from a reader without credit.rating:READ; the auditor sees them', async () => {
    const [update, create] = await trail(admin, { entityType: 'credit_profile', entityId: customerId });
    expect(change(update, 'grade')).toEqual({ field: 'grade', old: null, new: null });
    expect(change(create, 'amlLevel')).toEqual({ field: 'amlLevel', old: null, new: null });
    expect(change(update, 'onHold')).toEqual({ field: 'onHold', old: 'false', new: 'true' });
    const [, limitCreated] = await trail(admin, { entityType: 'credit_limit', entityId: limit.id });
    expect(change(limitCreated, 'amount')).toEqual({ field: 'amount', old: null, new: null });
    expect(change(limitCreated, 'scopeId')).toEqual({ field: 'scopeId', old: null, new: JSON.stringify(customerId) });
    const requestCreated = (await trail(admin, { entityType: 'approval_request', entityId: limit.approvalId, actions: ['CREATE'] }))[0];
    expect(change(requestCreated, 'attributes')).toEqual({ field: 'attributes', old: null, new: null });
    const full = (await trail(auditor, { entityType: 'approval_request', entityId: limit.approvalId, actions: ['CREATE'] }))[0];
    expect(JSON.parse(JSON.parse(change(full, 'attributes')!.new!))).toEqual({ amount: '450000.00', grade: 'A', kind: null });
  });

  it('X-022 every field the SDL masks is mapped to its audited column, and that column is protected in the trail', () => {
    const masked: string[] = [];
    for (const definition of parse(readSubgraphSdl(sourceDir, SERVICE_NAME)).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      for (const field of definition.fields ?? []) {
        if (field.directives?.some((d) => d.name.value === 'masked')) masked.push(`${definition.name.value}.${field.name.value}`);
      }
    }
    expect(masked.sort()).toEqual(Object.keys(MASKED_FIELD_COLUMNS).sort());
    for (const column of Object.values(MASKED_FIELD_COLUMNS)) {
      if (column)
        expect(CREDIT_PROTECTED_FIELDS[column.table]?.[column.column]).toEqual({ permission: 'credit.rating:READ', style: 'HIDE' });
    }
  });

  it('X-042 the trail exports as CSV with a BOM, masked like the query, and the export is itself audited (X-041)', async () => {
    type Export = { creditAuditExport: { rows: number; csv: string } };
    const exported = await svc.query<Export>(auditor, 'query($f: AuditFilter) { creditAuditExport(filter: $f) { rows csv } }', {
      f: { entityType: 'credit_profile', entityId: customerId },
    });
    expect(exported.errors).toBeUndefined();
    const { rows, csv } = exported.data!.creditAuditExport;
    expect(rows).toBe(2);
    expect(csv.startsWith('\uFEFFat,actor,request,entity_type,entity_id,action,field,old,new,note\r\n')).toBe(true);
    expect(csv).toContain(`,${controller.id},`);
    expect(csv).toContain(`,${customerId},UPDATE,grade,B,A,\r\n`);
    const masked = await svc.query<Export>(exportClerk, 'query($f: AuditFilter) { creditAuditExport(filter: $f) { csv } }', {
      f: { entityType: 'credit_profile', entityId: customerId },
    });
    expect(masked.data!.creditAuditExport.csv).toContain(`,${customerId},UPDATE,grade,,,\r\n`);
    expect(masked.data!.creditAuditExport.csv).toContain(`,${customerId},UPDATE,onHold,false,true,\r\n`);
    // SYSTEM_ADMIN reads the trail (audit:READ) but may not export it.
    expect((await svc.query(admin, '{ creditAuditExport { rows } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const exports = await trail(auditor, { actions: ['EXPORT'] });
    expect(exports.map((e) => [e.actorId, e.entityType])).toEqual([
      [exportClerk.id, 'audit_entry'],
      [auditor.id, 'audit_entry'],
    ]);
  });

  it('X-023 a sales rep is refused the trail, its export and approving with FORBIDDEN, and lists none of the others’ requests', async () => {
    const refusals = [
      await svc.query(zhang, TRAIL, { f: {} }),
      await svc.query(zhang, '{ creditAuditExport { rows } }'),
      await svc.query(zhang, 'mutation($input: DecideApprovalInput!) { decideCreditApproval(input: $input) { userErrors { code } } }', {
        input: { id: limit.approvalId, version: 1, decision: 'APPROVE' },
      }),
    ];
    expect(refusals.map((r) => r.errors?.[0].extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(
      (await svc.query<{ creditApprovals: { totalCount: number } }>(zhang, '{ creditApprovals { totalCount } }')).data!.creditApprovals
        .totalCount,
    ).toBe(0);
  });
});
