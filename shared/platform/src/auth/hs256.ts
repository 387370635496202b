import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Compact JWS with HS256 (RFC 7515/7519) done synchronously with node:crypto, for the gateway → subgraph caller
 * header only: it is signed on every subgraph fetch and verified on every subgraph request, where jose's WebCrypto
 * path measured 85 µs to sign and 117 µs to verify against 10 µs and 12 µs here (same machine, same run). The header
 * is fixed, so a token naming another algorithm is refused before any key is used; client tokens stay with jose.
 */
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

const mac = (key: Buffer, signingInput: string) => createHmac('sha256', key).update(signingInput).digest();

export function signHs256(key: Buffer, claims: Record<string, unknown>): string {
  const signingInput = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${mac(key, signingInput).toString('base64url')}`;
}

/** The claims of a token this module signed with the key, or null when it is malformed, of another kind or forged. */
export function verifyHs256(key: Buffer, token: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return null;
  const given = Buffer.from(parts[2], 'base64url');
  const expected = mac(key, `${parts[0]}.${parts[1]}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
