import { Kind, StringValueNode } from 'graphql';
import { Caller, demoCustomerId } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start, subgraph } from '../src';
import { ComplaintEntity } from '../src/modules/intake/entities/complaint.entity';
import {
  COMPLAINT_CONTENT_PERMISSION,
  COMPLAINT_PROTECTED_FIELDS,
  COMPLAINT_TABLE,
  MASKED_FIELD_COLUMNS,
} from '../src/modules/intake/confidentiality.rules';

/** The complaint subgraph's audit trail and approvals root fields, through the GraphQL API. */
const agent: Caller = { id: 's-zhouxin', name: '周欣', roles: ['CS_AGENT'], departmentId: 'd-cs', departmentTree: ['d-cs'] };
const csManager: Caller = { id: 's-wuhui', name: '吴慧', roles: ['CS_MANAGER'], departmentId: 'd-cs', departmentTree: ['d-cs'] };
const zhang: Caller = {
  id: 's-zhangwei',
  name: '张伟',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
/** Holds audit:READ and audit:EXPORT and every field group. */
const auditor: Caller = { id: 's-guoping', name: '郭平', roles: ['AUDIT'], departmentId: 'd-audit', departmentTree: ['d-audit'] };
/** Holds audit:READ but no field group, so not complaint.content:READ. */
const admin: Caller = { id: 's-admin', name: '系统管理员', roles: ['SYSTEM_ADMIN'], departmentId: 'd-hq', departmentTree: ['d-hq'] };

const PHONE = '13812345678';
const NEW_PHONE = '13987654321';
const NARRATIVE = '本批到货有 12 箱外包装破损、瓶盖松动。';
const CORRECTED = '本批到货有 12 箱外包装破损、瓶盖松动,另有 2 箱标签错误。';
const RESOLUTION = '退换破损产品';
const REQUEST = '退换并说明原因';

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterComplaintInput!) {
    registerComplaint(input: $input) {
      complaint {
        id
        number
        version
      }
      userErrors {
        code
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateComplaintInput!) {
    updateComplaint(input: $input) {
      complaint {
        version
      }
      userErrors {
        code
      }
    }
  }
`;
const TRAIL = /* GraphQL */ `
  query ($filter: AuditFilter) {
    complaintAuditTrail(filter: $filter) {
      totalCount
      edges {
        node {
          actorId
          entityType
          entityId
          action
          changes {
            field
            old
            new
          }
        }
      }
    }
  }
`;
const EXPORT = /* GraphQL */ `
  query ($filter: AuditFilter) {
    complaintAuditExport(filter: $filter) {
      rows
      csv
    }
  }
`;

type Change = { field: string; old: string | null; new: string | null };
type Entry = { actorId: string; entityType: string; entityId: string; action: string; changes: Change[] };
type Trail = { complaintAuditTrail: { totalCount: number; edges: { node: Entry }[] } };

const change = (entry: Entry, field: string) => entry.changes.find((c) => c.field === field);
const decoded = (json: string | null | undefined): unknown => (json == null ? null : JSON.parse(json));

describe('complaint audit trail and approvals', () => {
  let svc: TestSubgraph;
  let complaintId: string;
  let complaintNumber: string;

  const trail = async (caller: Caller, filter: Record<string, unknown>) => {
    const result = await svc.query<Trail>(caller, TRAIL, { filter });
    expect(result.errors).toBeUndefined();
    return result.data!.complaintAuditTrail;
  };
  /** The complaint's entries, newest first: [UPDATE, CREATE]. */
  const entriesOf = async (caller: Caller) =>
    (await trail(caller, { entityType: COMPLAINT_TABLE, entityId: complaintId })).edges.map((e) => e.node);
  const errorCode = async (caller: Caller, query: string, variables?: Record<string, unknown>) =>
    (await svc.query(caller, query, variables)).errors?.[0].extensions?.code;

  beforeAll(async () => {
    svc = await startTestSubgraph('complaint', loadConfig, start);
    const registered = await svc.query<{ registerComplaint: { complaint: { id: string; number: string }; userErrors: unknown[] } }>(
      agent,
      REGISTER,
      {
        input: {
          customerId: demoCustomerId(3),
          channel: 'WRITTEN',
          complainants: [{ name: '王建国', phone: PHONE, organisation: '采购部' }],
          targetType: 'PRODUCT',
          targetRef: 'JX-500 型',
          narrative: NARRATIVE,
          desiredResolution: RESOLUTION,
          nature: 'QUALITY',
          qualityDetails: {
            orderNo: 'SO2026000123',
            partNo: 'JX-500-12',
            quantity: 200,
            defectiveQty: 12,
            deliveryDate: '2026-03-01',
            customerRequest: REQUEST,
          },
          receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        },
      },
    );
    expect(registered.data!.registerComplaint.userErrors).toEqual([]);
    ({ id: complaintId, number: complaintNumber } = registered.data!.registerComplaint.complaint);
    const updated = await svc.query<{ updateComplaint: { userErrors: unknown[] } }>(agent, UPDATE, {
      input: {
        id: complaintId,
        version: 1,
        narrative: CORRECTED,
        targetRef: 'JX-500-12 型',
        complainants: [{ name: '王建国', phone: NEW_PHONE, organisation: '采购部' }],
      },
    });
    expect(updated.data!.updateComplaint.userErrors).toEqual([]);
  });
  afterAll(() => svc.stop());

  it('X-022 every field the SDL masks is protected in the trail under the same permission, on a column of the complaint table', () => {
    const masked: Record<string, { unless: string; style: string }> = {};
    for (const type of subgraph.typeDefs.definitions) {
      if (type.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      for (const field of type.fields ?? []) {
        const directive = field.directives?.find((d) => d.name.value === 'masked');
        if (!directive) continue;
        const arg = (name: string) => (directive.arguments!.find((a) => a.name.value === name)!.value as StringValueNode).value;
        masked[`${type.name.value}.${field.name.value}`] = { unless: arg('unless'), style: arg('style') };
      }
    }
    expect(Object.keys(masked).sort()).toEqual(Object.keys(MASKED_FIELD_COLUMNS).sort());
    for (const [coordinate, { unless, style }] of Object.entries(masked)) {
      const rule = MASKED_FIELD_COLUMNS[coordinate];
      expect({ coordinate, permission: rule.permission }).toEqual({ coordinate, permission: unless });
      // The trail hides at least as much as the API: the same mask, or the whole value.
      expect([style, 'HIDE']).toContain(rule.style);
    }
    const metadata = svc.dataSource.getMetadata(ComplaintEntity);
    expect(Object.keys(COMPLAINT_PROTECTED_FIELDS)).toEqual([metadata.tableName]);
    for (const column of Object.keys(COMPLAINT_PROTECTED_FIELDS[COMPLAINT_TABLE]))
      expect(metadata.findColumnWithPropertyName(column)).toBeDefined();
  });

  it('X-040 a registration through the API is in the trail as its caller, with the full initial snapshot', async () => {
    const [, created] = await entriesOf(auditor);
    expect(created).toMatchObject({ actorId: agent.id, entityType: 'complaint', entityId: complaintId, action: 'CREATE' });
    expect(created.changes).toEqual(
      expect.arrayContaining([
        { field: 'number', old: null, new: JSON.stringify(complaintNumber) },
        { field: 'state', old: null, new: '"REGISTERED"' },
        { field: 'narrative', old: null, new: JSON.stringify(NARRATIVE) },
        { field: 'registeredBy', old: null, new: JSON.stringify(agent.id) },
        { field: 'version', old: null, new: '1' },
      ]),
    );
  });

  it('X-040 an edit through the API records old → new of exactly the fields it changed, against the record, as its caller', async () => {
    const [edited] = await entriesOf(auditor);
    expect(edited).toMatchObject({ actorId: agent.id, entityId: complaintId, action: 'UPDATE' });
    expect([...edited.changes].sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      {
        field: 'complainants',
        old: JSON.stringify([{ name: '王建国', phone: PHONE, organisation: '采购部' }]),
        new: JSON.stringify([{ name: '王建国', phone: NEW_PHONE, organisation: '采购部' }]),
      },
      { field: 'narrative', old: JSON.stringify(NARRATIVE), new: JSON.stringify(CORRECTED) },
      { field: 'targetRef', old: '"JX-500 型"', new: '"JX-500-12 型"' },
      { field: 'version', old: '1', new: '2' },
    ]);
  });

  it('X-040 X-043 a stale edit writes and records nothing, and no edit is recorded as an unidentified bulk update', async () => {
    const before = (await entriesOf(auditor)).length;
    const stale = await svc.query<{ updateComplaint: { userErrors: { code: string }[] } }>(agent, UPDATE, {
      input: { id: complaintId, version: 1, important: true },
    });
    expect(stale.data!.updateComplaint.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    expect(await entriesOf(auditor)).toHaveLength(before);
    expect((await trail(auditor, { entityId: '(bulk)' })).totalCount).toBe(0);
  });

  it('CMP-041 a trail reader without complaint.content:READ (SYSTEM_ADMIN) sees the narrative hidden; AUDIT sees it', async () => {
    const [adminsEdit, adminsCreate] = await entriesOf(admin);
    expect(change(adminsCreate, 'narrative')).toEqual({ field: 'narrative', old: null, new: null });
    expect(change(adminsEdit, 'narrative')).toEqual({ field: 'narrative', old: null, new: null });
    const [auditorsEdit, auditorsCreate] = await entriesOf(auditor);
    expect(change(auditorsCreate, 'narrative')!.new).toBe(JSON.stringify(NARRATIVE));
    expect(change(auditorsEdit, 'narrative')).toEqual({
      field: 'narrative',
      old: JSON.stringify(NARRATIVE),
      new: JSON.stringify(CORRECTED),
    });
    // Only the confidential fields are hidden: the rest of the change stays readable for the administrator.
    expect(change(adminsEdit, 'targetRef')).toEqual({ field: 'targetRef', old: '"JX-500 型"', new: '"JX-500-12 型"' });
  });

  it('CMP-041 X-022 desired resolution, customer request and the whole complainants column (phones) are hidden in the trail without the permission', async () => {
    const adminsView = await entriesOf(admin);
    const [adminsEdit, adminsCreate] = adminsView;
    expect(change(adminsCreate, 'desiredResolution')).toEqual({ field: 'desiredResolution', old: null, new: null });
    expect(change(adminsCreate, 'customerRequest')).toEqual({ field: 'customerRequest', old: null, new: null });
    // Nothing of a complainant is left: no phone, masked or not, and no name or unit beside it.
    for (const entry of adminsView) {
      const complainants = change(entry, 'complainants')!;
      for (const value of [complainants.old, complainants.new])
        expect([null, ...((decoded(value) as unknown[] | null) ?? [])].every((v) => v === null)).toBe(true);
    }
    const shown = JSON.stringify(adminsView);
    for (const secret of [PHONE, NEW_PHONE, '5678', '4321', '王建国', RESOLUTION, REQUEST]) expect(shown).not.toContain(secret);
    expect(change(adminsEdit, 'version')).toEqual({ field: 'version', old: '1', new: '2' });

    const [, auditorsCreate] = await entriesOf(auditor);
    expect(decoded(change(auditorsCreate, 'complainants')!.new)).toEqual([{ name: '王建国', phone: PHONE, organisation: '采购部' }]);
    expect(change(auditorsCreate, 'desiredResolution')!.new).toBe(JSON.stringify(RESOLUTION));
    expect(change(auditorsCreate, 'customerRequest')!.new).toBe(JSON.stringify(REQUEST));
    expect(COMPLAINT_PROTECTED_FIELDS[COMPLAINT_TABLE].narrative.permission).toBe(COMPLAINT_CONTENT_PERMISSION);
  });

  it('X-042 the filtered trail exports as CSV with BOM for AUDIT, and the export is itself audited (X-041)', async () => {
    const result = await svc.query<{ complaintAuditExport: { rows: number; csv: string } }>(auditor, EXPORT, {
      filter: { entityType: COMPLAINT_TABLE, entityId: complaintId },
    });
    expect(result.errors).toBeUndefined();
    const { rows, csv } = result.data!.complaintAuditExport;
    expect(rows).toBe(2);
    expect(csv.startsWith('\uFEFFat,actor,request,entity_type,entity_id,action,field,old,new,note\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n').slice(1);
    expect(lines.every((line) => line.includes(`,${agent.id},`) && line.includes(`,complaint,${complaintId},`))).toBe(true);
    expect(lines.some((line) => line.includes(`,UPDATE,narrative,`) && line.includes(CORRECTED))).toBe(true);
    const exports = await trail(auditor, { actions: ['EXPORT'], actorId: auditor.id });
    expect(exports.totalCount).toBe(1);
    // Reading the trail does not include exporting it.
    expect(await errorCode(admin, EXPORT, { filter: { entityId: complaintId } })).toBe('FORBIDDEN');
  });

  it('X-023 a sales rep may not read, export or decide anything of governance (listing shows only their own requests); a CS manager handles complaints but is no auditor', async () => {
    expect(await errorCode(zhang, TRAIL, { filter: { entityId: complaintId } })).toBe('FORBIDDEN');
    expect(await errorCode(zhang, EXPORT, {})).toBe('FORBIDDEN');
    expect(await errorCode(zhang, '{ complaintApprovals { totalCount } }')).toBeUndefined();
    expect(
      await errorCode(zhang, 'mutation($input: DecideApprovalInput!) { decideComplaintApproval(input: $input) { userErrors { code } } }', {
        input: { id: '00000000-0000-4000-8000-000000000000', version: 1, decision: 'APPROVE' },
      }),
    ).toBe('FORBIDDEN');
    expect(await errorCode(csManager, TRAIL, { filter: { entityId: complaintId } })).toBe('FORBIDDEN');
  });

  it('complaintApprovals answers an empty list until COMPLAINT_EXTENSION arrives with the SLA engine; deciding an unknown request is NOT_FOUND', async () => {
    const approvals = await svc.query<{ complaintApprovals: unknown }>(
      csManager,
      '{ complaintApprovals { totalCount edges { node { id } } pageInfo { hasNextPage } } awaiting: complaintApprovals(filter: { awaitingMe: true }) { totalCount } }',
    );
    expect(approvals.errors).toBeUndefined();
    expect(approvals.data).toEqual({
      complaintApprovals: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false } },
      awaiting: { totalCount: 0 },
    });
    const decided = await svc.query<{ decideComplaintApproval: unknown }>(
      csManager,
      'mutation($input: DecideApprovalInput!) { decideComplaintApproval(input: $input) { approval { id } userErrors { code field } } }',
      { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, decision: 'APPROVE' } },
    );
    expect(decided.data!.decideComplaintApproval).toEqual({ approval: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }] });
  });
});
