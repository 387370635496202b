import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller } from '@crm/platform';
import { GatewayContext } from '../context';
import type { Fetcher } from './subgraph-fetcher';

/**
 * Forwards each subgraph fetch with the caller signed by the gateway (bound to the operation text and variables), the request id
 * and the client's Accept-Language. Subgraphs refuse anything that lacks a valid signature.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly internalSecret: string,
    /** The HTTP client; Apollo's default when absent. */
    fetcher?: Fetcher,
  ) {
    super(fetcher ? { url, fetcher } : { url });
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
}
