import { SignJWT, jwtVerify, errors } from 'jose';
import { Caller } from './caller';

/**
 * Client tokens: `Authorization: Bearer <JWT>` signed HS256 by the identity provider with JWT_SECRET.
 * Claims: sub (staff id), name, roles[], department.
 */
export const CLIENT_TOKEN_ISSUER = 'crm-identity';
export const CLIENT_TOKEN_AUDIENCE = 'crm-api';

const encoder = new TextEncoder();

export class UnauthenticatedError extends Error {
  override name = 'UnauthenticatedError';
}

export async function issueClientToken(secret: string, caller: Caller, lifetime = '12h'): Promise<string> {
  return new SignJWT({ name: caller.name, roles: caller.roles, department: caller.departmentId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(caller.id)
    .setIssuer(CLIENT_TOKEN_ISSUER)
    .setAudience(CLIENT_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(encoder.encode(secret));
}

/** Reads the caller from an Authorization header value; throws UnauthenticatedError with a reason a user can act on. */
export async function authenticate(secret: string, authorization: string | undefined): Promise<Caller> {
  if (!authorization) throw new UnauthenticatedError('missing Authorization: Bearer <token>');
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1], encoder.encode(secret), {
      issuer: CLIENT_TOKEN_ISSUER,
      audience: CLIENT_TOKEN_AUDIENCE,
      algorithms: ['HS256'],
    });
    if (typeof payload.sub !== 'string' || payload.sub === '') throw new UnauthenticatedError('token has no subject');
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
    return {
      id: payload.sub,
      name: typeof payload.name === 'string' ? payload.name : payload.sub,
      roles,
      departmentId: typeof payload.department === 'string' ? payload.department : null,
    };
  } catch (error: unknown) {
    if (error instanceof UnauthenticatedError) throw error;
    if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('token expired');
    throw new UnauthenticatedError('token is invalid');
  }
}
