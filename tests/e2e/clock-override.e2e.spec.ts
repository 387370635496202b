import { startStack, Stack } from '../support/stack';

/**
 * CLOCK_OVERRIDE (development and acceptance runs): a request with x-crm-as-of runs as of that instant in the gateway
 * and every subgraph it reaches, so month-end numbering or a profile's review date can be shown without waiting.
 */
describe('requests as of an instant through the gateway (CLOCK_OVERRIDE)', () => {
  let stack: Stack;
  let token: string;
  beforeAll(async () => {
    stack = await startStack({ CLOCK_OVERRIDE: 'true' });
    token = await stack.tokenFor('SALES_REP');
  });
  afterAll(() => stack?.stop());

  const asOf = (instant: string) => ({ token, headers: { 'x-crm-as-of': instant } });

  it('CUS-009 a customer opened as of 2027-01-15 is due for its first review twelve months later', async () => {
    const opened = await stack.request<{ createCustomer: { customer: { reviewDueOn: string } } }>(
      'mutation { createCustomer(input: { name: "时点测试商贸有限公司", entityKind: COMPANY, type: DEALER }) { customer { reviewDueOn } userErrors { code } } }',
      asOf('2027-01-15T10:00:00+08:00'),
    );
    expect(opened.data!.createCustomer.customer.reviewDueOn).toBe('2028-01-15');
  });

  it('CMP-011 CMP-012 a complaint registered at 23:58 on 31 March (Shanghai) is numbered in March, one two minutes later in April', async () => {
    const customers = await stack.request<{ customers: { edges: { node: { id: string } }[] } }>(
      '{ customers(first: 1) { edges { node { id } } } }',
      { token },
    );
    const customerId = customers.data!.customers.edges[0].node.id;
    const register = (instant: string) =>
      stack.request<{ registerComplaint: { complaint: { number: string } | null; userErrors: unknown[] } }>(
        'mutation($input: RegisterComplaintInput!) { registerComplaint(input: $input) { complaint { number } userErrors { code field } } }',
        {
          ...asOf(instant),
          variables: {
            input: {
              customerId,
              channel: 'HOTLINE',
              targetType: 'SERVICE',
              targetRef: '配送服务',
              narrative: '送货延误',
              complainants: [{ name: '王建国', phone: '13912345678' }],
            },
          },
        },
      );
    const march = (await register('2026-03-31T23:58:00+08:00')).data!.registerComplaint;
    const april = (await register('2026-04-01T00:00:30+08:00')).data!.registerComplaint;
    expect(march.userErrors).toEqual([]);
    expect(march.complaint!.number.slice(0, 6)).toBe('202603');
    expect(april.complaint!.number.slice(0, 6)).toBe('202604');
  });

  it('an "as of" that is not an ISO-8601 instant with its zone is refused with BAD_AS_OF', async () => {
    const refused = await stack.request('{ customers(first: 1) { totalCount } }', asOf('31 March'));
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_AS_OF');
  });
});
