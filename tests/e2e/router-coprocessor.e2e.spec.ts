import { DEV_INTERNAL_SECRET, DEV_JWT_SECRET, verifyCaller } from '@crm/platform';
import { CoprocessorPayload, loadGatewayConfig, RunningCoprocessor, startCallerCoprocessor } from '@crm/gateway';
import { startStack, Stack } from '../support/stack';

/**
 * Apollo Router as a drop-in (deploy/router/router.yaml): the caller coprocessor receives the Router's protocol
 * payloads and gives back what the subgraphs need. No Router binary runs in CI, so this spec plays the Router:
 * it posts the RouterRequest and SubgraphRequest stages as the Router would and sends the signed fetch to a real
 * subgraph, which must accept it.
 */
describe('the caller coprocessor beside Apollo Router', () => {
  let stack: Stack;
  let coprocessor: RunningCoprocessor;

  beforeAll(async () => {
    stack = await startStack();
    const config = loadGatewayConfig({
      JWT_SECRET: DEV_JWT_SECRET,
      INTERNAL_SIGNING_SECRET: DEV_INTERNAL_SECRET,
      CUSTOMER_URL: stack.subgraphs.customer.url,
      GATEWAY_REVOCATION_REFRESH_SECONDS: '0',
      LOG_LEVEL: 'silent',
    });
    coprocessor = await startCallerCoprocessor(config, 0);
  });
  afterAll(async () => {
    await coprocessor?.stop();
    await stack?.stop();
  });

  const call = async (payload: Omit<CoprocessorPayload, 'version' | 'control' | 'id'>): Promise<CoprocessorPayload> => {
    const response = await fetch(coprocessor.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1, control: 'continue', id: 'c0ffee', ...payload }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as CoprocessorPayload;
  };

  const routerRequest = (headers: Record<string, string[]>) =>
    call({
      stage: 'RouterRequest',
      headers,
      body: '{"query":"{ customers(first: 1) { totalCount } }"}',
      context: { entries: { 'accepts-json': true } },
    });

  it('refuses a client request without a valid bearer token with 401 UNAUTHENTICATED, as the gateway does', async () => {
    const cases: Record<string, string[]>[] = [{}, { authorization: ['Bearer not-a-token'] }];
    for (const headers of cases) {
      const answer = await routerRequest(headers);
      expect(answer.control).toEqual({ break: 401 });
      expect(JSON.parse(answer.body as string).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('signs each subgraph fetch with the caller bound to its query and variables, and the subgraph accepts it', async () => {
    const token = await stack.tokenFor('SALES_DEPT_MANAGER');
    const authenticated = await routerRequest({
      authorization: [`Bearer ${token}`],
      'x-request-id': ['req-42'],
      'accept-language': ['en'],
    });
    expect(authenticated.control).toBe('continue');
    expect(authenticated.context?.entries['accepts-json']).toBe(true);

    const body = { query: 'query ($first: Int!) { customers(first: $first) { totalCount } }', variables: { first: 1 } };
    const signed = await call({
      stage: 'SubgraphRequest',
      serviceName: 'customer',
      headers: { 'content-type': ['application/json'] },
      body,
      context: authenticated.context,
    });
    const header = signed.headers?.['x-crm-caller']?.[0];
    const verified = verifyCaller(DEV_INTERNAL_SECRET, header, body.query, body.variables);
    expect(verified).toMatchObject({ requestId: 'req-42', caller: { roles: ['SALES_DEPT_MANAGER'] } });
    expect(verified.caller.departmentTree?.length).toBeGreaterThan(1);
    expect(signed.headers?.['x-request-id']).toEqual(['req-42']);
    expect(signed.headers?.['accept-language']).toEqual(['en']);
    expect(() => verifyCaller(DEV_INTERNAL_SECRET, header, body.query, { first: 2 })).toThrow('signature does not match the operation');

    // The Router would now send this fetch: the subgraph answers it like one from the JS gateway.
    const response = await fetch(stack.subgraphs.customer.url, {
      method: 'POST',
      headers: Object.fromEntries(Object.entries(signed.headers!).map(([name, values]) => [name, values[0]])),
      body: JSON.stringify(body),
    });
    const result = (await response.json()) as { data?: { customers: { totalCount: number } }; errors?: unknown[] };
    expect(result.errors).toBeUndefined();
    expect(result.data?.customers.totalCount).toBeGreaterThan(0);
  });

  it('passes the other stages through unchanged and refuses to sign a fetch whose request was never authenticated', async () => {
    const other = { stage: 'SupergraphRequest', headers: { a: ['b'] }, body: { query: '{ x }' }, context: { entries: {} } };
    expect(await call(other)).toEqual({ version: 1, control: 'continue', id: 'c0ffee', ...other });
    const unsigned = await call({
      stage: 'SubgraphRequest',
      serviceName: 'credit',
      headers: {},
      body: { query: '{ x }' },
      context: { entries: {} },
    });
    expect(unsigned.control).toEqual({ break: 401 });
    expect(unsigned.headers?.['x-crm-caller']).toBeUndefined();
  });
});
