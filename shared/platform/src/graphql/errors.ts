import { GraphQLError } from 'graphql';

/** Unexpected or access failures: thrown, with a stable code in extensions. */
export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`未认证 / Unauthenticated: ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** A request sent "as of" an instant to a service that does not allow it (CLOCK_OVERRIDE off, always in production). */
export function asOfRefused(service: string): GraphQLError {
  return new GraphQLError(
    `${service} 不接受指定时点的请求 / ${service} does not run requests as of another instant (CLOCK_OVERRIDE is off)`,
    {
      extensions: { code: 'AS_OF_NOT_ALLOWED', http: { status: 400 } },
    },
  );
}

/** An "as of" header that is not an ISO-8601 instant with its zone. */
export function badAsOf(value: string): GraphQLError {
  return new GraphQLError(`无效的时点 / "${value}" is not an ISO-8601 instant with a zone, e.g. 2026-03-31T23:30:00+08:00`, {
    extensions: { code: 'BAD_AS_OF', http: { status: 400 } },
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

/**
 * A page larger than the hard maximum (MAX_PAGE_SIZE): the page-size limit's own code, as the other request limits
 * have theirs. The gateway refuses the whole operation with HTTP 400 (`httpStatus`); a subgraph reports it beside the
 * data like any field error, since a non-200 answer would make the gateway drop the subgraph's whole response.
 */
export function pageSizeExceeded(maxPageSize: number, asked: string, options: { field?: string; httpStatus?: number } = {}): GraphQLError {
  return new GraphQLError(`页大小不能超过 ${maxPageSize} / page size must be at most ${maxPageSize}: ${asked}`, {
    extensions: {
      code: 'PAGE_SIZE_EXCEEDED',
      ...(options.field ? { field: options.field } : {}),
      ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}),
    },
  });
}
