import { SignJWT } from 'jose';
import { issueClientToken, UnauthenticatedError } from '@crm/platform';
import { VerifiedTokens } from '../src/auth/verified-tokens';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const identity = { id: 's-zhangwei', name: '张伟', roles: ['SALES_REP'], departmentId: 'd-sales-east' };
const bearer = async (lifetime = '1h') => `Bearer ${await issueClientToken(secret, identity, lifetime)}`;

describe('verified client tokens at the gateway', () => {
  afterEach(() => jest.useRealTimers());

  it('answer a token seen before from the cache, and a token past its expiry is verified afresh and refused', async () => {
    const tokens = new VerifiedTokens(secret, 10);
    const header = await bearer('2s');
    expect(await tokens.authenticate(header)).toEqual(identity);
    expect(await tokens.authenticate(header)).toEqual(identity);
    jest.useFakeTimers({ now: Date.now() + 5_000 });
    await expect(tokens.authenticate(header)).rejects.toThrow(new UnauthenticatedError('token expired'));
  });

  it('never keep a refused token: the same forged token is refused every time', async () => {
    const tokens = new VerifiedTokens(secret, 10);
    const forged = `Bearer ${await new SignJWT({ roles: ['GM'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('crm-identity').setAudience('crm-api').setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-that-is-long-enough-012345'))}`;
    for (let i = 0; i < 2; i++) await expect(tokens.authenticate(forged)).rejects.toThrow('token is invalid');
    await expect(tokens.authenticate(undefined)).rejects.toThrow('missing Authorization');
  });

  it('hold at most their capacity, dropping the oldest', async () => {
    const tokens = new VerifiedTokens(secret, 2);
    const headers = [await bearer('1h'), await bearer('2h'), await bearer('3h')];
    for (const h of headers) await tokens.authenticate(h);
    expect(tokens.size).toBe(2);
    expect(headers.map((h) => tokens.has(h))).toEqual([false, true, true]);
  });
});
