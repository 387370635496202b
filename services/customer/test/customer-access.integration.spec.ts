import { Caller, maskValue, undeclaredPermissions } from '@crm/platform';
import { subgraph } from '../src';
import { completeProfile, Harness, startHarness, staff } from './support/harness';

const enterpriseMgmt: Caller = {
  id: 's-qiming',
  name: '齐明',
  roles: ['ENTERPRISE_MGMT'],
  departmentId: 'd-admin',
  departmentTree: ['d-admin'],
};
const auditor: Caller = { id: 's-guoping', name: '郭平', roles: ['AUDIT'], departmentId: 'd-audit', departmentTree: ['d-audit'] };
const admin: Caller = { id: 's-admin', name: '系统管理员', roles: ['SYSTEM_ADMIN'], departmentId: 'd-hq', departmentTree: ['d-hq'] };

/** Platform governance in the customer subgraph: permissions, data scopes, masking, audit. */
describe('customer access and audit (integration)', () => {
  let h: Harness;
  let theirs: string;
  beforeAll(async () => {
    h = await startHarness();
    theirs = (
      await h.mutate<{ customer: { id: string } }>(
        staff.southRep,
        'createCustomer',
        completeProfile({ name: '广州金桥电子有限公司', region: '权限区' }),
        'customer { id }',
      )
    ).customer.id;
  });
  afterAll(() => h.stop());

  it('declares a permission on every root field and on the Customer entity', () => {
    expect(undeclaredPermissions(subgraph.typeDefs)).toEqual([]);
  });

  it('X-021 a SALES_REP cannot reach a colleague’s customer by id, by list, by entity reference or through a search', async () => {
    expect(
      (await h.gql<{ customer: null }>(staff.rep, 'query($id: ID!) { customer(id: $id) { id } }', { id: theirs })).customer,
    ).toBeNull();
    expect(
      (await h.gql<{ customers: { totalCount: number } }>(staff.rep, '{ customers(filter: { region: "权限区" }) { totalCount } }'))
        .customers.totalCount,
    ).toBe(0);
    const reference = await h.gql<{ _entities: (null | { id: string })[] }>(
      staff.rep,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id } } }',
      {
        r: [{ __typename: 'Customer', id: theirs }],
      },
    );
    expect(reference._entities).toEqual([null]);
    expect(
      (await h.gql<{ customer: { id: string } }>(staff.southRep, 'query($id: ID!) { customer(id: $id) { id } }', { id: theirs })).customer
        .id,
    ).toBe(theirs);
    expect(
      (await h.gql<{ customers: { totalCount: number } }>(staff.salesManager, '{ customers(filter: { region: "权限区" }) { totalCount } }'))
        .customers.totalCount,
    ).toBe(1);
  });

  it('CUS-001 X-021 a customer a manager opens for a rep belongs to the rep’s department, so the manager and the office director find it', async () => {
    const opened = await h.mutate<{ customer: { id: string; ownerDepartmentId: string } }>(
      staff.salesManager,
      'createCustomer',
      completeProfile({ name: '杭州代建电子有限公司', ownerId: staff.rep2.id }),
      'customer { id ownerDepartmentId }',
    );
    expect(opened.userErrors).toEqual([]);
    expect(opened.customer.ownerDepartmentId).toBe(staff.rep2.departmentId);
    for (const caller of [staff.salesManager, staff.officeDirector, staff.rep2]) {
      expect(
        (
          await h.gql<{ customer: { id: string } | null }>(caller, 'query($id: ID!) { customer(id: $id) { id } }', {
            id: opened.customer.id,
          })
        ).customer?.id,
      ).toBe(opened.customer.id);
    }
    const unknown = await h.mutate(
      staff.salesManager,
      'createCustomer',
      completeProfile({ name: '无名氏电子有限公司', ownerId: 's-nobody' }),
      'customer { id }',
    );
    expect(unknown.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['UNKNOWN_STAFF', 'input.ownerId']]);
    const elsewhere = await h.mutate(
      staff.salesManager,
      'createCustomer',
      completeProfile({ name: '错部门电子有限公司', ownerId: staff.rep2.id, ownerDepartmentId: 'd-sales-south' }),
      'customer { id }',
    );
    expect(elsewhere.userErrors.map((e) => e.code)).toEqual(['OWNER_DEPARTMENT_MISMATCH']);
  });

  it('X-021 a SALES_REP cannot edit a colleague’s customer: it is reported as not found', async () => {
    const edit = await h.mutate(staff.rep, 'updateCustomer', { id: theirs, version: 1, region: '改' }, 'customer { id }');
    expect(edit.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('X-022 contact numbers and protected fields are masked for roles without the permission', async () => {
    const QUERY =
      'query($id: ID!) { customer(id: $id) { phone usccCode legalRepresentative businessScope registeredCapital contacts { mobile } } }';
    type Fields = {
      customer: {
        phone: string;
        usccCode: string;
        legalRepresentative: string | null;
        businessScope: string | null;
        registeredCapital: string | null;
        contacts: { mobile: string }[];
      };
    };
    const full = (await h.gql<Fields>(staff.vp, QUERY, { id: theirs })).customer;
    expect(full.contacts[0].mobile).toBe('13912345678');
    const masked = (await h.gql<Fields>(enterpriseMgmt, QUERY, { id: theirs })).customer;
    expect(masked.phone).toMatch(/^\d{3}\*+\d{4}$/);
    expect(masked.usccCode).toBe(`${'*'.repeat(14)}${full.usccCode.slice(-4)}`);
    expect(masked).toMatchObject({
      legalRepresentative: null,
      businessScope: null,
      registeredCapital: null,
      contacts: [{ mobile: maskValue('13912345678', 'PHONE') }],
    });
  });

  it('X-022 the duplicate check masks a phone and a USCC exactly as customer(id) does for the same caller', async () => {
    const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance', departmentTree: ['d-finance'] };
    const full = (
      await h.gql<{ customer: { phone: string; usccCode: string } }>(staff.vp, 'query($id: ID!) { customer(id: $id) { phone usccCode } }', {
        id: theirs,
      })
    ).customer;
    for (const caller of [finance, enterpriseMgmt, staff.vp]) {
      const read = (
        await h.gql<{ customer: { phone: string; usccCode: string } }>(caller, 'query($id: ID!) { customer(id: $id) { phone usccCode } }', {
          id: theirs,
        })
      ).customer;
      const hits = (
        await h.gql<{ customerDuplicates: { customerId: string; phone: string; usccCode: string }[] }>(
          caller,
          'query($input: CustomerDuplicateCheckInput!) { customerDuplicates(input: $input) { customerId phone usccCode } }',
          { input: { phone: full.phone, usccCode: full.usccCode } },
        )
      ).customerDuplicates;
      expect({ caller: caller.roles[0], hit: hits.find((hit) => hit.customerId === theirs) }).toEqual({
        caller: caller.roles[0],
        hit: { customerId: theirs, phone: read.phone, usccCode: read.usccCode },
      });
    }
    expect(maskValue(full.phone, 'PHONE')).not.toBe(full.phone);
  });

  it('X-022 a filter on the masked USCC needs the permission to read it: counts would otherwise confirm a guessed code', async () => {
    const QUERY = 'query($code: String) { customers(filter: { usccCode: $code }) { totalCount } }';
    const code = (
      await h.gql<{ customer: { usccCode: string } }>(staff.vp, 'query($id: ID!) { customer(id: $id) { usccCode } }', { id: theirs })
    ).customer.usccCode;
    expect((await h.gql<{ customers: { totalCount: number } }>(staff.vp, QUERY, { code })).customers.totalCount).toBe(1);
    const refused = await h.svc.query(enterpriseMgmt, QUERY, { code });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('X-040 every write is audited with its actor; the trail masks protected values for readers without them (X-022)', async () => {
    const id = (
      await h.mutate<{ customer: { id: string; version: number } }>(
        staff.rep,
        'createCustomer',
        { name: '审计测试公司', entityKind: 'COMPANY', type: 'DEALER', phone: '0571-88886666' },
        'customer { id version }',
      )
    ).customer.id;
    await h.mutate(staff.rep, 'updateCustomer', { id, version: 1, phone: '0571-88887777' }, 'customer { id }');
    const TRAIL =
      'query($id: String) { customerAuditTrail(filter: { entityType: "customer", entityId: $id }) { edges { node { actorId action changes { field old new } } } } }';
    type Trail = {
      customerAuditTrail: {
        edges: { node: { actorId: string; action: string; changes: { field: string; old: string | null; new: string | null }[] } }[];
      };
    };
    const trail = (await h.gql<Trail>(auditor, TRAIL, { id })).customerAuditTrail.edges.map((e) => e.node);
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ['UPDATE', staff.rep.id],
      ['CREATE', staff.rep.id],
    ]);
    expect(trail[0].changes.find((c) => c.field === 'phone')).toEqual({
      field: 'phone',
      old: JSON.stringify('0571-88886666'),
      new: JSON.stringify('0571-88887777'),
    });
    const forAdmin = (await h.gql<Trail>(admin, TRAIL, { id })).customerAuditTrail.edges[0].node;
    expect(forAdmin.changes.find((c) => c.field === 'phone')).toEqual({
      field: 'phone',
      old: JSON.stringify(maskValue('0571-88886666', 'PHONE')),
      new: JSON.stringify(maskValue('0571-88887777', 'PHONE')),
    });
  });

  it('X-041 reading a CONFIDENTIAL customer file by id is audited as a READ; reading an ordinary one is not', async () => {
    const id = (
      await h.mutate<{ customer: { id: string } }>(
        staff.rep,
        'createCustomer',
        { name: '机密测试公司', entityKind: 'COMPANY', type: 'DEALER' },
        'customer { id }',
      )
    ).customer.id;
    const reads = async () => {
      const TRAIL =
        'query($id: String) { customerAuditTrail(filter: { entityId: $id, actions: [READ] }) { edges { node { actorId note } } } }';
      return (
        await h.gql<{ customerAuditTrail: { edges: { node: { actorId: string; note: string } }[] } }>(auditor, TRAIL, { id })
      ).customerAuditTrail.edges.map((e) => e.node);
    };
    await h.gql(staff.rep, 'query($id: ID!) { customer(id: $id) { id } }', { id });
    expect(await reads()).toEqual([]);
    await h.mutate(
      staff.gm,
      'setCustomerConfidentiality',
      { id, version: 1, level: 'CONFIDENTIAL', custodianId: staff.infoSpecialist.id },
      'customer { id }',
    );
    await h.gql(staff.rep, 'query($id: ID!) { customer(id: $id) { id } }', { id });
    expect(await reads()).toEqual([{ actorId: staff.rep.id, note: 'CONFIDENTIAL customer file read' }]);
  });
});
