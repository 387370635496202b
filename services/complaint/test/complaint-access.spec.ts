import { Caller, demoCustomerId, undeclaredPermissions } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start, subgraph } from '../src';
import { ComplaintEntity } from '../src/modules/intake/entities/complaint.entity';

/** Who may see and change complaints and what of them (X-022, CMP-041), through the GraphQL API. */
const zhang: Caller = {
  id: 's-zhangwei',
  name: '张伟',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const li: Caller = { id: 's-lina', name: '李娜', roles: ['SALES_REP'], departmentId: 'd-sales-east', departmentTree: ['d-sales-east'] };
const agent: Caller = { id: 's-zhouxin', name: '周欣', roles: ['CS_AGENT'], departmentId: 'd-cs', departmentTree: ['d-cs'] };
const manager: Caller = { id: 's-wuhui', name: '吴慧', roles: ['CS_MANAGER'], departmentId: 'd-cs', departmentTree: ['d-cs'] };
const bi: Caller = { id: 's-bi', name: 'BI 报表', roles: ['BI_READER'], departmentId: 'd-hq', departmentTree: ['d-hq'] };

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterComplaintInput!) {
    registerComplaint(input: $input) {
      complaint {
        id
        narrative
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
const READ = /* GraphQL */ `
  query ($id: ID!) {
    complaint(id: $id) {
      number
      narrative
      desiredResolution
      complainants {
        name
        phone
        organisation
      }
      qualityDetails {
        partNo
        customerRequest
      }
    }
  }
`;
const CUSTOMER_COMPLAINTS = /* GraphQL */ `
  query ($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Customer {
        openComplaintCount
        complaints {
          totalCount
          edges {
            node {
              number
            }
          }
        }
      }
    }
  }
`;

const PHONE = '13812345678';
const qualityCase = (customerN: number) => ({
  customerId: demoCustomerId(customerN),
  channel: 'WRITTEN',
  complainants: [{ name: '王建国', phone: PHONE, organisation: '采购部' }],
  targetType: 'PRODUCT',
  targetRef: 'JX-500 型',
  narrative: '本批到货有 12 箱外包装破损、瓶盖松动。',
  desiredResolution: '退换破损产品',
  nature: 'QUALITY',
  qualityDetails: {
    orderNo: 'SO2026000123',
    partNo: 'JX-500-12',
    quantity: 200,
    defectiveQty: 12,
    deliveryDate: '2026-03-01',
    customerRequest: '退换并说明原因',
  },
  receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
});

type Complaint = {
  number: string;
  narrative: string | null;
  desiredResolution: string | null;
  complainants: { name: string; phone: string; organisation: string | null }[];
  qualityDetails: { partNo: string; customerRequest: string | null };
};
type CustomerView = { openComplaintCount: number; complaints: { totalCount: number; edges: { node: { number: string } }[] } };

describe('complaint access control', () => {
  let svc: TestSubgraph;
  /** Registered by 张伟; its responsible department is customer service (so the CS agent handles it). */
  let zhangs: string;
  /** Registered by 李娜, no responsible department yet. */
  let lis: string;
  /** Registered by the CS manager, handled by 张伟, responsible department quality. */
  const handledByZhang = '00000000-0000-4000-9000-00000000a001';

  const register = async (caller: Caller, customerN: number) => {
    const result = await svc.query<{ registerComplaint: { complaint: { id: string; narrative: string | null }; userErrors: unknown[] } }>(
      caller,
      REGISTER,
      { input: qualityCase(customerN) },
    );
    expect(result.data!.registerComplaint.userErrors).toEqual([]);
    return result.data!.registerComplaint.complaint;
  };
  const total = async (caller: Caller) =>
    (await svc.query<{ complaints: { totalCount: number } }>(caller, '{ complaints { totalCount } }')).data!.complaints.totalCount;
  const read = async (caller: Caller, id: string) =>
    (await svc.query<{ complaint: Complaint | null }>(caller, READ, { id })).data!.complaint;
  const customer = async (caller: Caller, representation: Record<string, unknown>) =>
    (await svc.query<{ _entities: CustomerView[] }>(caller, CUSTOMER_COMPLAINTS, { r: [{ __typename: 'Customer', ...representation }] }))
      .data!._entities[0];

  beforeAll(async () => {
    svc = await startTestSubgraph('complaint', loadConfig, start);
    zhangs = (await register(zhang, 3)).id;
    lis = (await register(li, 7)).id;
    const repo = svc.dataSource.getRepository(ComplaintEntity);
    await repo.update({ id: zhangs }, { responsibleDeptId: 'd-cs' });
    const source = await repo.findOneByOrFail({ id: lis });
    await repo.insert({
      ...source,
      id: handledByZhang,
      number: 'T-ACCESS-1',
      customerId: demoCustomerId(4),
      registeredBy: manager.id,
      handlerId: zhang.id,
      responsibleDeptId: 'd-quality',
      state: 'INVESTIGATING',
      createdBy: manager.id,
      updatedBy: manager.id,
    });
  });
  afterAll(() => svc.stop());

  it('X-023 every root field and entity of the subgraph declares the permission it needs', () => {
    expect(undeclaredPermissions(subgraph.typeDefs)).toEqual([]);
  });

  it('X-021 lists count only complaints the caller registered or handles, or of their department; the CS manager sees all', async () => {
    expect(await total(zhang)).toBe(2); // registered one, handles another
    expect(await total(li)).toBe(1);
    expect(await total(agent)).toBe(1); // 张伟's case, through its responsible department
    expect(await total(manager)).toBe(3);
    const numbers = await svc.query<{ complaints: { edges: { node: { id: string } }[] } }>(
      zhang,
      '{ complaints { edges { node { id } } } }',
    );
    expect(numbers.data!.complaints.edges.map((e) => e.node.id).sort()).toEqual([handledByZhang, zhangs].sort());
  });

  it('X-021 another rep’s complaint is not found, by id and by entity reference', async () => {
    expect(await read(zhang, lis)).toBeNull();
    expect(await read(li, lis)).not.toBeNull();
    const byReference = await svc.query<{ _entities: unknown[] }>(
      zhang,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id } } }',
      {
        r: [
          { __typename: 'Complaint', id: lis },
          { __typename: 'Complaint', id: zhangs },
        ],
      },
    );
    expect(byReference.data!._entities).toEqual([null, { id: zhangs }]);
  });

  it('X-021 a CS agent cannot update a complaint outside their scope (reported as not found), but updates one inside it', async () => {
    const outside = await svc.query<{ updateComplaint: { userErrors: { code: string }[] } }>(agent, UPDATE, {
      input: { id: lis, version: 1, important: true },
    });
    expect(outside.data!.updateComplaint.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const inside = await svc.query<{ updateComplaint: { complaint: { version: number }; userErrors: unknown[] } }>(agent, UPDATE, {
      input: { id: zhangs, version: 1, important: true },
    });
    expect(inside.data!.updateComplaint).toEqual({ complaint: { version: 2 }, userErrors: [] });
  });

  it('X-023 a role without the permission is refused with FORBIDDEN', async () => {
    const code = async (caller: Caller, query: string, variables?: Record<string, unknown>) =>
      (await svc.query(caller, query, variables)).errors?.[0].extensions?.code;
    // BI_READER reads aggregates only, never individual complaints.
    expect(await code(bi, '{ complaints { totalCount } }')).toBe('FORBIDDEN');
    expect(await code(bi, READ, { id: zhangs })).toBe('FORBIDDEN');
    expect(await code(bi, REGISTER, { input: qualityCase(3) })).toBe('FORBIDDEN');
    expect(
      await code(bi, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id } } }', {
        r: [{ __typename: 'Complaint', id: zhangs }],
      }),
    ).toBe('FORBIDDEN');
    expect(await code(bi, CUSTOMER_COMPLAINTS, { r: [{ __typename: 'Customer', id: demoCustomerId(3), ownerId: bi.id }] })).toBe(
      'FORBIDDEN',
    );
    // A sales rep registers and reads complaints but does not edit them.
    expect(await code(zhang, UPDATE, { input: { id: zhangs, version: 2, important: false } })).toBe('FORBIDDEN');
  });

  it('CMP-041 X-022 a sales rep sees their complaint with its content hidden and complainant phones masked', async () => {
    const c = await read(zhang, zhangs);
    expect(c).toMatchObject({
      narrative: null,
      desiredResolution: null,
      complainants: [{ name: '王建国', phone: '138****5678', organisation: '采购部' }],
      qualityDetails: { partNo: 'JX-500-12', customerRequest: null },
    });
    expect(c!.number).toMatch(/^\d{10,}$/);
    // Lists and the registration payload are masked alike.
    const list = await svc.query<{ complaints: { edges: { node: { narrative: string | null; complainants: { phone: string }[] } }[] } }>(
      zhang,
      '{ complaints { edges { node { narrative complainants { phone } } } } }',
    );
    expect(list.data!.complaints.edges.map((e) => e.node)).toEqual([
      { narrative: null, complainants: [{ phone: '138****5678' }] },
      { narrative: null, complainants: [{ phone: '138****5678' }] },
    ]);
    expect((await register(zhang, 5)).narrative).toBeNull();
  });

  it('CMP-041 X-022 a CS agent (handling role) sees the content and phones in full', async () => {
    expect(await read(agent, zhangs)).toEqual({
      number: expect.stringMatching(/^\d{10,}$/),
      narrative: '本批到货有 12 箱外包装破损、瓶盖松动。',
      desiredResolution: '退换破损产品',
      complainants: [{ name: '王建国', phone: PHONE, organisation: '采购部' }],
      qualityDetails: { partNo: 'JX-500-12', customerRequest: '退换并说明原因' },
    });
  });

  it('X-021 a customer outside the caller’s scope shows no complaints and no open count through the Customer entity', async () => {
    const lisCustomer = { id: demoCustomerId(7), ownerId: li.id, ownerDepartmentId: 'd-sales-east' };
    expect(await customer(li, lisCustomer)).toEqual({
      openComplaintCount: 1,
      complaints: { totalCount: 1, edges: [{ node: { number: expect.any(String) } }] },
    });
    expect(await customer(zhang, lisCustomer)).toEqual({ openComplaintCount: 0, complaints: { totalCount: 0, edges: [] } });
  });

  it('X-021 the Customer extension follows the customer’s owner: the owner sees all of that customer’s complaints', async () => {
    // 李娜's complaint is about customer 7; once 张伟 owns customer 7 he sees it there, though not in his own list.
    const nowZhangs = await customer(zhang, { id: demoCustomerId(7), ownerId: zhang.id, ownerDepartmentId: 'd-sales-east' });
    expect(nowZhangs).toMatchObject({ openComplaintCount: 1, complaints: { totalCount: 1 } });
    // A CS agent's department is not the customer's, so the agent sees none there (complaints are reached by their own list).
    expect(await customer(agent, { id: demoCustomerId(3), ownerId: zhang.id, ownerDepartmentId: 'd-sales-east' })).toMatchObject({
      openComplaintCount: 0,
    });
  });
});
