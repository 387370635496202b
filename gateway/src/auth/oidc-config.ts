import { ConfigError, Env, readNumber } from '@crm/platform';

/** Signature algorithms an enterprise identity provider may sign with; HS256 stays the development secret's. */
export const OIDC_ALGORITHMS = ['RS256', 'ES256'] as const;
export type OidcAlgorithm = (typeof OIDC_ALGORITHMS)[number];

/** Which claims of the provider's tokens carry the staff id, display name, roles and department (dotted paths). */
export interface OidcClaims {
  staffId: string;
  name: string;
  roles: string;
  department: string;
}

/** The company's OpenID Connect provider whose tokens the gateway accepts besides the HS256 development secret. */
export interface OidcConfig {
  issuer: string;
  audience: string;
  /** The key set; discovered from the issuer's /.well-known/openid-configuration when not given. */
  jwksUrl?: string;
  algorithms: OidcAlgorithm[];
  claims: OidcClaims;
  /** After fetching the key set, the least time before an unknown key id fetches it again (rotation). */
  jwksCooldownSeconds: number;
  /** How long a fetched key set is used before it is fetched again, even when every key id is known. */
  jwksMaxAgeSeconds: number;
  /** Tolerated clock difference with the provider for exp/nbf. */
  clockToleranceSeconds: number;
}

const SERVICE = 'gateway';
const CLAIM_PATH = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w:/-]*)*$/;

function readUrl(env: Env, variable: string, example: string): string | undefined {
  const value = env[variable];
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(SERVICE, variable, `"${value}" must be an https URL such as ${example}`);
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (loopback || env.NODE_ENV !== 'production'))) {
    throw new ConfigError(SERVICE, variable, `"${value}" must be an https URL such as ${example}`);
  }
  return value;
}

function readClaim(env: Env, variable: string, fallback: string): string {
  const value = env[variable] || fallback;
  if (!CLAIM_PATH.test(value))
    throw new ConfigError(SERVICE, variable, `"${value}" must be a claim name or a dotted path such as realm_access.roles`);
  return value;
}

function readAlgorithms(env: Env): OidcAlgorithm[] {
  const raw = env.OIDC_ALGORITHMS;
  if (raw === undefined || raw === '') return [...OIDC_ALGORITHMS];
  const given = raw.split(',').map((a) => a.trim());
  const unknown = given.filter((a) => !(OIDC_ALGORITHMS as readonly string[]).includes(a));
  if (unknown.length || given.length === 0) {
    throw new ConfigError(SERVICE, 'OIDC_ALGORITHMS', `"${raw}" must list algorithms among ${OIDC_ALGORITHMS.join(', ')}`);
  }
  return given as OidcAlgorithm[];
}

/** OIDC_* variables; none set means no enterprise provider (development tokens only). */
export function loadOidcConfig(env: Env): OidcConfig | undefined {
  const issuer = readUrl(env, 'OIDC_ISSUER', 'https://sso.example.com/realms/crm');
  const jwksUrl = readUrl(env, 'OIDC_JWKS_URL', 'https://sso.example.com/realms/crm/protocol/openid-connect/certs');
  if (!issuer) {
    const stray = ['OIDC_AUDIENCE', 'OIDC_JWKS_URL'].find((v) => env[v]);
    if (stray) throw new ConfigError(SERVICE, 'OIDC_ISSUER', `is required when ${stray} is set`);
    return undefined;
  }
  const audience = env.OIDC_AUDIENCE?.trim();
  if (!audience) throw new ConfigError(SERVICE, 'OIDC_AUDIENCE', 'is required with OIDC_ISSUER (the client id the provider puts in "aud")');
  return {
    issuer,
    audience,
    jwksUrl,
    algorithms: readAlgorithms(env),
    claims: {
      staffId: readClaim(env, 'OIDC_CLAIM_STAFF_ID', 'sub'),
      name: readClaim(env, 'OIDC_CLAIM_NAME', 'name'),
      roles: readClaim(env, 'OIDC_CLAIM_ROLES', 'roles'),
      department: readClaim(env, 'OIDC_CLAIM_DEPARTMENT', 'department'),
    },
    jwksCooldownSeconds: readNumber(SERVICE, env, 'OIDC_JWKS_COOLDOWN_SECONDS', 30, 0, 3600),
    jwksMaxAgeSeconds: readNumber(SERVICE, env, 'OIDC_JWKS_MAX_AGE_SECONDS', 600, 1, 86_400),
    clockToleranceSeconds: readNumber(SERVICE, env, 'OIDC_CLOCK_TOLERANCE_SECONDS', 30, 0, 300),
  };
}
