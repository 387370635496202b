import { Caller, demoCustomerId, undeclaredPermissions } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start, subgraph } from '../src';

/** Who may see and change receptions, proven through the subgraph's GraphQL API. */
const zhang: Caller = {
  id: 's-zhangwei',
  name: '张伟',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const li: Caller = { id: 's-lina', name: '李娜', roles: ['SALES_REP'], departmentId: 'd-sales-east', departmentTree: ['d-sales-east'] };
const director: Caller = {
  id: 's-chenjing',
  name: '陈静',
  roles: ['OFFICE_DIRECTOR'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const agent: Caller = { id: 's-zhouxin', name: '周欣', roles: ['CS_AGENT'], departmentId: 'd-cs', departmentTree: ['d-cs'] };

const REQUEST = /* GraphQL */ `
  mutation ($input: RequestReceptionInput!) {
    requestReception(input: $input) {
      reception {
        id
      }
      userErrors {
        code
      }
    }
  }
`;
const request = (hostId: string) => ({
  class: 'D',
  hostedPartyType: 'OTHER',
  organisation: '浙江大学参观团',
  guestCount: 2,
  hostId,
  hostRank: 'SUPERVISOR',
  startOn: '2026-06-01',
  endOn: '2026-06-01',
  purpose: '参观',
});

describe('reception access control', () => {
  let svc: TestSubgraph;
  let zhangsReception: string;
  beforeAll(async () => {
    svc = await startTestSubgraph('reception', loadConfig, start);
    const created = await svc.query<{ requestReception: { reception: { id: string } } }>(zhang, REQUEST, { input: request(zhang.id) });
    zhangsReception = created.data!.requestReception.reception.id;
    await svc.query(li, REQUEST, { input: request(li.id) });
  });
  afterAll(() => svc.stop());

  it('X-023 every root field and entity of the subgraph declares the permission it needs', () => {
    expect(undeclaredPermissions(subgraph.typeDefs)).toEqual([]);
  });

  it('X-021 a sales rep lists only the receptions they host or requested; the office director sees the department’s', async () => {
    const count = async (caller: Caller) =>
      (await svc.query<{ receptions: { totalCount: number } }>(caller, '{ receptions { totalCount } }')).data!.receptions.totalCount;
    expect(await count(zhang)).toBe(1);
    expect(await count(li)).toBe(1);
    expect(await count(director)).toBe(2);
  });

  it('X-021 another rep’s reception is not found, by id and by entity reference', async () => {
    const byId = await svc.query<{ reception: unknown }>(li, 'query($id: ID!) { reception(id: $id) { id } }', { id: zhangsReception });
    expect(byId.data!.reception).toBeNull();
    const byReference = await svc.query<{ _entities: unknown[] }>(
      li,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Reception { id } } }',
      {
        r: [{ __typename: 'Reception', id: zhangsReception }],
      },
    );
    expect(byReference.data!._entities).toEqual([null]);
  });

  it('X-021 another rep cannot update the reception (reported as not found)', async () => {
    const result = await svc.query<{ updateReception: { userErrors: { code: string }[] } }>(
      li,
      'mutation($input: UpdateReceptionInput!) { updateReception(input: $input) { userErrors { code } } }',
      { input: { id: zhangsReception, version: 1, purpose: '改' } },
    );
    expect(result.data!.updateReception.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('X-023 a role without the permission is refused with FORBIDDEN', async () => {
    const result = await svc.query(agent, REQUEST, { input: request(agent.id) });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await svc.query(agent, '{ receptions { totalCount } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('X-021 a customer outside the caller’s scope shows no receptions through the Customer entity', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { receptions { totalCount } } } }';
    const theirs = { __typename: 'Customer', id: demoCustomerId(7), ownerId: li.id, ownerDepartmentId: 'd-sales-east' };
    const result = await svc.query<{ _entities: { receptions: { totalCount: number } }[] }>(zhang, query, { r: [theirs] });
    expect(result.data!._entities[0].receptions.totalCount).toBe(0);
  });
});
