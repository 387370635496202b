import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWK, SignJWT } from 'jose';
import { DEV_JWT_SECRET, issueClientToken, UnauthenticatedError } from '@crm/platform';
import { loadGatewayConfig } from '../src';
import { clientAuthenticator } from '../src/auth/client-identity';
import { loadOidcConfig } from '../src/auth/oidc-config';
import { OidcTokens } from '../src/auth/oidc-tokens';

type Alg = 'RS256' | 'ES256';
type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

/** A local identity provider: discovery document and key set over HTTP on a free loopback port, keys replaceable. */
class LocalProvider {
  keys: JWK[] = [];
  jwksRequests = 0;
  private server?: Server;
  issuer = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/realms/crm/.well-known/openid-configuration') {
        res.end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${this.issuer}/certs` }));
      } else if (req.url === '/realms/crm/certs') {
        this.jwksRequests++;
        res.end(JSON.stringify({ keys: this.keys }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/realms/crm`;
  }

  /** A new signing key published (replacing the others when `rotate`), returned to sign with. */
  async addKey(alg: Alg, kid: string, rotate = false): Promise<PrivateKey> {
    const { publicKey, privateKey } = await generateKeyPair(alg);
    const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
    this.keys = rotate ? [jwk] : [...this.keys, jwk];
    return privateKey;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

const AUDIENCE = 'crm-web';

async function token(key: PrivateKey, alg: Alg, kid: string, claims: Record<string, unknown>, issuer: string, audience = AUDIENCE) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(String(claims.sub ?? 'u-1'))
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);
}

