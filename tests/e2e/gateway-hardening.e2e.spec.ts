import { DEV_INTERNAL_SECRET, signCaller } from '@crm/platform';
import { operationOf, runHttpAudits } from '../support/http-audits';
import { startStack, Stack } from '../support/stack';

/** What the gateway refuses before any subgraph is called, and GraphQL-over-HTTP conformance of every server. */
describe('gateway hardening', () => {
  let stack: Stack;
  let token: string;
  beforeAll(async () => {
    stack = await startStack();
    token = await stack.tokenFor('GM');
  });
  afterAll(() => stack?.stop());

  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

  it('refuses an operation nested deeper than the limit', async () => {
    const deep = `{ complaints(first: 1) { edges { node { customer { complaints(first: 1) { edges { node { customer { complaints(first: 1) { edges { node { customer { id } } } } } } } } } } } } }`;
    const result = await stack.request(deep, { token });
    expect(result.errors?.[0].message).toMatch(/depth/i);
    expect(result.data ?? null).toBeNull();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: customers(first: 1) { totalCount }`).join(' ');
    const result = await stack.request(`{ ${aliases} }`, { token });
    expect(result.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a page larger than the maximum, also when it comes in a variable', async () => {
    expect(codeOf(await stack.request('{ customers(first: 500) { totalCount } }', { token }))).toBe('BAD_USER_INPUT');
    const viaVariable = await stack.request('query($n: Int) { customers(first: $n) { totalCount } }', { token, variables: { n: 101 } });
    expect(codeOf(viaVariable)).toBe('BAD_USER_INPUT');
  });

  it('does not suggest field names to a client that guesses', async () => {
    const result = await stack.request('{ customers(first: 1) { edges { node { nam } } } }', { token });
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('blocks a simple cross-site GET (CSRF prevention)', async () => {
    const response = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(400);
  });

  it('passes the graphql-http server audits without an error: gateway and every subgraph', async () => {
    const report: Record<string, { ok: number; warn: number; notice: number; error: number }> = {};
    const gatewayFetch: typeof fetch = (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${token}` } });
    const gateway = await runHttpAudits(stack.gatewayUrl, gatewayFetch);
    expect(gateway.errors).toEqual([]);
    report.gateway = gateway;
    for (const subgraph of Object.values(stack.subgraphs)) {
      const signedFetch: typeof fetch = async (input, init) => {
        const { query, variables } = operationOf(input as string | URL | Request, init);
        const signature = signCaller(DEV_INTERNAL_SECRET, { id: 's-audit', name: 'audit', roles: ['AUDIT'], departmentId: null }, 'audit', query, variables);
        return fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-crm-caller': signature } });
      };
      const result = await runHttpAudits(subgraph.url, signedFetch);
      expect({ subgraph: subgraph.name, errors: result.errors }).toEqual({ subgraph: subgraph.name, errors: [] });
      report[subgraph.name] = result;
    }
    process.stdout.write(`graphql-http audits (ok/warn/notice/error): ${JSON.stringify(Object.fromEntries(Object.entries(report).map(([k, v]) => [k, `${v.ok}/${v.warn}/${v.notice}/${v.error}`])))}\n`);
  });
});
