import path from 'node:path';
import { loadGatewayConfig, RunningGateway, startGateway } from '../src';

const ORG_DIRECTORY = path.join(__dirname, '..', '..', 'deploy', 'compose', 'org-directory.json');
const browserGet = (url: string) => fetch(url, { headers: { accept: 'text/html' } });

/** The landing page's server side; tests/e2e/graphql-ide.e2e.spec.ts drives it in a browser. */
describe('the GraphiQL landing page', () => {
  const gateways: RunningGateway[] = [];
  const start = async (env: Record<string, string>) => {
    const gateway = await startGateway(
      loadGatewayConfig({ GATEWAY_PORT: '0', LOG_LEVEL: 'silent', GATEWAY_REVOCATION_REFRESH_SECONDS: '0', ...env }),
    );
    gateways.push(gateway);
    return gateway;
  };
  afterAll(() => Promise.all(gateways.map((g) => g.stop())));

  it('in development serves GraphiQL and its scripts from the gateway itself, with the demo roles’ tokens', async () => {
    const gateway = await start({});
    const html = await (await browserGet(gateway.url)).text();
    expect(html).toContain('<div id="graphiql">');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['/ide/graphiql.css', '/ide/react.js', '/ide/react-dom.js', '/ide/graphiql.js']);
    for (const source of sources) {
      const asset = await fetch(new URL(source, gateway.url));
      expect([asset.status, asset.headers.get('content-type')]).toEqual([200, expect.stringMatching(/^text\/(javascript|css)/)]);
    }
    const tokens = JSON.parse(/<script id="demo-tokens" type="application\/json">(.*?)<\/script>/s.exec(html)![1]) as {
      role: string;
      token: string;
    }[];
    expect(tokens.map((t) => t.role)).toEqual(expect.arrayContaining(['SALES_REP', 'GM', 'FINANCE']));
    const answer = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0].token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(((await answer.json()) as { data?: unknown }).data).toEqual({ __typename: 'Query' });
  });

  it('offers no demo token when the gateway runs with a secret of its own', async () => {
    const gateway = await start({ JWT_SECRET: 'a-company-secret-that-is-long-enough-0123' });
    const html = await (await browserGet(gateway.url)).text();
    expect(html).toContain('<script id="demo-tokens" type="application/json">[]</script>');
  });

  it('is off in production: no IDE page and no IDE files', async () => {
    const gateway = await start({
      NODE_ENV: 'production',
      JWT_SECRET: 'j'.repeat(40),
      INTERNAL_SIGNING_SECRET: 'i'.repeat(40),
      ORG_DIRECTORY_FILE: ORG_DIRECTORY,
    });
    expect(await (await browserGet(gateway.url)).text()).not.toContain('graphiql');
    expect((await fetch(new URL('/ide/graphiql.js', gateway.url))).status).toBe(404);
  });
});
