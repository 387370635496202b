import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { Caller, UnauthenticatedError } from '@crm/platform';
import { OidcConfig } from './oidc-config';

type KeySet = ReturnType<typeof createRemoteJWKSet>;

const DISCOVERY_TIMEOUT_MS = 5_000;

/** A claim by dotted path (`realm_access.roles`), as providers nest roles under their own objects. */
function claimAt(payload: JWTPayload, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

/** Roles as a JSON array of strings, or one string separated by spaces or commas (both are met in the field). */
function rolesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((r): r is string => typeof r === 'string' && r !== '');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * Verifies tokens of the company's OpenID Connect provider: RS256 or ES256 against the provider's key set (found by
 * discovery unless configured), issuer and audience checked, and the configured claims mapped to the caller.
 * Rotation needs no restart: a token signed with a key id the cached set lacks fetches the set again (at most once
 * per cooldown), and the set is refreshed after its maximum age anyway.
 */
export class OidcTokens {
  private keySet?: Promise<KeySet>;

  constructor(private readonly config: OidcConfig) {}

  get issuer(): string {
    return this.config.issuer;
  }

  async verify(token: string): Promise<Caller> {
    const keys = await this.keys();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.config.algorithms,
        clockTolerance: this.config.clockToleranceSeconds,
      }));
    } catch (error: unknown) {
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('token expired');
      // A timeout or a failed fetch of the key set is the provider's outage, not a bad token.
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
        throw new UnauthenticatedError('the identity provider could not be reached to check the token');
      }
      throw new UnauthenticatedError('token is invalid');
    }
    const { claims } = this.config;
    const id = claimAt(payload, claims.staffId);
    if (typeof id !== 'string' || id === '') throw new UnauthenticatedError(`token has no staff id (claim ${claims.staffId})`);
    const name = claimAt(payload, claims.name);
    const department = claimAt(payload, claims.department);
    return {
      id,
      name: typeof name === 'string' && name !== '' ? name : id,
      roles: rolesOf(claimAt(payload, claims.roles)),
      departmentId: typeof department === 'string' && department !== '' ? department : null,
    };
  }

  /** The remote key set, discovered once; a failed discovery is tried again on the next token. */
  private keys(): Promise<KeySet> {
    this.keySet ??= this.discoverKeySet().catch((error: unknown) => {
      this.keySet = undefined;
      throw error;
    });
    return this.keySet;
  }

  private async discoverKeySet(): Promise<KeySet> {
    const options = {
      cooldownDuration: this.config.jwksCooldownSeconds * 1000,
      cacheMaxAge: this.config.jwksMaxAgeSeconds * 1000,
      timeoutDuration: DISCOVERY_TIMEOUT_MS,
    };
    if (this.config.jwksUrl) return createRemoteJWKSet(new URL(this.config.jwksUrl), options);
    const discovery = `${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(discovery, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch {
      throw new UnauthenticatedError('the identity provider could not be reached to check the token');
    }
    // OpenID Connect Discovery 1.0, 4.3: the document's issuer must be the one asked for.
    if (document.issuer !== this.config.issuer || typeof document.jwks_uri !== 'string') {
      throw new UnauthenticatedError('the identity provider published a discovery document for another issuer or without jwks_uri');
    }
    return createRemoteJWKSet(new URL(document.jwks_uri), options);
  }
}
