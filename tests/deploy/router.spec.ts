import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadGatewayConfig, SUBGRAPHS, SUPERGRAPH_FILE } from '@crm/gateway';

const ROUTER_FILE = path.join(__dirname, '..', '..', 'deploy', 'router', 'router.yaml');

interface RouterConfig {
  supergraph: { listen: string; path: string; introspection: boolean };
  sandbox: { enabled: boolean };
  homepage: { enabled: boolean };
  limits: { max_depth: number; max_aliases: number; parser_max_tokens: number };
  demand_control: { enabled: boolean; mode: string; strategy: { static_estimated: { max: number } } };
  headers: { all: { request: { propagate?: { named: string } }[] } };
  override_subgraph_url: Record<string, string>;
  coprocessor: { url: string; router: { request: Record<string, unknown> }; subgraph: { all: { request: Record<string, unknown> } } };
  [key: string]: unknown;
}

/** Apollo Router's top-level configuration sections this file may use (Router 2.x); a typo is caught here. */
const ROUTER_SECTIONS = new Set([
  'supergraph',
  'sandbox',
  'homepage',
  'health_check',
  'include_subgraph_errors',
  'csrf',
  'limits',
  'demand_control',
  'headers',
  'override_subgraph_url',
  'coprocessor',
  'rhai',
  'telemetry',
  'traffic_shaping',
  'cors',
  'authentication',
  'apq',
]);

/** No Router binary runs in CI: the file is checked structurally and against what the JS gateway does. */
describe('the Apollo Router configuration (deploy/router/router.yaml)', () => {
  const router = parse(fs.readFileSync(ROUTER_FILE, 'utf8')) as RouterConfig;
  const gateway = loadGatewayConfig({});

  it('uses only Router configuration sections, and serves /graphql without introspection or landing page', () => {
    expect(Object.keys(router).filter((k) => !ROUTER_SECTIONS.has(k))).toEqual([]);
    expect(router.supergraph).toEqual({ listen: '0.0.0.0:4000', path: '/graphql', introspection: false });
    expect([router.sandbox.enabled, router.homepage.enabled]).toEqual([false, false]);
  });

  it('points at every subgraph of the committed supergraph', () => {
    const sdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
    const graphs = [...sdl.matchAll(/@join__graph\(name: "(\w+)"/g)].map((m) => m[1]).sort();
    expect(Object.keys(router.override_subgraph_url).sort()).toEqual(graphs);
    for (const { name, defaultPort } of SUBGRAPHS) {
      expect(router.override_subgraph_url[name]).toBe(`\${env.${name.toUpperCase()}_URL:-http://${name}:${defaultPort}/graphql}`);
    }
  });

  it('enforces the gateway’s default depth, alias, token and cost limits', () => {
    expect(router.limits).toMatchObject({
      max_depth: gateway.limits.maxDepth,
      max_aliases: gateway.limits.maxAliases,
      parser_max_tokens: gateway.limits.maxTokens,
    });
    expect(router.demand_control).toMatchObject({
      enabled: true,
      mode: 'enforce',
      strategy: { static_estimated: { max: gateway.limits.maxCost } },
    });
  });

  it('propagates Accept-Language and the request id, never a client’s x-crm-caller', () => {
    const propagated = router.headers.all.request.map((rule) => rule.propagate?.named);
    expect(propagated.sort()).toEqual(['accept-language', 'x-request-id']);
    expect(JSON.stringify(router.headers)).not.toContain('x-crm-caller');
  });

  it('sends the client headers and every subgraph fetch with its body to the caller coprocessor', () => {
    expect(router.coprocessor.url).toBe('${env.ROUTER_COPROCESSOR_URL:-http://127.0.0.1:4010}');
    expect(router.coprocessor.router.request).toMatchObject({ headers: true, context: 'all' });
    expect(router.coprocessor.subgraph.all.request).toMatchObject({ headers: true, body: true, context: 'all' });
  });
});
