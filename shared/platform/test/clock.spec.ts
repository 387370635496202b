import { DocumentNode, parse } from 'graphql';
import {
  Caller,
  DEV_INTERNAL_SECRET,
  loadServiceConfig,
  readSubgraphSdl,
  RequestContext,
  RunningSubgraph,
  startSubgraph,
  SubgraphDefinition,
} from '../src';
import { callSubgraph } from '../src/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The platform clock a request reads, and the development switch that runs a request as of another instant. */
describe('request clock and CLOCK_OVERRIDE', () => {
  const caller: Caller = { id: 's-probe', name: '测试', roles: ['GM'], departmentId: 'd-hq' };
  const typeDefs = (): DocumentNode => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clock-sdl-'));
    fs.mkdirSync(path.join(dir, 'modules', 'probe'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'modules', 'probe', 'probe.graphql'),
      'extend type Query { now: String @permission(requires: "signedIn") }\n',
    );
    return parse(readSubgraphSdl(dir, 'clock'));
  };
  const definition = (): SubgraphDefinition<{ now: string }> => ({
    typeDefs: typeDefs(),
    resolvers: { Query: { now: (_root: unknown, _args: unknown, ctx: RequestContext<{ now: string }>) => ctx.loaders.now } },
    entities: [],
    migrations: [],
    // The loaders see the request's clock: what a subgraph's rules read as "now".
    createLoaders: (_dataSource, _config, _access, request) => ({ now: request.clock.now().toISOString() }),
  });
  const start = (env: Record<string, string>) =>
    startSubgraph(definition(), loadServiceConfig('clock', 0, { CLOCK_DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent', ...env }));
  const ask = (svc: RunningSubgraph, asOf?: Date) =>
    callSubgraph<{ now: string }>(svc.url, DEV_INTERNAL_SECRET, caller, '{ now }', undefined, {}, asOf);

  it('a request signed "as of" an instant reads that instant as now when CLOCK_OVERRIDE is on', async () => {
    const svc = await start({ CLOCK_OVERRIDE: 'true' });
    try {
      const asOf = new Date('2026-03-31T15:59:00Z');
      expect((await ask(svc, asOf)).data?.now).toBe(asOf.toISOString());
      const now = Date.parse((await ask(svc)).data!.now);
      expect(Math.abs(now - Date.now())).toBeLessThan(5_000);
    } finally {
      await svc.stop();
    }
  });

  it('without CLOCK_OVERRIDE a request "as of" another instant is refused with AS_OF_NOT_ALLOWED, not run on the real clock', async () => {
    const svc = await start({});
    try {
      const refused = await ask(svc, new Date('2026-03-31T15:59:00Z'));
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0].extensions?.code).toBe('AS_OF_NOT_ALLOWED');
    } finally {
      await svc.stop();
    }
  });

  it('CLOCK_OVERRIDE is refused in production', () => {
    expect(() =>
      loadServiceConfig('clock', 0, { NODE_ENV: 'production', CLOCK_OVERRIDE: 'true', INTERNAL_SIGNING_SECRET: 'x'.repeat(40) }),
    ).toThrow('[clock] CLOCK_OVERRIDE: must not be set in production');
    expect(() => loadServiceConfig('clock', 0, { CLOCK_OVERRIDE: 'sometimes' })).toThrow('must be true or false');
  });
});
