import { Caller } from '@crm/platform';
import { codes, completeProfile, Harness, startHarness, staff } from './support/harness';

const auditor: Caller = { id: 's-guoping', name: '郭平', roles: ['AUDIT'], departmentId: 'd-audit', departmentTree: ['d-audit'] };

const BY_ID = 'query($id: ID!) { customer(id: $id) { id name } }';
const LISTED = '{ customers(filter: { region: "密档区" }) { totalCount edges { node { id } } } }';
const BY_REFERENCE = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id name } } }';

/**
 * CUS-042 with X-032: a CONFIDENTIAL or TOP_SECRET file is read by the people it is placed with and the
 * classified-file readers, and by anyone else only with an approved file-access request naming them and the file,
 * within its grant days; the same for reads by id, lists, entity references and the audit trail. X-054: file
 * requests go to the requester's department head first.
 */
describe('CUS-042 X-032 classified customer files (integration)', () => {
  let h: Harness;
  let confidential: string;
  let other: string;
  let ordinary: string;
  beforeAll(async () => {
    h = await startHarness('2026-03-10T01:00:00Z');
    const open = async (name: string) => {
      const made = await h.mutate<{ customer: { id: string; version: number } }>(
        staff.rep,
        'createCustomer',
        completeProfile({ name, region: '密档区' }),
        'customer { id version }',
      );
      return made.customer;
    };
    const a = await open('宁波密档甲机械有限公司');
    const b = await open('宁波密档乙化工有限公司');
    ordinary = (await open('宁波普通丙电器有限公司')).id;
    for (const c of [a, b]) {
      const set = await h.mutate(
        staff.rep,
        'setCustomerConfidentiality',
        { id: c.id, version: c.version, level: 'CONFIDENTIAL', custodianId: staff.infoSpecialist.id },
        'customer { id }',
      );
      expect(set.userErrors).toEqual([]);
    }
    [confidential, other] = [a.id, b.id];
  });
  afterAll(() => h.stop());

  /** What `caller` reaches of the confidential file: by id, in the list, by entity reference. */
  const reach = async (caller: Caller, id = confidential) => {
    const byId = (await h.gql<{ customer: { id: string } | null }>(caller, BY_ID, { id })).customer?.id ?? null;
    const listed = (await h.gql<{ customers: { edges: { node: { id: string } }[] } }>(caller, LISTED)).customers.edges.some(
      (e) => e.node.id === id,
    );
    const reference =
      (await h.gql<{ _entities: ({ id: string } | null)[] }>(caller, BY_REFERENCE, { r: [{ __typename: 'Customer', id }] }))._entities[0]
        ?.id ?? null;
    return { byId: byId === id, listed, reference: reference === id };
  };
  const OPEN = { byId: true, listed: true, reference: true };
  const CLOSED = { byId: false, listed: false, reference: false };

  it('CUS-042 a CONFIDENTIAL file is closed to a manager whose scope covers it, and open to its owner, its custodian and the classified-file readers', async () => {
    expect(await reach(staff.salesManager)).toEqual(CLOSED);
    expect(await reach(staff.vp)).toEqual(CLOSED);
    expect(await reach(staff.salesManager, ordinary)).toEqual(OPEN);
    for (const reader of [staff.rep, staff.infoSpecialist, staff.csManager, staff.infoSupervisor, staff.gm])
      expect({ reader: reader.id, ...(await reach(reader)) }).toEqual({ reader: reader.id, ...OPEN });
    const count = (await h.gql<{ customers: { totalCount: number } }>(staff.salesManager, LISTED)).customers.totalCount;
    expect(count).toBe(1);
  });

  it('X-054 a file access request goes to the requester’s department head first, then the information specialist and, for a classified file, the CS manager', async () => {
    const requested = await h.mutate<{ request: { approvalId: string } }>(
      staff.rep2,
      'requestFileAccess',
      { customerId: ordinary, purpose: '核对地址', reason: '寄送合同' },
      'request { approvalId }',
    );
    const steps = async (id: string) =>
      (
        await h.gql<{ customerApprovals: { edges: { node: { id: string; steps: { role: string }[] } }[] } }>(
          staff.gm,
          '{ customerApprovals(first: 100) { edges { node { id steps { role } } } } }',
        )
      ).customerApprovals.edges
        .find((e) => e.node.id === id)!
        .node.steps.map((s) => s.role);
    expect(await steps(requested.request.approvalId)).toEqual(['DEPARTMENT_HEAD:d-sales-east', 'INFO_SPECIALIST']);
    // The head of another department, or an information specialist before the head, may not decide the first step.
    const southHead: Caller = {
      id: 's-heyong',
      name: '何勇',
      roles: ['SECTION_CHIEF'],
      departmentId: 'd-sales-south',
      departmentTree: ['d-sales-south'],
    };
    expect(codes(await h.decide(southHead, requested.request.approvalId))).toEqual(['NOT_YOUR_STEP']);
    expect(codes(await h.decide(staff.infoSpecialist, requested.request.approvalId))).toEqual(['NOT_YOUR_STEP']);
    expect(await h.approveAll(requested.request.approvalId, staff.sectionChief, staff.infoSpecialist)).toBe('APPROVED');
    const loan = await h.mutate<{ loan: { approvalId: string } }>(
      staff.rep2,
      'requestFileLoan',
      { customerId: ordinary, item: '客户档案原件', copies: 1, reason: '合同续签', days: 1 },
      'loan { approvalId }',
    );
    expect(await steps(loan.loan.approvalId)).toEqual(['DEPARTMENT_HEAD:d-sales-east', 'INFO_SPECIALIST']);
    // A head of a department above the requester's (the sales department over its east office) decides it too.
    expect(await h.approveAll(loan.loan.approvalId, staff.salesManager, staff.infoSpecialist)).toBe('APPROVED');
  });

  it('CUS-042 X-032 an approved grant opens the file it names to the person it names, by id, in lists and by reference, until it expires', async () => {
    const request = await h.mutate<{ request: { approvalId: string } }>(
      staff.salesManager,
      'requestFileAccess',
      { customerId: confidential, purpose: '核对合同', reason: '年度复核' },
      'request { approvalId }',
    );
    expect(await reach(staff.salesManager)).toEqual(CLOSED);
    // The sales department's head is the requester themself: the GM heads every department above.
    expect(await h.approveAll(request.request.approvalId, staff.gm, staff.infoSpecialist)).toBe('PENDING');
    expect(await reach(staff.salesManager)).toEqual(CLOSED);
    expect(await h.approveAll(request.request.approvalId, staff.csManager)).toBe('APPROVED');
    expect(await reach(staff.salesManager)).toEqual(OPEN);
    expect(await reach(staff.salesManager, other)).toEqual(CLOSED);
    expect(await reach(staff.salesManager2)).toEqual(CLOSED);
    h.clock.set('2026-03-13T15:00:00Z'); // 2026-03-13 23:00 in Shanghai: the last day of the 3-day grant
    expect(await reach(staff.salesManager)).toEqual(OPEN);
    h.clock.set('2026-03-13T16:01:00Z'); // 2026-03-14 in Shanghai
    expect(await reach(staff.salesManager)).toEqual(CLOSED);
    h.clock.set('2026-03-10T01:00:00Z');
  });

  it('X-032 an approved grant opens a file outside the requester’s scope', async () => {
    expect(await reach(staff.southRep, ordinary)).toEqual(CLOSED);
    const request = await h.mutate<{ request: { approvalId: string } }>(
      staff.southRep,
      'requestFileAccess',
      { customerId: ordinary, purpose: '联合投标', reason: '了解经营范围' },
      'request { approvalId }',
    );
    expect(await reach(staff.southRep, ordinary)).toEqual(CLOSED);
    expect(await h.approveAll(request.request.approvalId, staff.salesManager, staff.infoSpecialist)).toBe('APPROVED');
    expect(await reach(staff.southRep, ordinary)).toEqual(OPEN);
  });

  it('CUS-006 CUS-042 a grant on a file merged into another stays with that file: it does not open the survivor', async () => {
    const open = async (name: string) =>
      (
        await h.mutate<{ customer: { id: string; version: number } }>(
          staff.rep,
          'createCustomer',
          completeProfile({ name, region: '密档区' }),
          'customer { id version }',
        )
      ).customer;
    const [kept, folded] = [await open('宁波合并存续机械有限公司'), await open('宁波合并并入机械有限公司')];
    await h.mutate(
      staff.rep,
      'setCustomerConfidentiality',
      { id: kept.id, version: kept.version, level: 'CONFIDENTIAL', custodianId: staff.infoSpecialist.id },
      'customer { id }',
    );
    const request = await h.mutate<{ request: { approvalId: string } }>(
      staff.southRep,
      'requestFileAccess',
      { customerId: folded.id, purpose: '联合投标', reason: '核对资质' },
      'request { approvalId }',
    );
    expect(await h.approveAll(request.request.approvalId, staff.salesManager, staff.infoSpecialist)).toBe('APPROVED');
    expect(await reach(staff.southRep, folded.id)).toEqual(OPEN);
    const merged = await h.mutate<{ notMoved: { kind: string; reason: string }[] }>(
      staff.gm,
      'mergeCustomers',
      { survivorId: kept.id, mergedIds: [folded.id] },
      'notMoved { kind reason }',
    );
    expect(merged.userErrors).toEqual([]);
    expect(merged.notMoved).toContainEqual({ kind: 'fileAccessRequests', reason: 'GRANT_NAMES_ITS_FILE' });
    expect(await reach(staff.southRep, kept.id)).toEqual(CLOSED);
  });

  it('CUS-042 X-040 the audit trail withholds the values of a classified file, and of its contacts, from a reader who may not read it', async () => {
    const TRAIL =
      'query($id: String) { customerAuditTrail(filter: { entityId: $id }) { edges { node { action actorId changes { field old new } } } } }';
    type Trail = {
      customerAuditTrail: {
        edges: { node: { action: string; actorId: string; changes: { field: string; old: string | null; new: string | null }[] } }[];
      };
    };
    const created = async (caller: Caller, id: string) =>
      (await h.gql<Trail>(caller, TRAIL, { id })).customerAuditTrail.edges.map((e) => e.node).find((n) => n.action === 'CREATE')!;
    const name = (entry: { changes: { field: string; new: string | null }[] }) =>
      entry.changes.find((c) => c.field === 'name')?.new ?? null;
    expect(name(await created(staff.gm, confidential))).toBe(JSON.stringify('宁波密档甲机械有限公司'));
    const forAuditor = await created(auditor, confidential);
    expect(forAuditor.actorId).toBe(staff.rep.id);
    expect(forAuditor.changes.find((c) => c.field === 'name')).toEqual({ field: 'name', old: null, new: null });
    expect(name(await created(auditor, ordinary))).toBe(JSON.stringify('宁波普通丙电器有限公司'));
    const contact = (
      await h.gql<{ customer: { contacts: { id: string }[] } }>(staff.gm, 'query($id: ID!) { customer(id: $id) { contacts { id } } }', {
        id: confidential,
      })
    ).customer.contacts[0].id;
    expect((await created(auditor, contact)).changes.every((c) => c.old === null && c.new === null)).toBe(true);
    expect(name(await created(staff.gm, contact))).toBe(JSON.stringify('周明'));
  });

  it('CUS-042 a file raised to CONFIDENTIAL by its size without a custodian asks the information supervisor to name one; the write and its records no longer show the file to the manager', async () => {
    const made = await h.mutate<{ customer: { id: string; version: number } }>(
      staff.rep,
      'createCustomer',
      completeProfile({ name: '宁波升密丁物流有限公司', region: '密档区' }),
      'customer { id version }',
    );
    const designated = await h.mutate<{ customer: { confidentiality: string; custodianId: string | null } }>(
      staff.salesManager,
      'designateCustomerSize',
      { id: made.customer.id, version: made.customer.version, size: 'BIG', reason: '区域龙头', keyAccountManagerId: 's-liuyang' },
      'customer { confidentiality custodianId }',
    );
    // The manager's designation raised the level: the payload no longer shows the file to them (CUS-042).
    expect(designated).toEqual({ customer: null, userErrors: [] });
    const level = await h.gql<{ customer: { confidentiality: string; custodianId: string | null } }>(
      staff.gm,
      'query($id: ID!) { customer(id: $id) { confidentiality custodianId } }',
      { id: made.customer.id },
    );
    expect(level.customer).toEqual({ confidentiality: 'CONFIDENTIAL', custodianId: null });
    const seenByManager = await h.gql<{ customerTasks: { edges: { node: { customer: { id: string } | null } }[] } }>(
      staff.salesManager,
      'query($c: ID) { customerTasks(filter: { customerId: $c, kinds: [CUSTODIAN_NEEDED] }) { edges { node { customer { id } } } } }',
      { c: made.customer.id },
    );
    expect(seenByManager.customerTasks.edges.map((e) => e.node)).toEqual([{ customer: null }]);
    const tasks = await h.gql<{ customerTasks: { edges: { node: { customer: { id: string } | null; assigneeRole: string } }[] } }>(
      staff.infoSupervisor,
      'query($c: ID) { customerTasks(filter: { customerId: $c, kinds: [CUSTODIAN_NEEDED], assigneeRole: "INFO_SUPERVISOR" }) { edges { node { customer { id } assigneeRole } } } }',
      { c: made.customer.id },
    );
    expect(tasks.customerTasks.edges.map((e) => e.node)).toEqual([{ customer: { id: made.customer.id }, assigneeRole: 'INFO_SUPERVISOR' }]);
  });
});
