import { GraphQLFormattedError } from 'graphql';

type Format = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Keeps where an error happened through a formatter that hides what happened: in production an unexpected error
 * becomes "Internal server error" with nothing else, but a client still needs its `path` (which field is missing) and,
 * at the gateway, `extensions.serviceName` (which subgraph failed) to tell a failure from an empty value.
 */
export function keepingErrorOrigin(format: Format): Format {
  return (formatted, error) => {
    const result = format(formatted, error);
    const serviceName = formatted.extensions?.serviceName;
    const path = result.path ?? formatted.path;
    const extensions =
      serviceName !== undefined && result.extensions?.serviceName === undefined ? { ...result.extensions, serviceName } : result.extensions;
    return { ...result, ...(path ? { path } : {}), ...(extensions ? { extensions } : {}) };
  };
}
