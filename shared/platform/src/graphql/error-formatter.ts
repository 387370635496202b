import { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/**
 * Formats errors for clients, in the gateway and in every subgraph: unexpected errors are logged and, in production,
 * replaced by a generic message; expected ones (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT…) never carry a stack
 * trace, which in development is kept only for unexpected errors.
 */
export function errorFormatter(production: boolean, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
