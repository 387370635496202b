import { createHash } from 'node:crypto';
import { Caller } from './caller';
import { signHs256, verifyHs256 } from './hs256';

const ISSUER = 'crm-gateway';
const AUDIENCE = 'crm-subgraph';
/** Long enough for a slow query plan, short enough that a leaked header is soon useless. */
const LIFETIME_SECONDS = 60;

/** Tolerated clock difference between the gateway and a subgraph host. */
const CLOCK_SKEW_SECONDS = 5;

const keyCache = new Map<string, Buffer>();
function keyOf(secret: string): Buffer {
  let key = keyCache.get(secret);
  if (!key) {
    key = Buffer.from(secret, 'utf8');
    keyCache.set(secret, key);
  }
  return key;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export type Variables = Record<string, unknown> | null | undefined;

/**
 * Digest of the operation text and variables the signature is bound to, so a captured header cannot carry another
 * operation or other entity representations. Both sides serialise the variables with JSON.stringify.
 */
export function operationDigest(query: string, variables?: Variables): string {
  return createHash('sha256')
    .update(query)
    .update('\n')
    .update(JSON.stringify(variables ?? {}))
    .digest('base64url');
}

export interface SignedCaller {
  caller: Caller;
  requestId: string;
  /** The instant the request runs as of (CLOCK_OVERRIDE), or null for now. */
  asOf: Date | null;
}

/**
 * Signs the caller for one subgraph fetch (HS256 with the secret shared by the gateway and the subgraphs), with the
 * instant the request runs as of when the client asked for one (CLOCK_OVERRIDE).
 */
export function signCaller(
  secret: string,
  caller: Caller,
  requestId: string,
  query: string,
  variables?: Variables,
  asOf?: Date | null,
): string {
  const iat = nowSeconds();
  return signHs256(keyOf(secret), {
    ...(asOf ? { asof: asOf.toISOString() } : {}),
    name: caller.name,
    roles: caller.roles,
    dep: caller.departmentId,
    tree: caller.departmentTree ?? [],
    rid: requestId,
    op: operationDigest(query, variables),
    sub: caller.id,
    iss: ISSUER,
    aud: AUDIENCE,
    iat,
    exp: iat + LIFETIME_SECONDS,
  });
}

export class InvalidSignatureError extends Error {
  override name = 'InvalidSignatureError';
}

/** Verifies a caller header; throws InvalidSignatureError with the reason when it is absent, forged or stale. */
export function verifyCaller(secret: string, header: string | undefined, query: string | undefined, variables?: Variables): SignedCaller {
  if (!header) throw new InvalidSignatureError('request was not signed by the gateway');
  const claims = verifyHs256(keyOf(secret), header);
  if (!claims || claims.iss !== ISSUER || claims.aud !== AUDIENCE || typeof claims.sub !== 'string' || typeof claims.exp !== 'number') {
    throw new InvalidSignatureError('gateway signature is invalid');
  }
  if (claims.exp + CLOCK_SKEW_SECONDS <= nowSeconds()) throw new InvalidSignatureError('gateway signature expired');
  if (query === undefined || claims.op !== operationDigest(query, variables))
    throw new InvalidSignatureError('signature does not match the operation');
  return {
    caller: {
      id: claims.sub,
      name: typeof claims.name === 'string' ? claims.name : '',
      roles: strings(claims.roles),
      departmentId: typeof claims.dep === 'string' ? claims.dep : null,
      departmentTree: strings(claims.tree),
    },
    requestId: typeof claims.rid === 'string' ? claims.rid : '',
    asOf: typeof claims.asof === 'string' ? new Date(claims.asof) : null,
  };
}
