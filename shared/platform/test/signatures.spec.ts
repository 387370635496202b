import { jwtVerify, SignJWT } from 'jose';
import { authenticate, issueClientToken, signCaller, verifyCaller, UnauthenticatedError } from '../src';

const caller = { id: 's-zhangwei', name: '张伟', roles: ['SALES_REP'], departmentId: 'd-sales-east', departmentTree: ['d-sales-east'] };
const secret = 'a-test-secret-that-is-long-enough-0123456789';

describe('client tokens', () => {
  it('round-trip the caller', async () => {
    const { departmentTree: _tree, ...identity } = caller;
    expect(await authenticate(secret, `Bearer ${await issueClientToken(secret, identity)}`)).toEqual(identity);
  });

  it.each([
    [undefined, 'missing Authorization: Bearer <token>'],
    ['Basic abc', 'Authorization header must be "Bearer <token>"'],
    ['Bearer not.a.jwt', 'token is invalid'],
  ])('refuse %s with a reason', async (header, reason) => {
    await expect(authenticate(secret, header)).rejects.toThrow(new UnauthenticatedError(reason));
  });

  it('refuse a token signed with another secret or expired', async () => {
    const other = await issueClientToken('another-secret-that-is-long-enough-012345', caller);
    await expect(authenticate(secret, `Bearer ${other}`)).rejects.toThrow('token is invalid');
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('s')
      .setIssuer('crm-identity')
      .setAudience('crm-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    await expect(authenticate(secret, `Bearer ${expired}`)).rejects.toThrow('token expired');
  });
});

describe('gateway signatures for subgraphs', () => {
  it('carry the caller and request id for the signed operation only', () => {
    const header = signCaller(secret, caller, 'req-1', '{ customers { totalCount } }');
    expect(verifyCaller(secret, header, '{ customers { totalCount } }')).toEqual({ caller, requestId: 'req-1', asOf: null });
    expect(() => verifyCaller(secret, header, '{ customer(id: "x") { phone } }')).toThrow('signature does not match the operation');
  });

  it('carry the instant a request runs as of, when the client asked for one (CLOCK_OVERRIDE)', () => {
    const asOf = new Date('2026-03-31T15:30:00Z');
    const header = signCaller(secret, caller, 'req-3', '{ customers { totalCount } }', undefined, asOf);
    expect(verifyCaller(secret, header, '{ customers { totalCount } }').asOf).toEqual(asOf);
  });

  it('carry the variables too: the same operation with other entity representations is refused', () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    const header = signCaller(secret, caller, 'req-2', query, { r: [{ __typename: 'Customer', id: 'a' }] });
    expect(verifyCaller(secret, header, query, { r: [{ __typename: 'Customer', id: 'a' }] })).toMatchObject({ requestId: 'req-2' });
    expect(() => verifyCaller(secret, header, query, { r: [{ __typename: 'Customer', id: 'b' }] })).toThrow(
      'signature does not match the operation',
    );
  });

  it('are refused when missing, signed with another secret, tampered with or naming another algorithm', async () => {
    expect(() => verifyCaller(secret, undefined, '{ a }')).toThrow('request was not signed by the gateway');
    const forged = signCaller('another-secret-that-is-long-enough-012345', caller, 'r', '{ a }');
    expect(() => verifyCaller(secret, forged, '{ a }')).toThrow('gateway signature is invalid');
    const [header, payload, signature] = signCaller(secret, caller, 'r', '{ a }').split('.');
    const promoted = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['GM'] })).toString(
      'base64url',
    );
    expect(() => verifyCaller(secret, `${header}.${promoted}.${signature}`, '{ a }')).toThrow('gateway signature is invalid');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    expect(() => verifyCaller(secret, unsigned, '{ a }')).toThrow('gateway signature is invalid');
    // A well-formed JWT from another library with the same secret but another issuer is no gateway signature.
    const foreign = await new SignJWT({ op: 'x' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('s')
      .setIssuer('crm-identity')
      .setAudience('crm-api')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secret));
    expect(() => verifyCaller(secret, foreign, '{ a }')).toThrow('gateway signature is invalid');
  });

  it('are standard HS256 JWTs (jose verifies them) and expire after 60 s', async () => {
    const header = signCaller(secret, caller, 'req-3', '{ a }');
    const { payload } = await jwtVerify(header, new TextEncoder().encode(secret), {
      issuer: 'crm-gateway',
      audience: 'crm-subgraph',
      algorithms: ['HS256'],
    });
    expect(payload).toMatchObject({ sub: caller.id, rid: 'req-3' });
    jest.useFakeTimers({ now: Date.now() + 66_000 });
    try {
      expect(() => verifyCaller(secret, header, '{ a }')).toThrow('gateway signature expired');
    } finally {
      jest.useRealTimers();
    }
  });
});
