import { SignJWT } from 'jose';
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
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('s').setIssuer('crm-identity').setAudience('crm-api').setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(secret));
    await expect(authenticate(secret, `Bearer ${expired}`)).rejects.toThrow('token expired');
  });
});

describe('gateway signatures for subgraphs', () => {
  it('carry the caller and request id for the signed operation only', async () => {
    const header = await signCaller(secret, caller, 'req-1', '{ customers { totalCount } }');
    expect(await verifyCaller(secret, header, '{ customers { totalCount } }')).toEqual({ caller, requestId: 'req-1' });
    await expect(verifyCaller(secret, header, '{ customer(id: "x") { phone } }')).rejects.toThrow('signature does not match the operation');
  });

  it('carry the variables too: the same operation with other entity representations is refused', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    const header = await signCaller(secret, caller, 'req-2', query, { r: [{ __typename: 'Customer', id: 'a' }] });
    await expect(verifyCaller(secret, header, query, { r: [{ __typename: 'Customer', id: 'a' }] })).resolves.toMatchObject({ requestId: 'req-2' });
    await expect(verifyCaller(secret, header, query, { r: [{ __typename: 'Customer', id: 'b' }] })).rejects.toThrow('signature does not match the operation');
  });

  it('are refused when missing or signed with another secret', async () => {
    await expect(verifyCaller(secret, undefined, '{ a }')).rejects.toThrow('request was not signed by the gateway');
    const forged = await signCaller('another-secret-that-is-long-enough-012345', caller, 'r', '{ a }');
    await expect(verifyCaller(secret, forged, '{ a }')).rejects.toThrow('gateway signature is invalid');
  });
});
