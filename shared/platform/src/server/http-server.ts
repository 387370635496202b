import http, { IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLResponse } from '@apollo/server';

/** Upper bound for a GraphQL request body: operations are small; imports use their own upload path. */
const MAX_BODY_BYTES = 1024 * 1024;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpEndpoint {
  server: http.Server;
  url: string;
  port: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  if (!/^application\/(graphql-response\+)?json\b/i.test(type)) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function writeGraphQLResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/**
 * Serves an Apollo server on /graphql from Node's own HTTP server (Apollo Server 5 ships no framework binding), plus
 * extra routes such as the health endpoints.
 */
export function createGraphQLHttpServer<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  contextFor: (req: IncomingMessage, body: unknown) => Promise<TContext>,
  routes: Record<string, RouteHandler>,
  onError: (error: unknown) => void,
  /** Wraps the execution of one operation, e.g. to run it in an async-local context. */
  around: <T>(req: IncomingMessage, work: () => Promise<T>) => Promise<T> = (_req, work) => work(),
): http.Server {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[url.pathname];
    const handle = async (): Promise<void> => {
      if (route) return route(req, res);
      if (url.pathname !== '/graphql' && url.pathname !== '/') {
        sendJson(res, 404, { error: 'not found' });
        return;
      }
      const body = await readJsonBody(req);
      const response = await around(req, () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers: headerMapOf(req), search: url.search, body },
          context: () => contextFor(req, body),
        }),
      );
      await writeGraphQLResponse(res, response);
    };
    handle().catch((error: unknown) => {
      if (error instanceof HttpError) {
        sendJson(res, error.status, { errors: [{ message: error.message }] });
        return;
      }
      onError(error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal server error' }] });
      else res.end();
    });
  });
  // Subgraphs keep idle keep-alive sockets longer than the gateway's agent does, so the gateway never writes to a
  // socket the subgraph is closing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

/** A port that cannot be listened on; the caller names the variable that chose it. */
export class PortUnavailableError extends Error {
  constructor(
    readonly port: number,
    readonly code: string,
  ) {
    super(code === 'EADDRINUSE' ? `port ${port} is already in use (another instance running?)` : `cannot listen on port ${port} (${code})`);
  }
}

export async function listen(server: http.Server, port: number, host: string): Promise<HttpEndpoint> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code ? new PortUnavailableError(port, error.code) : error));
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return { server, port: address.port, url: `http://${shownHost}:${address.port}/graphql` };
}

/** Stops accepting, lets in-flight requests finish (up to `graceMs`), then drops idle keep-alive sockets. */
export async function closeGracefully(server: http.Server, graceMs = 10_000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  timer.unref();
  await closed;
  clearTimeout(timer);
}
