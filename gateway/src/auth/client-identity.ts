import { decodeJwt } from 'jose';
import { authenticate, Caller, UnauthenticatedError } from '@crm/platform';
import { OidcTokens } from './oidc-tokens';

/** Reads the caller from an Authorization header value, or throws UnauthenticatedError. */
export type Authenticator = (authorization: string | undefined) => Promise<Caller>;

/**
 * The client's identity: a token issued by the company's OpenID Connect provider (its `iss`) is verified against the
 * provider's keys; any other is a token of the HS256 secret (JWT_SECRET: development, or a bridge of one's own). The
 * unverified issuer only chooses the verifier; each verifier checks issuer, audience, algorithm and signature itself.
 */
export function clientAuthenticator(jwtSecret: string, oidc?: OidcTokens): Authenticator {
  return async (authorization) => {
    if (!oidc || !authorization) return authenticate(jwtSecret, authorization);
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
    let issuer: unknown;
    try {
      issuer = decodeJwt(match[1]).iss;
    } catch {
      throw new UnauthenticatedError('token is invalid');
    }
    return issuer === oidc.issuer ? oidc.verify(match[1]) : authenticate(jwtSecret, authorization);
  };
}
