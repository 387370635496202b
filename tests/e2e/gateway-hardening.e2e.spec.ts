import { DEV_INTERNAL_SECRET, signCaller } from '@crm/platform';
import { callSubgraph } from '@crm/platform/testing';
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

  it('refuses a page larger than the maximum, also when it comes in a variable', async () => {
    expect(codeOf(await stack.request('{ customers(first: 500) { totalCount } }', { token }))).toBe('PAGE_SIZE_EXCEEDED');
    const viaVariable = await stack.request('query($n: Int) { customers(first: $n) { totalCount } }', { token, variables: { n: 101 } });
    expect(codeOf(viaVariable)).toBe('PAGE_SIZE_EXCEEDED');
  });

  describe('operation limits: every selection counts, and each refusal names its limit with its own code (HTTP 400)', () => {
    type Refusal = { status: number; data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    const refusalOf = (result: Refusal) => ({ status: result.status, code: codeOf(result), message: result.errors?.[0]?.message ?? '' });
    const typenameAliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i + 1}: __typename`).join(' ')} }`;

    it('aliases of __typename count toward the alias limit: 31 are refused with ALIAS_LIMIT_EXCEEDED, 30 pass', async () => {
      const refused = refusalOf(await stack.request(typenameAliases(31), { token }));
      expect(refused).toMatchObject({ status: 400, code: 'ALIAS_LIMIT_EXCEEDED' });
      expect(refused.message).toMatch(/alias.*\b30\b/i);
      expect(refused.message).not.toMatch(/Syntax Error/);
      const served = await stack.request<Record<string, string>>(typenameAliases(30), { token });
      expect(served.status).toBe(200);
      expect(Object.keys(served.data ?? {})).toHaveLength(30);
    });

    it('aliases of other meta fields and of real fields add up: 20 on customers and 11 on __type are refused', async () => {
      const real = Array.from({ length: 20 }, (_, i) => `c${i}: customers(first: 1) { totalCount }`).join(' ');
      const meta = Array.from({ length: 11 }, (_, i) => `t${i}: __type(name: "Customer") { name }`).join(' ');
      expect(refusalOf(await stack.request(`{ ${real} ${meta} }`, { token }))).toMatchObject({ status: 400, code: 'ALIAS_LIMIT_EXCEEDED' });
    });

    it('too many aliases on real fields: ALIAS_LIMIT_EXCEEDED naming the limit', async () => {
      const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: customers(first: 1) { totalCount }`).join(' ');
      const refused = refusalOf(await stack.request(`{ ${aliases} }`, { token }));
      expect(refused).toMatchObject({ status: 400, code: 'ALIAS_LIMIT_EXCEEDED' });
      expect(refused.message).toMatch(/alias.*\b30\b/i);
    });

    it('a too costly operation: COST_LIMIT_EXCEEDED naming the cost limit, not a syntax error', async () => {
      const costly = '{ customers(first: 100) { edges { node { complaints(first: 100) { edges { node { number } } } } } } }';
      const refused = refusalOf(await stack.request(costly, { token }));
      expect(refused).toMatchObject({ status: 400, code: 'COST_LIMIT_EXCEEDED' });
      expect(refused.message).toMatch(/cost.*\b50000\b/i);
      expect(refused.message).not.toMatch(/Syntax Error/);
    });

    it('a too deep operation: DEPTH_LIMIT_EXCEEDED naming the depth limit', async () => {
      const deep = `{ complaints(first: 1) { edges { node { customer { complaints(first: 1) { edges { node { customer { complaints(first: 1) { edges { node { customer { id } } } } } } } } } } } } }`;
      const refused = refusalOf(await stack.request(deep, { token }));
      expect(refused).toMatchObject({ status: 400, code: 'DEPTH_LIMIT_EXCEEDED' });
      expect(refused.message).toMatch(/depth.*\b12\b/i);
      expect(refused.message).not.toMatch(/Syntax Error/);
    });

    it('a document of too many tokens: TOKEN_LIMIT_EXCEEDED naming the token limit, HTTP 400', async () => {
      const refused = refusalOf(await stack.request(`{ ${' __typename'.repeat(5001)} }`, { token }));
      expect(refused).toMatchObject({ status: 400, code: 'TOKEN_LIMIT_EXCEEDED' });
      expect(refused.message).toMatch(/token.*\b5000\b/i);
      expect(refused.message).not.toMatch(/Syntax Error/);
    });

    it('too many directives: DIRECTIVE_LIMIT_EXCEEDED naming the directive limit', async () => {
      const refused = refusalOf(await stack.request(`{ ${'__typename @include(if: true) '.repeat(51)}}`, { token }));
      expect(refused).toMatchObject({ status: 400, code: 'DIRECTIVE_LIMIT_EXCEEDED' });
      expect(refused.message).toMatch(/directive.*\b50\b/i);
    });

    it('first: 100000 gets the page-size refusal that first: 101 gets, not the cost limit', async () => {
      const huge = refusalOf(await stack.request('{ customers(first: 100000) { totalCount } }', { token }));
      const justOver = refusalOf(await stack.request('{ customers(first: 101) { totalCount } }', { token }));
      expect(justOver).toMatchObject({ status: 400, code: 'PAGE_SIZE_EXCEEDED' });
      expect(justOver.message).toMatch(/page size must be at most 100\b/);
      expect(huge).toMatchObject({ status: 400, code: justOver.code });
      expect(huge.message).toMatch(/page size must be at most 100\b/);
      const nested = refusalOf(
        await stack.request('{ customers(first: 10) { edges { node { complaints(first: 100000) { totalCount } } } } }', { token }),
      );
      expect(nested).toMatchObject({ status: 400, code: 'PAGE_SIZE_EXCEEDED' });
      expect(nested.message).toMatch(/page size must be at most 100\b/);
    });

    it('a subgraph called directly refuses first: 100000 with its page-size refusal too', async () => {
      const gm = { id: 's-huangqiang', name: 'gm', roles: ['GM'], departmentId: null };
      const result = await callSubgraph(
        stack.subgraphs.customer.url,
        DEV_INTERNAL_SECRET,
        gm,
        '{ customers(first: 100000) { totalCount } }',
      );
      expect(codeOf(result)).toBe('PAGE_SIZE_EXCEEDED');
      expect(result.errors?.[0].message).toMatch(/page size must be at most 100\b/);
    });
  });

  describe('client mistakes are 4xx with a stable code, never a 500 or an opaque internal error', () => {
    type Answer = {
      status: number;
      data?: unknown;
      errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
    };
    const post = async (body: string | Buffer): Promise<Answer> => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      return { status: response.status, ...((await response.json()) as object) };
    };

    it('several operations without a name, an unknown name and a subscription: 400 with their codes', async () => {
      const several = await post(JSON.stringify({ query: 'query A { __typename } query B { __typename }' }));
      expect({ status: several.status, code: codeOf(several) }).toEqual({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
      const unknown = await post(JSON.stringify({ query: 'query A { __typename }', operationName: 'Z' }));
      expect({ status: unknown.status, code: codeOf(unknown) }).toEqual({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
      const subscription = await post(JSON.stringify({ query: 'subscription { customers { id } }' }));
      expect({ status: subscription.status, code: codeOf(subscription) }).toEqual({ status: 400, code: 'SUBSCRIPTION_NOT_SUPPORTED' });
    });

    it('a document nested thousands of levels deep: 400 DEPTH_LIMIT_EXCEEDED, no RangeError', async () => {
      const deep = await post(JSON.stringify({ query: `{ customers(filter: ${'['.repeat(4000)}${']'.repeat(4000)}) { totalCount } }` }));
      expect({ status: deep.status, code: codeOf(deep) }).toEqual({ status: 400, code: 'DEPTH_LIMIT_EXCEEDED' });
      expect(JSON.stringify(deep)).not.toMatch(/call stack|RangeError/);
    });

    it('a body that is not valid UTF-8: 400 BAD_REQUEST, not forwarded three times its size', async () => {
      const body = Buffer.concat([
        Buffer.from('{"query":"{ __typename }","variables":{"s":"'),
        Buffer.alloc(1000, 0xff),
        Buffer.from('"}}'),
      ]);
      const refused = await post(body);
      expect({ status: refused.status, code: codeOf(refused) }).toEqual({ status: 400, code: 'BAD_REQUEST' });
    });

    it('a subgraph BAD_USER_INPUT (2026-02-30, "NaN") reaches the client with its path and the subgraph name', async () => {
      const date = await post(
        JSON.stringify({
          query:
            'query($d: Date!) { customers(first: 1) { edges { node { creditGradingInputs(periodFrom: $d, periodTo: "2026-03-01") { __typename } } } } }',
          variables: { d: '2026-02-30' },
        }),
      );
      expect(date.errors?.[0]).toMatchObject({
        path: ['customers', 'edges', 0, 'node', 'creditGradingInputs'],
        extensions: { code: 'BAD_USER_INPUT', serviceName: 'credit' },
      });
      const amount = await post(
        JSON.stringify({
          query:
            'mutation($a: Decimal!) { setCreditLimit(input: { customerId: "x", amount: $a, validFrom: "2026-01-01" }) { __typename } }',
          variables: { a: 'NaN' },
        }),
      );
      expect(amount.errors?.[0]).toMatchObject({ path: ['setCreditLimit'], extensions: { code: 'BAD_USER_INPUT', serviceName: 'credit' } });
    });

    it('a filter string over MAX_INPUT_STRING_LENGTH: BAD_USER_INPUT with its limit, before any SQL', async () => {
      const refused = await post(
        JSON.stringify({
          query: 'query($s: String) { customers(first: 1, filter: { nameContains: $s }) { totalCount } }',
          variables: { s: 'x'.repeat(60_000) },
        }),
      );
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maxLength: 10_000, serviceName: 'customer' } });
    });

    it('a list touching records the caller may not read never answers data: null without errors', async () => {
      const cs = await stack.tokenFor('CS_AGENT');
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${cs}` },
        body: JSON.stringify({ query: '{ complaints(first: 50) { edges { node { number customer { id name } } } } }' }),
      });
      const answer = (await response.json()) as Answer;
      const unavailable = (answer.errors ?? []).filter((e) => e.extensions?.code === 'NON_NULL_FIELD_UNAVAILABLE');
      expect(unavailable.length).toBeGreaterThan(0);
      expect(unavailable[0].path).toEqual(['complaints', 'edges', expect.any(Number), 'node', 'customer', 'name']);
      expect(answer.data === null && !answer.errors).toBe(false);
    });
  });

  it('a request "as of" another instant is refused with AS_OF_NOT_ALLOWED unless CLOCK_OVERRIDE is on', async () => {
    const refused = await stack.request('{ customers(first: 1) { totalCount } }', {
      token,
      headers: { 'x-crm-as-of': '2026-03-31T23:30:00+08:00' },
    });
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe('AS_OF_NOT_ALLOWED');
  });

  it('does not suggest field names to a client that guesses', async () => {
    const result = await stack.request('{ customers(first: 1) { edges { node { nam } } } }', { token });
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('blocks a simple cross-site GET (CSRF prevention)', async () => {
    const response = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
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
        const signature = signCaller(
          DEV_INTERNAL_SECRET,
          { id: 's-audit', name: 'audit', roles: ['AUDIT'], departmentId: null },
          'audit',
          query,
          variables,
        );
        return fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-crm-caller': signature } });
      };
      const result = await runHttpAudits(subgraph.url, signedFetch);
      expect({ subgraph: subgraph.name, errors: result.errors }).toEqual({ subgraph: subgraph.name, errors: [] });
      report[subgraph.name] = result;
    }
    process.stdout.write(
      `graphql-http audits (ok/warn/notice/error): ${JSON.stringify(Object.fromEntries(Object.entries(report).map(([k, v]) => [k, `${v.ok}/${v.warn}/${v.notice}/${v.error}`])))}\n`,
    );
  });
});
