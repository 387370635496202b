import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, fetch } from 'undici';

/** Apollo's fetcher type, as RemoteGraphQLDataSource takes it. */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * The HTTP client from the gateway to the subgraphs: keep-alive connections, at most `connections` per subgraph
 * (Apollo's default client opens as many sockets as there are requests in flight, each one more for a subgraph on
 * the same two cores to accept), and undici instead of make-fetch-happen, whose cache and retry layers the gateway
 * does not use. Requests beyond the bound wait for a free connection.
 */
export function subgraphFetcher(connections: number): { fetcher: Fetcher; close: () => Promise<void> } {
  const agent = new Agent({ connections, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 });
  const fetcher: Fetcher = (url, init) => fetch(url, { method: init?.method, headers: init?.headers, body: init?.body, signal: init?.signal as AbortSignal | undefined, dispatcher: agent });
  return { fetcher, close: () => agent.close() };
}
