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

const caller = { id: 's-1', name: 'tester', roles: ['SALES_REP'], departmentId: 'd-1' };

/** A minimal subgraph: the platform's behaviour without any business domain. */
type ProbeContext = RequestContext<{ next: () => Promise<number> }>;

const definition: SubgraphDefinition<{ next: () => Promise<number> }> = {
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
    type Query { whoAmI: String!  nextNumber: Int! }
  `),
  resolvers: {
    Query: {
      whoAmI: (_root: unknown, _args: unknown, ctx: ProbeContext) => `${ctx.caller.id}/${ctx.lang}`,
      nextNumber: (_root: unknown, _args: unknown, ctx: ProbeContext) => ctx.loaders.next(),
    },
  },
  entities: [NumberSequenceEntity],
  migrations: [],
  createLoaders: (dataSource) => ({ next: () => dataSource.transaction((m) => nextSequenceValue(m, 'test.seq')) }),
};

describe('a platform subgraph', () => {
  let svc: RunningSubgraph;
  beforeAll(async () => {
    svc = await startSubgraph(definition, loadServiceConfig('probe', 0, { PROBE_DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' }));
  });
  afterAll(() => svc.stop());
  const base = () => svc.url.replace(/\/graphql$/, '');

  it('serves liveness and readiness (readiness checks the database)', async () => {
    expect((await fetch(`${base()}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base()}/health/ready`);
    expect(await ready.json()).toEqual({
      status: 'ready',
      service: 'probe',
      events: {
        transport: 'embedded',
        outbox: { unpublished: 0, oldestUnpublishedSeconds: null, publishedSinceStart: 0 },
        consumers: [],
        deadLetters: 0,
      },
    });
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
