import { createHash } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';
import { Caller } from './caller';

const ISSUER = 'crm-gateway';
const AUDIENCE = 'crm-subgraph';
/** Long enough for a slow query plan, short enough that a leaked header is soon useless. */
const LIFETIME_SECONDS = 60;

const encoder = new TextEncoder();
const keyCache = new Map<string, Uint8Array>();
function keyOf(secret: string): Uint8Array {
  let key = keyCache.get(secret);
  if (!key) {
    key = encoder.encode(secret);
    keyCache.set(secret, key);
  }
  return key;
}

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
}

/** Signs the caller for one subgraph fetch (HS256 with the secret shared by the gateway and the subgraphs). */
export async function signCaller(secret: string, caller: Caller, requestId: string, query: string, variables?: Variables): Promise<string> {
  return new SignJWT({
    name: caller.name,
    roles: caller.roles,
    dep: caller.departmentId,
    tree: caller.departmentTree ?? [],
    rid: requestId,
    op: operationDigest(query, variables),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(keyOf(secret));
}

export class InvalidSignatureError extends Error {
  override name = 'InvalidSignatureError';
}

/** Verifies a caller header; throws InvalidSignatureError with the reason when it is absent, forged or stale. */
export async function verifyCaller(secret: string, header: string | undefined, query: string | undefined, variables?: Variables): Promise<SignedCaller> {
  if (!header) throw new InvalidSignatureError('request was not signed by the gateway');
  try {
    const { payload } = await jwtVerify(header, keyOf(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    if (query === undefined || payload.op !== operationDigest(query, variables)) {
      throw new InvalidSignatureError('signature does not match the operation');
    }
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
    return {
      caller: {
        id: String(payload.sub),
        name: typeof payload.name === 'string' ? payload.name : '',
        roles,
        departmentId: typeof payload.dep === 'string' ? payload.dep : null,
        departmentTree: Array.isArray(payload.tree) ? payload.tree.filter((d): d is string => typeof d === 'string') : [],
      },
      requestId: typeof payload.rid === 'string' ? payload.rid : '',
    };
  } catch (error: unknown) {
    if (error instanceof InvalidSignatureError) throw error;
    if (error instanceof errors.JWTExpired) throw new InvalidSignatureError('gateway signature expired');
    throw new InvalidSignatureError('gateway signature is invalid');
  }
}
