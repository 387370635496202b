import { DocumentNode, GraphQLError, GraphQLFormattedError, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/** A subgraph fetch that could not be answered, as the client reads it in `errors[].extensions.code`. */
export type FetchFailureCode = 'SUBGRAPH_TIMEOUT' | 'SUBGRAPH_UNAVAILABLE' | 'SUBGRAPH_REQUEST_TOO_LARGE';

/** A forwarded request larger than the subgraphs accept: refused before it is sent (it would only come back 413). */
export class ForwardedRequestTooLarge extends Error {
  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(`forwarded request of ${bytes} bytes exceeds ${maxBytes}`);
  }
}

/** The deadline of one subgraph fetch passed (GATEWAY_SUBGRAPH_TIMEOUT_MS). */
export class SubgraphDeadlineExceeded extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

function responseNames(selectionSet: SelectionSetNode, into: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.alias?.value ?? selection.name.value;
      if (name !== '__typename') into.add(name);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      responseNames(selection.selectionSet, into);
    }
  }
}

/**
 * The paths, inside the subgraph's own response, of what a fetch was to provide: each root field, or for an entity
 * fetch each field of each entity (`_entities.3.credit`). The gateway turns them into the client's paths
 * (`customers.edges.3.node.credit`), so a client can tell a failed field from an empty one.
 */
export function fetchPaths(document: DocumentNode | undefined, representations: number): (string | number)[][] {
  const operation = document?.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const entities = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities' && s.selectionSet);
  if (entities?.kind === Kind.FIELD && entities.selectionSet) {
    const fields = new Set<string>();
    responseNames(entities.selectionSet, fields);
    const paths: (string | number)[][] = [];
    for (let i = 0; i < representations; i += 1) for (const field of fields) paths.push(['_entities', i, field]);
    return paths;
  }
  const roots = new Set<string>();
  responseNames(operation.selectionSet, roots);
  return [...roots].map((name) => [name]);
}

const ERROR_CAUSE_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

function isTimeout(error: unknown): error is Error {
  if (error instanceof SubgraphDeadlineExceeded) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return error.name === 'TimeoutError' || (typeof code === 'string' && ERROR_CAUSE_CODES.has(code));
}

/** The GraphQL errors a non-2xx subgraph answer carried (Apollo keeps the body in `extensions.response.body`). */
function subgraphErrorsOf(error: unknown): GraphQLFormattedError[] | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const body = (error.extensions.response as { body?: unknown } | undefined)?.body;
  if (!body || typeof body !== 'object' || !('errors' in body) || !Array.isArray(body.errors) || body.errors.length === 0) return undefined;
  return (body.errors as unknown[]).filter((e): e is GraphQLFormattedError => !!e && typeof e === 'object' && 'message' in e);
}

/**
 * The errors that stand for a fetch that failed, one per path it was to provide, each with a stable code: the
 * subgraph's own errors when it answered with them (a BAD_USER_INPUT with its field stays one), else a timeout or
 * unavailability naming the subgraph and the deadline.
 */
export function failedFetchErrors(
  service: string,
  error: unknown,
  paths: (string | number)[][],
): { message: string; path?: (string | number)[]; extensions: Record<string, unknown> }[] {
  const own = subgraphErrorsOf(error);
  let failures: { message: string; extensions: Record<string, unknown> }[];
  if (own) {
    failures = own.map((e) => {
      const { stacktrace: _stacktrace, ...extensions } = e.extensions ?? {};
      return { message: e.message, extensions };
    });
  } else if (error instanceof ForwardedRequestTooLarge) {
    failures = [
      {
        message: `转发给 ${service} 的请求过大 / the request forwarded to ${service} would be ${error.bytes} bytes, over its limit of ${error.maxBytes}`,
        extensions: { code: 'SUBGRAPH_REQUEST_TOO_LARGE' satisfies FetchFailureCode },
      },
    ];
  } else if (isTimeout(error)) {
    const within = error instanceof SubgraphDeadlineExceeded ? ` within ${error.timeoutMs} ms` : ' in time';
    failures = [
      {
        message: `${service} 服务未及时应答 / the ${service} service did not answer${within}`,
        extensions: { code: 'SUBGRAPH_TIMEOUT' satisfies FetchFailureCode },
      },
    ];
  } else {
    failures = [
      {
        message: `${service} 服务暂不可用 / the ${service} service is unavailable`,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE' satisfies FetchFailureCode },
      },
    ];
  }
  if (paths.length === 0) return failures;
  // A subgraph's request-level errors (bad variables) have no path: each is repeated for what the fetch was to provide.
  return paths.flatMap((path) => failures.map((failure) => ({ ...failure, path })));
}
