import {
  ConfigError,
  DEV_INTERNAL_SECRET,
  DEV_JWT_SECRET,
  Env,
  HttpLimits,
  loadHttpLimits,
  readClockOverride,
  readNumber,
  readSecret,
} from '@crm/platform';
import type { ForwardingLimits } from './auth/signed-data-source';
import { SUBGRAPHS, SUPERGRAPH_FILE } from './subgraphs';
import { loadOperationLimits, OperationLimits } from './limits/operation-limits';
import { loadOidcConfig, OidcConfig } from './auth/oidc-config';

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  /** Verifies client tokens (HS256). */
  jwtSecret: string;
  /** The company's OpenID Connect provider (OIDC_*), whose RS256/ES256 tokens are accepted too. */
  oidc?: OidcConfig;
  /** Signs the caller for the subgraphs. */
  internalSecret: string;
  supergraphFile: string;
  /** Subgraph URL overrides (CUSTOMER_URL=…), else the URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  logLevel: string;
  limits: OperationLimits;
  /** The department tree for DEPARTMENT_TREE scopes (ORG_DIRECTORY_FILE; the demo organisation in development only). */
  orgDirectoryFile?: string;
  /** Keep-alive connections per subgraph (GATEWAY_SUBGRAPH_CONNECTIONS); 0 uses Apollo's default HTTP client. */
  subgraphConnections: number;
  /** Verified client tokens kept until they expire (GATEWAY_TOKEN_CACHE_SIZE); 0 verifies every request. */
  tokenCacheSize: number;
  /** How often the list of departed staff is read (GATEWAY_REVOCATION_REFRESH_SECONDS, CUS-032); 0 never. */
  revocationRefreshSeconds: number;
  /** Accept x-crm-as-of and sign it to the subgraphs (CLOCK_OVERRIDE; never in production). */
  clockOverride: boolean;
  /** Client request body bound and deadline (MAX_REQUEST_BYTES, HTTP_REQUEST_TIMEOUT_MS). */
  http: HttpLimits;
  /** Deadline and size bound of each subgraph call (GATEWAY_SUBGRAPH_TIMEOUT_MS, GATEWAY_SUBGRAPH_MAX_REQUEST_BYTES). */
  forwarding: ForwardingLimits;
}

const SERVICE = 'gateway';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function readLogLevel(env: Env): string {
  const level = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(SERVICE, 'LOG_LEVEL', `"${level}" must be one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of SUBGRAPHS) {
    const variable = `${name.toUpperCase()}_URL`;
    const value = env[variable];
    if (value === undefined || value === '') continue;
    try {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    } catch {
      throw new ConfigError(
        SERVICE,
        variable,
        `"${value}" must be an http(s) URL such as http://${name}:${SUBGRAPHS.find((s) => s.name === name)?.defaultPort}/graphql`,
      );
    }
    subgraphUrls[name] = value;
  }
  const config: GatewayConfig = {
    port: readNumber(SERVICE, env, 'GATEWAY_PORT', 4000, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    production: env.NODE_ENV === 'production',
    jwtSecret: readSecret(SERVICE, env, 'JWT_SECRET', DEV_JWT_SECRET),
    internalSecret: readSecret(SERVICE, env, 'INTERNAL_SIGNING_SECRET', DEV_INTERNAL_SECRET),
    supergraphFile: env.SUPERGRAPH_FILE || SUPERGRAPH_FILE,
    subgraphUrls,
    oidc: loadOidcConfig(env),
    logLevel: readLogLevel(env),
    limits: loadOperationLimits(env),
    orgDirectoryFile: env.ORG_DIRECTORY_FILE || undefined,
    subgraphConnections: readNumber(SERVICE, env, 'GATEWAY_SUBGRAPH_CONNECTIONS', 16, 0, 1024),
    tokenCacheSize: readNumber(SERVICE, env, 'GATEWAY_TOKEN_CACHE_SIZE', 10_000, 0, 1_000_000),
    revocationRefreshSeconds: readNumber(SERVICE, env, 'GATEWAY_REVOCATION_REFRESH_SECONDS', 10, 0, 3600),
    clockOverride: readClockOverride(SERVICE, env),
    http: loadHttpLimits(SERVICE, env),
    forwarding: {
      timeoutMs: readNumber(SERVICE, env, 'GATEWAY_SUBGRAPH_TIMEOUT_MS', 10_000, 50, 600_000),
      // The subgraphs' own MAX_REQUEST_BYTES unless set: a larger forwarded request would only come back 413.
      maxRequestBytes: readNumber(
        SERVICE,
        env,
        'GATEWAY_SUBGRAPH_MAX_REQUEST_BYTES',
        loadHttpLimits(SERVICE, env).maxBodyBytes,
        1024,
        64 * 1024 * 1024,
      ),
    },
  };
  if (config.production && !config.orgDirectoryFile) {
    throw new ConfigError(SERVICE, 'ORG_DIRECTORY_FILE', 'is required in production (the demo organisation is for development)');
  }
  return config;
}
