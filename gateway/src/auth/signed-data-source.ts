import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { DocumentNode, parse } from 'graphql';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller } from '@crm/platform';
import type { Logger } from 'pino';
import { GatewayContext } from '../context';
import { failedFetchErrors, fetchPaths, ForwardedRequestTooLarge, SubgraphDeadlineExceeded } from '../forwarding/failed-fetch';
import type { Fetcher } from './subgraph-fetcher';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** The bounds of every call to a subgraph (GATEWAY_SUBGRAPH_TIMEOUT_MS, GATEWAY_SUBGRAPH_MAX_REQUEST_BYTES). */
export interface ForwardingLimits {
  timeoutMs: number;
  maxRequestBytes: number;
}

/** The fetch's operation, when the planner did not hand its parsed form along (only on the failure path). */
function documentOf(query: string | undefined): DocumentNode | undefined {
  if (!query) return undefined;
  try {
    return parse(query);
  } catch {
    return undefined;
  }
}

/** A fetcher that gives up after `timeoutMs` and never sends a body larger than the subgraph accepts. */
function bounded(fetcher: Fetcher, limits: ForwardingLimits): Fetcher {
  return async (url, init) => {
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const bytes = body === undefined ? 0 : Buffer.byteLength(body);
    if (bytes > limits.maxRequestBytes) throw new ForwardedRequestTooLarge(bytes, limits.maxRequestBytes);
    const deadline = AbortSignal.timeout(limits.timeoutMs);
    const given = init?.signal as AbortSignal | undefined;
    const signal = given ? AbortSignal.any([given, deadline]) : deadline;
    try {
      return await fetcher(url, { ...init, signal: signal as NonNullable<Parameters<Fetcher>[1]>['signal'] });
    } catch (error: unknown) {
      if (deadline.aborted) throw new SubgraphDeadlineExceeded(limits.timeoutMs);
      throw error;
    }
  };
}

/**
 * Forwards each subgraph fetch with the caller signed by the gateway (bound to the operation text and variables), the
 * request id and the client's Accept-Language, within the forwarding limits. Subgraphs refuse anything that lacks a
 * valid signature. A fetch that fails answers only for the fields it was to provide: its errors carry their
 * client-facing paths, the subgraph's name (`extensions.serviceName`) and a stable code, and the subgraph's own
 * errors (a BAD_USER_INPUT with its field) reach the client as they were.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly service: string,
    url: string,
    private readonly internalSecret: string,
    limits: ForwardingLimits,
    private readonly log: Logger,
    /** The HTTP client; Apollo's default when absent. */
    fetcher?: Fetcher,
  ) {
    super({ url });
    this.fetcher = bounded(fetcher ?? this.fetcher, limits);
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers || !context.caller) return;
    headers.set(
      CALLER_HEADER,
      signCaller(this.internalSecret, context.caller, context.requestId, request.query ?? '', request.variables, context.asOf),
    );
    headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.acceptLanguage) headers.set('accept-language', context.acceptLanguage);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error: unknown) {
      // Health checks and schema loading have no client fields to answer for.
      if (!('incomingRequestContext' in options)) throw error;
      const representations = options.request.variables?.representations;
      const paths = fetchPaths(
        options.document ?? documentOf(options.request.query),
        Array.isArray(representations) ? representations.length : 0,
      );
      const errors = failedFetchErrors(this.service, error, paths);
      this.log.warn(
        { subgraph: this.service, requestId: options.context.requestId, code: errors[0]?.extensions.code, err: error },
        'subgraph fetch failed',
      );
      return { errors } as GatewayGraphQLResponse;
    }
  }
}
