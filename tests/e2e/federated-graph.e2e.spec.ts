import { DEMO_STAFF, demoCustomerId } from '@crm/platform';
import { startStack, Stack } from '../support/stack';

/** The whole platform over HTTP, as a frontend uses it: one gateway, five subgraphs, each with its own database. */
describe('federated graph through the gateway', () => {
  let stack: Stack;
  let token: string;
  beforeAll(async () => {
    stack = await startStack();
    token = await stack.tokenFor('SALES_DEPT_MANAGER');
  });
  afterAll(() => stack?.stop());

  const CUSTOMER_360 = /* GraphQL */ `
    query Customer360($id: ID!) {
      customer(id: $id) {
        id
        name
        code
        grade
        credit {
          grade
          paymentTermDays
          limit
          exposure
          availableCredit
        }
        openComplaintCount
        complaints(first: 3) {
          totalCount
          edges {
            node {
              id
              number
              state
              customer {
                id
                name
              }
            }
          }
        }
        receptions(first: 5) {
          totalCount
          edges {
            node {
              id
              startOn
            }
          }
        }
      }
    }
  `;

  it('answers one query that spans customer, credit, complaint and reception', async () => {
    const result = await stack.request<{
      customer: Record<string, unknown> & { complaints: { edges: { node: { customer: { id: string; name: string } } }[] } };
    }>(CUSTOMER_360, { token, variables: { id: demoCustomerId(1) } });
    expect(result.errors).toBeUndefined();
    const customer = result.data!.customer;
    expect(customer).toMatchObject({ id: demoCustomerId(1), name: expect.any(String) });
    expect(customer).toHaveProperty('credit');
    expect(typeof customer.openComplaintCount).toBe('number');
    expect(customer).toHaveProperty('complaints.totalCount');
    expect(customer).toHaveProperty('receptions.totalCount');
    for (const edge of customer.complaints.edges) expect(edge.node.customer).toEqual({ id: demoCustomerId(1), name: customer.name });
  });

  it('resolves a supplier’s linked customer across subgraphs', async () => {
    const result = await stack.request<{
      suppliers: { edges: { node: { name: string; customer: { id: string; name: string } | null } }[] };
    }>('{ suppliers(first: 50) { edges { node { name customer { id name } } } } }', { token: await stack.tokenFor('GM') });
    expect(result.errors).toBeUndefined();
    const linked = result.data!.suppliers.edges.map((e) => e.node.customer).filter((c) => c !== null);
    expect(linked.length).toBeGreaterThan(0);
    for (const customer of linked) expect(customer!.name).toEqual(expect.any(String));
  });

  it('refuses a request without a token with UNAUTHENTICATED', async () => {
    const result = await stack.request('{ customers(first: 1) { totalCount } }');
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('refuses a forged token with UNAUTHENTICATED', async () => {
    const forged = `${token.slice(0, -4)}AAAA`;
    const result = await stack.request('{ customers(first: 1) { totalCount } }', { token: forged });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a subgraph called directly, without the gateway’s signature, refuses the request', async () => {
    for (const subgraph of Object.values(stack.subgraphs)) {
      const response = await fetch(subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect({ subgraph: subgraph.name, status: response.status, code: body.errors?.[0].extensions?.code }).toEqual({
        subgraph: subgraph.name,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('a gateway signature for one operation cannot be replayed with another', async () => {
    const { signCaller, DEV_INTERNAL_SECRET } = await import('@crm/platform');
    const signature = signCaller(DEV_INTERNAL_SECRET, { id: 's-x', name: 'x', roles: [], departmentId: null }, 'r1', '{ __typename }');
    const response = await fetch(stack.subgraphs.customer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-crm-caller': signature },
      body: JSON.stringify({ query: '{ customers(first: 100) { totalCount } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('answers in English when the client asks for it', async () => {
    const result = await stack.request<{ createCustomer: { userErrors: { code: string; message: string }[] } }>(
      'mutation { createCustomer(input: { name: "", entityKind: COMPANY, type: DEALER }) { userErrors { code message } } }',
      { token, headers: { 'accept-language': 'en-US,en;q=0.9' } },
    );
    expect(result.data!.createCustomer.userErrors).toEqual([{ code: 'REQUIRED', message: 'Customer name is required' }]);
  });

  it('X-050 one approval request read by id through the gateway: its requester and the approver its step names read it, an unrelated caller gets null', async () => {
    type Listed = { creditApprovals: { edges: { node: { id: string; requesterId: string } }[] } };
    type One = { creditApproval: { id: string; template: string; state: string; requesterId: string } | null };
    const gm = await stack.tokenFor('GM');
    const awaiting = await stack.request<Listed>(
      '{ creditApprovals(filter: { awaitingMe: true }) { edges { node { id requesterId } } } }',
      { token: gm },
    );
    const [request] = awaiting.data!.creditApprovals.edges.map((e) => e.node);
    const requester = DEMO_STAFF.find((s) => s.id === request.requesterId)!;
    const read = async (bearer: string) =>
      (
        await stack.request<One>('query($id: ID!) { creditApproval(id: $id) { id template state requesterId } }', {
          token: bearer,
          variables: { id: request.id },
        })
      ).data!.creditApproval;
    const expected = { id: request.id, template: 'CREDIT_LIMIT', state: 'PENDING', requesterId: requester.id };
    expect(await read(gm)).toEqual(expected);
    expect(await read(await stack.tokenAs(requester))).toEqual(expected);
    expect(await read(await stack.tokenFor('SALES_REP'))).toBeNull();
    expect(await read(await stack.tokenFor('RISK_CONTROL'))).toBeNull();
  });

  describe('no N+1: SQL statements per subgraph do not grow with the list size', () => {
    const LIST = /* GraphQL */ `
      query List($first: Int!) {
        customers(first: $first, orderBy: { field: CODE, direction: ASC }) {
          edges {
            node {
              id
              name
              credit {
                grade
                limit
                availableCredit
              }
              openComplaintCount
            }
          }
        }
      }
    `;
    it('50 customers with credit profile and open complaint count cost what 1 costs', async () => {
      // The GM reads every file, classified ones included (CUS-042), so the page holds 50 of the 60 demo customers.
      const token = await stack.tokenFor('GM');
      let fifty: { customers: { edges: unknown[] } } | null | undefined;
      const forOne = await stack.countSql(() => stack.request(LIST, { token, variables: { first: 1 } }));
      const forFifty = await stack.countSql(async () => {
        fifty = (await stack.request<{ customers: { edges: unknown[] } }>(LIST, { token, variables: { first: 50 } })).data;
      });
      expect(fifty!.customers.edges).toHaveLength(50);
      expect(forFifty).toEqual(forOne);
      // Reported in the issue note: statements per subgraph for this query.
      process.stdout.write(`SQL statements for 1 and for 50 customers: ${JSON.stringify(forFifty)}\n`);
    });
  });
});
