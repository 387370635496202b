import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError } from './refusals';

/** The DomainError behind an error, if there is one (GraphQL wraps what a resolver throws). */
function domainErrorOf(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof GraphQLError && error.originalError) return domainErrorOf(error.originalError);
  return null;
}

/**
 * Formats errors for clients, in the gateway and in every subgraph: unexpected errors are logged and, in production,
 * replaced by a generic message; expected ones (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT…) never carry a stack
 * trace, which in development is kept only for unexpected errors. A business refusal (DomainError) thrown where no
 * resolver boundary caught it keeps its code and field, with its message in both languages ("zh / en").
 */
export function errorFormatter(production: boolean, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const refusal = domainErrorOf(error);
    if (refusal) return { ...formatted, message: refusal.message, extensions: refusal.extensions() };
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      log.error({ err: error }, 'unexpected error');
      if (production) return { message: '服务器内部错误 / Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      return formatted;
    }
    if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
    return { ...formatted, extensions };
  };
}
