import { createHash } from 'node:crypto';
import { signHs256, verifyHs256 } from '../auth/hs256';
import { InvalidSignatureError } from '../auth/internal-signature';

/** Header carrying the signature of a service-to-service request (event log pulls, operator commands). */
export const INTERNAL_REQUEST_HEADER = 'x-crm-internal';

const ISSUER = 'crm-internal';
const AUDIENCE = 'crm-events';
const LIFETIME_SECONDS = 60;
const CLOCK_SKEW_SECONDS = 5;

const digest = (method: string, pathAndQuery: string) =>
  createHash('sha256').update(`${method.toUpperCase()} ${pathAndQuery}`).digest('base64url');

/**
 * Signs one internal request with INTERNAL_SIGNING_SECRET, the secret the gateway signs callers with: only holders of
 * it (the gateway, the subgraphs, an operator's CLI) can read an event log or re-drive an event. The token is bound to
 * the method, path and query and lives 60 s, so a captured header cannot ask for anything else.
 */
export function signInternalRequest(secret: string, from: string, method: string, pathAndQuery: string): string {
  const iat = Math.floor(Date.now() / 1000);
  return signHs256(Buffer.from(secret, 'utf8'), {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: from,
    req: digest(method, pathAndQuery),
    iat,
    exp: iat + LIFETIME_SECONDS,
  });
}

/** The signing service's name, or InvalidSignatureError. */
export function verifyInternalRequest(secret: string, header: string | undefined, method: string, pathAndQuery: string): string {
  if (!header) throw new InvalidSignatureError('internal request is not signed');
  const claims = verifyHs256(Buffer.from(secret, 'utf8'), header);
  if (!claims || claims.iss !== ISSUER || claims.aud !== AUDIENCE || typeof claims.sub !== 'string' || typeof claims.exp !== 'number') {
    throw new InvalidSignatureError('internal signature is invalid');
  }
  if (claims.exp + CLOCK_SKEW_SECONDS <= Math.floor(Date.now() / 1000)) throw new InvalidSignatureError('internal signature expired');
  if (claims.req !== digest(method, pathAndQuery)) throw new InvalidSignatureError('signature does not match the request');
  return claims.sub;
}