describe('tokens of the company identity provider (OIDC) at the gateway', () => {
  const provider = new LocalProvider();
  beforeAll(() => provider.start());
  afterAll(() => provider.stop());

  const oidc = (extra: Record<string, string> = {}) =>
    new OidcTokens(loadOidcConfig({ OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_COOLDOWN_SECONDS: '0', ...extra })!);

  it('verifies RS256 and ES256 tokens found through discovery and maps the standard claims to the caller', async () => {
    const rsa = await provider.addKey('RS256', 'rsa-1');
    const ec = await provider.addKey('ES256', 'ec-1');
    const authenticate = clientAuthenticator(DEV_JWT_SECRET, oidc());
    const claims = { sub: 's-zhangwei', name: '张伟', roles: ['SALES_REP'], department: 'd-sales-east' };
    const expected = { id: 's-zhangwei', name: '张伟', roles: ['SALES_REP'], departmentId: 'd-sales-east' };
    expect(await authenticate(`Bearer ${await token(rsa, 'RS256', 'rsa-1', claims, provider.issuer)}`)).toEqual(expected);
    expect(await authenticate(`Bearer ${await token(ec, 'ES256', 'ec-1', claims, provider.issuer)}`)).toEqual(expected);
  });

  it('maps configured claims, nested ones by dotted path, and roles given as one string', async () => {
    const key = await provider.addKey('RS256', 'rsa-claims');
    const tokens = oidc({
      OIDC_CLAIM_STAFF_ID: 'employee_no',
      OIDC_CLAIM_NAME: 'preferred_username',
      OIDC_CLAIM_ROLES: 'realm_access.roles',
      OIDC_CLAIM_DEPARTMENT: 'org.dept',
    });
    const claims = {
      employee_no: 'E1024',
      preferred_username: '李娜',
      realm_access: { roles: ['FINANCE', 'AUDIT'] },
      org: { dept: 'd-finance' },
    };
    expect(await tokens.verify(await token(key, 'RS256', 'rsa-claims', claims, provider.issuer))).toEqual({
      id: 'E1024',
      name: '李娜',
      roles: ['FINANCE', 'AUDIT'],
      departmentId: 'd-finance',
    });
    const spaced = oidc({ OIDC_CLAIM_ROLES: 'scope_roles' });
    const caller = await spaced.verify(await token(key, 'RS256', 'rsa-claims', { scope_roles: 'VP GM' }, provider.issuer));
    expect(caller.roles).toEqual(['VP', 'GM']);
    await expect(
      oidc({ OIDC_CLAIM_STAFF_ID: 'employee_no' }).verify(await token(key, 'RS256', 'rsa-claims', {}, provider.issuer)),
    ).rejects.toThrow('token has no staff id (claim employee_no)');
  });

  it('refuses a token for another audience, from another issuer, or signed by a key the provider does not publish', async () => {
    const key = await provider.addKey('ES256', 'ec-checks');
    const tokens = oidc();
    await expect(tokens.verify(await token(key, 'ES256', 'ec-checks', {}, provider.issuer, 'another-app'))).rejects.toThrow(
      new UnauthenticatedError('token is invalid'),
    );
    await expect(tokens.verify(await token(key, 'ES256', 'ec-checks', {}, 'https://elsewhere.example.com'))).rejects.toThrow(
      'token is invalid',
    );
    const { privateKey: stranger } = await generateKeyPair('ES256');
    await expect(tokens.verify(await token(stranger, 'ES256', 'ec-checks', {}, provider.issuer))).rejects.toThrow('token is invalid');
  });

  it('refuses a token claiming the provider as issuer but signed with the HS256 development secret (no algorithm confusion)', async () => {
    const forged = await new SignJWT({ roles: ['GM'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(provider.issuer)
      .setAudience(AUDIENCE)
      .setSubject('s-x')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(DEV_JWT_SECRET));
    await expect(clientAuthenticator(DEV_JWT_SECRET, oidc())(`Bearer ${forged}`)).rejects.toThrow('token is invalid');
  });

  it('accepts a key the provider rotated in without a restart, and refuses the retired one', async () => {
    const old = await provider.addKey('RS256', 'rotation-old', true);
    const tokens = oidc();
    expect((await tokens.verify(await token(old, 'RS256', 'rotation-old', { sub: 'u-1' }, provider.issuer))).id).toBe('u-1');
    const fresh = await provider.addKey('RS256', 'rotation-new', true);
    expect((await tokens.verify(await token(fresh, 'RS256', 'rotation-new', { sub: 'u-2' }, provider.issuer))).id).toBe('u-2');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(tokens.verify(await token(old, 'RS256', 'rotation-old', { sub: 'u-1' }, provider.issuer))).rejects.toThrow(
      'token is invalid',
    );
  });

  it('keeps accepting the development HS256 tokens beside the provider', async () => {
    const identity = { id: 's-1', name: 'Dev', roles: ['GM'], departmentId: null };
    const authenticate = clientAuthenticator(DEV_JWT_SECRET, oidc());
    expect(await authenticate(`Bearer ${await issueClientToken(DEV_JWT_SECRET, identity)}`)).toEqual(identity);
  });

  it('says the provider is unreachable rather than that the token is bad when discovery fails', async () => {
    const tokens = new OidcTokens(loadOidcConfig({ OIDC_ISSUER: 'http://127.0.0.1:9/realms/none', OIDC_AUDIENCE: AUDIENCE })!);
    const key = await provider.addKey('RS256', 'rsa-offline');
    await expect(tokens.verify(await token(key, 'RS256', 'rsa-offline', {}, 'http://127.0.0.1:9/realms/none'))).rejects.toThrow(
      'the identity provider could not be reached to check the token',
    );
  });
});

describe('OIDC configuration', () => {
  it('is off without OIDC_ISSUER, and needs the audience with it', () => {
    expect(loadGatewayConfig({}).oidc).toBeUndefined();
    expect(() => loadGatewayConfig({ OIDC_ISSUER: 'https://sso.example.com/realms/crm' })).toThrow(
      '[gateway] OIDC_AUDIENCE: is required with OIDC_ISSUER',
    );
    expect(() => loadGatewayConfig({ OIDC_AUDIENCE: 'crm-web' })).toThrow('[gateway] OIDC_ISSUER: is required when OIDC_AUDIENCE is set');
  });

  it('defaults to RS256 and ES256 and the standard claims', () => {
    expect(loadGatewayConfig({ OIDC_ISSUER: 'https://sso.example.com/realms/crm', OIDC_AUDIENCE: 'crm-web' }).oidc).toEqual({
      issuer: 'https://sso.example.com/realms/crm',
      audience: 'crm-web',
      jwksUrl: undefined,
      algorithms: ['RS256', 'ES256'],
      claims: { staffId: 'sub', name: 'name', roles: 'roles', department: 'department' },
      jwksCooldownSeconds: 30,
      jwksMaxAgeSeconds: 600,
      clockToleranceSeconds: 30,
    });
  });

  it('names the variable of a bad value', () => {
    const base = { OIDC_ISSUER: 'https://sso.example.com/realms/crm', OIDC_AUDIENCE: 'crm-web' };
    expect(() => loadGatewayConfig({ ...base, OIDC_ALGORITHMS: 'RS256,HS256' })).toThrow(
      '[gateway] OIDC_ALGORITHMS: "RS256,HS256" must list algorithms among RS256, ES256',
    );
    expect(() => loadGatewayConfig({ ...base, OIDC_ISSUER: 'sso' })).toThrow('[gateway] OIDC_ISSUER: "sso" must be an https URL');
    expect(() => loadOidcConfig({ ...base, NODE_ENV: 'production', OIDC_ISSUER: 'http://sso.example.com' })).toThrow(
      '[gateway] OIDC_ISSUER: "http://sso.example.com" must be an https URL',
    );
    expect(() => loadGatewayConfig({ ...base, OIDC_CLAIM_ROLES: 'roles[0]' })).toThrow('[gateway] OIDC_CLAIM_ROLES');
    expect(() => loadGatewayConfig({ LOG_LEVEL: 'verbose' })).toThrow(
      '[gateway] LOG_LEVEL: "verbose" must be one of fatal, error, warn, info, debug, trace, silent',
    );
  });
});
