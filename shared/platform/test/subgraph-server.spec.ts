import { parse } from 'graphql';
import {
  DEV_INTERNAL_SECRET,
  loadServiceConfig,
  nextSequenceValue,
  NumberSequenceEntity,
  RequestContext,
  RunningSubgraph,
  startSubgraph,
  SubgraphDefinition,
} from '../src';
import { callSubgraph } from '../src/testing';

const OPERATOR_TOKEN = 'operator-token-for-the-readiness-details-0123';
const caller = { id: 's-1', name: 'tester', roles: ['SALES_REP'], departmentId: 'd-1' };

/** A minimal subgraph: the platform's behaviour without any business domain. */
type ProbeContext = RequestContext<{ next: () => Promise<number> }>;

const definition: SubgraphDefinition<{ next: () => Promise<number> }> = {
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
    type Query { whoAmI: String!  nextNumber: Int!  echo(text: String): String }
  `),
  resolvers: {
    Query: {
      whoAmI: (_root: unknown, _args: unknown, ctx: ProbeContext) => `${ctx.caller.id}/${ctx.lang}`,
      nextNumber: (_root: unknown, _args: unknown, ctx: ProbeContext) => ctx.loaders.next(),
      echo: (_root: unknown, args: { text?: string }) => args.text ?? null,
    },
  },
  entities: [NumberSequenceEntity],
  migrations: [],
  createLoaders: (dataSource) => ({ next: () => dataSource.transaction((m) => nextSequenceValue(m, 'test.seq')) }),
};

describe('a platform subgraph', () => {
  let svc: RunningSubgraph;
  beforeAll(async () => {
    svc = await startSubgraph(
      definition,
      loadServiceConfig('probe', 0, {
        PROBE_DATABASE_URL: 'sqlite::memory:',
        LOG_LEVEL: 'silent',
        OPERATOR_TOKEN: OPERATOR_TOKEN,
        MAX_INPUT_STRING_LENGTH: '100',
        MAX_REQUEST_BYTES: '4096',
      }),
    );
  });
  afterAll(() => svc.stop());
  const base = () => svc.url.replace(/\/graphql$/, '');

  it('serves liveness and readiness (readiness checks the database)', async () => {
    expect((await fetch(`${base()}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base()}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', service: 'probe' });
  });

  it('reports events lag and dead letters to an operator without letting them decide readiness', async () => {
    const operator = await fetch(`${base()}/health/ready`, { headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } });
    expect(operator.status).toBe(200);
    expect(await operator.json()).toMatchObject({
      status: 'ready',
      events: {
        transport: 'embedded',
        outbox: { unpublished: 0, oldestUnpublishedSeconds: null, publishedSinceStart: 0 },
        consumers: [],
        deadLetters: 0,
      },
    });
  });

  it('shows readiness details (the database it reached) only to an operator presenting OPERATOR_TOKEN', async () => {
    const anonymous = await fetch(`${base()}/health/ready`, {
      headers: { authorization: 'Bearer not-the-operator-token-at-all-xxxxxxxxxx' },
    });
    expect(JSON.stringify(await anonymous.json())).not.toMatch(/memory|database/);
    const operator = await fetch(`${base()}/health/ready`, { headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } });
    expect(await operator.json()).toMatchObject({
      status: 'ready',
      checks: { database: { status: 'ok', target: expect.stringContaining('memory') } },
    });
  });

  it('refuses a string input over MAX_INPUT_STRING_LENGTH with BAD_USER_INPUT naming it', async () => {
    const result = await callSubgraph(svc.url, DEV_INTERNAL_SECRET, caller, 'query($s: String) { echo(text: $s) }', { s: 'x'.repeat(101) });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 's', maxLength: 100 } });
    const literal = await callSubgraph(svc.url, DEV_INTERNAL_SECRET, caller, `{ echo(text: "${'y'.repeat(101)}") }`);
    expect(literal.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
    expect((await callSubgraph(svc.url, DEV_INTERNAL_SECRET, caller, '{ echo(text: "short") }')).data).toEqual({ echo: 'short' });
  });

  it('answers a body over MAX_REQUEST_BYTES with 413 REQUEST_TOO_LARGE and closes that connection', async () => {
    const response = await fetch(svc.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_TOO_LARGE' } }] });
  });

  it('gives resolvers the signed caller and the negotiated language', async () => {
    const result = await callSubgraph(svc.url, DEV_INTERNAL_SECRET, caller, '{ whoAmI }', undefined, { 'accept-language': 'en' });
    expect(result.data).toEqual({ whoAmI: 's-1/en' });
  });

  it('refuses a request signed with another secret', async () => {
    const result = await callSubgraph(svc.url, 'another-secret-that-is-long-enough-012345', caller, '{ whoAmI }');
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('hands out business numbers without gaps or repeats', async () => {
    const numbers: number[] = [];
    for (let i = 0; i < 3; i += 1)
      numbers.push((await callSubgraph<{ nextNumber: number }>(svc.url, DEV_INTERNAL_SECRET, caller, '{ nextNumber }')).data!.nextNumber);
    expect(numbers).toEqual([1, 2, 3]);
  });

  it('counts the SQL statements it runs', async () => {
    svc.sqlCounter.reset();
    await callSubgraph(svc.url, DEV_INTERNAL_SECRET, caller, '{ nextNumber }');
    expect(svc.sqlCounter.count).toBeGreaterThanOrEqual(2);
  });
});

describe('a subgraph whose database cannot be reached', () => {
  it('fails to start with one line naming the service and the variable', async () => {
    const config = loadServiceConfig('probe', 0, { PROBE_DATABASE_URL: 'mysql://root@127.0.0.1:1/crm_probe', LOG_LEVEL: 'silent' });
    await expect(startSubgraph(definition, config)).rejects.toThrow(
      /^\[probe\] PROBE_DATABASE_URL: cannot open mysql:\/\/root@127\.0\.0\.1:1\/crm_probe: .+$/,
    );
  });
});
