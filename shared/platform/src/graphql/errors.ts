import { GraphQLError } from 'graphql';

/** Unexpected or access failures: thrown, with a stable code in extensions. */
export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`未认证 / Unauthenticated: ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * A field the caller may not use. No HTTP status: the refusal is one field's error beside the data the caller may
 * see, and a subgraph answering 403 would make the gateway drop its whole response.
 */
export function forbidden(reason: string): GraphQLError {
  return new GraphQLError(`无权限 / Forbidden: ${reason}`, { extensions: { code: 'FORBIDDEN' } });
}

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}
