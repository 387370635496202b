import { decodeJwt } from 'jose';
import { authenticate, Caller } from '@crm/platform';
import type { Authenticator } from './client-identity';

/**
 * Client tokens already verified, until they expire: a frontend sends the same bearer token with every request, and
 * verifying it again (HMAC through WebCrypto) was a visible share of the gateway's CPU per request. Bounded: the
 * oldest entry makes room. A refused token is never cached, so every refusal is checked afresh.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { caller: Caller; expiresAt: number }>();

  private readonly verify: Authenticator;

  /** `verifier`: the HS256 secret, or the gateway's authenticator (development secret and OIDC provider). */
  constructor(
    verifier: string | Authenticator,
    private readonly capacity: number,
  ) {
    this.verify = typeof verifier === 'string' ? (authorization) => authenticate(verifier, authorization) : verifier;
  }

  /** How many verified tokens are kept. */
  get size(): number {
    return this.entries.size;
  }

  /** Is this Authorization header's token kept as verified? */
  has(authorization: string): boolean {
    return this.entries.has(authorization);
  }

  async authenticate(authorization: string | undefined): Promise<Caller> {
    if (this.capacity <= 0 || !authorization) return this.verify(authorization);
    const cached = this.entries.get(authorization);
    if (cached && cached.expiresAt > Date.now()) return cached.caller;
    if (cached) this.entries.delete(authorization);
    const caller = await this.verify(authorization);
    const exp = decodeJwt(authorization.trim().split(/\s+/)[1]).exp;
    if (exp !== undefined) {
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(authorization, { caller, expiresAt: exp * 1000 });
    }
    return caller;
  }
}
