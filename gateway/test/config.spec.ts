import { DEV_JWT_SECRET } from '@crm/platform';
import { loadGatewayConfig } from '../src';

describe('gateway configuration', () => {
  it('defaults to port 4000 and the development secrets outside production', () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({
      port: 4000,
      jwtSecret: DEV_JWT_SECRET,
      production: false,
      subgraphUrls: {},
      subgraphConnections: 16,
      tokenCacheSize: 10_000,
      revocationRefreshSeconds: 10,
    });
  });

  it('bounds the connections per subgraph and the token cache, 0 switching either off', () => {
    expect(loadGatewayConfig({ GATEWAY_SUBGRAPH_CONNECTIONS: '0', GATEWAY_TOKEN_CACHE_SIZE: '0' })).toMatchObject({
      subgraphConnections: 0,
      tokenCacheSize: 0,
    });
    expect(() => loadGatewayConfig({ GATEWAY_SUBGRAPH_CONNECTIONS: '-1' })).toThrow('[gateway] GATEWAY_SUBGRAPH_CONNECTIONS');
  });

  it('takes subgraph URL overrides and names the variable of a bad one', () => {
    expect(loadGatewayConfig({ CREDIT_URL: 'http://credit:4002/graphql' }).subgraphUrls).toEqual({ credit: 'http://credit:4002/graphql' });
    expect(() => loadGatewayConfig({ CREDIT_URL: 'credit:4002' })).toThrow(
      '[gateway] CREDIT_URL: "credit:4002" must be an http(s) URL such as http://credit:4002/graphql',
    );
  });

  it('refuses to run in production without its own secrets', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow('[gateway] JWT_SECRET: is required in production');
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET })).toThrow('must not be the development secret');
  });

  it('refuses to run in production on the demo organisation: ORG_DIRECTORY_FILE is required there', () => {
    const secrets = { JWT_SECRET: 'j'.repeat(40), INTERNAL_SIGNING_SECRET: 'i'.repeat(40) };
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', ...secrets })).toThrow(
      '[gateway] ORG_DIRECTORY_FILE: is required in production',
    );
    expect(loadGatewayConfig({ NODE_ENV: 'production', ...secrets, ORG_DIRECTORY_FILE: '/etc/crm/org.json' }).orgDirectoryFile).toBe(
      '/etc/crm/org.json',
    );
  });
});
