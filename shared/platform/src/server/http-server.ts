import http, { IncomingMessage, ServerResponse } from 'node:http';
import net, { AddressInfo } from 'node:net';
import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLResponse } from '@apollo/server';

/** Limits and deadlines of one HTTP server (MAX_REQUEST_BYTES, HTTP_REQUEST_TIMEOUT_MS; README, Operations). */
export interface HttpLimits {
  /** Largest request body read; a larger one is answered 413 and its connection closed. */
  maxBodyBytes: number;
  /** Time a client has to send a whole request (headers and body). */
  requestTimeoutMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = { maxBodyBytes: 1024 * 1024, requestTimeoutMs: 30_000 };

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpEndpoint {
  server: http.Server;
  url: string;
  port: number;
}

/** A request refused before GraphQL sees it: its status, stable code and message (zh-CN / English). */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The rest of the request was not read: the connection cannot carry another request. */
    readonly closeConnection = false,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readJsonBody(req: IncomingMessage, maxBodyBytes: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  const declared = Number(req.headers['content-length']);
  const tooLarge = () =>
    new HttpError(
      413,
      'REQUEST_TOO_LARGE',
      `请求体不能超过 ${maxBodyBytes} 字节 / request body must be at most ${maxBodyBytes} bytes`,
      true,
    );
  if (Number.isFinite(declared) && declared > maxBodyBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) throw tooLarge();
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  if (!/^application\/(graphql-response\+)?json\b/i.test(type)) return undefined;
  let text: string;
  try {
    // Invalid UTF-8 is refused rather than replaced: each bad byte would become a three-byte U+FFFD when forwarded.
    text = utf8.decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', '请求体不是有效的 UTF-8 / request body is not valid UTF-8');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', '请求体不是有效的 JSON / request body is not valid JSON');
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

/** Servers that are draining (closeGracefully): their answers tell the client to close the connection. */
const draining = new WeakSet<http.Server>();

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
  limits: HttpLimits = DEFAULT_HTTP_LIMITS,
): http.Server {
  const server = http.createServer((req, res) => {
    // While draining, every answer closes its connection, so a client never sends another request on a socket
    // that is about to be closed under it.
    if (draining.has(server)) res.shouldKeepAlive = false;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[url.pathname];
    const handle = async (): Promise<void> => {
      if (route) return route(req, res);
      if (url.pathname !== '/graphql' && url.pathname !== '/') {
        sendJson(res, 404, { error: 'not found' });
        return;
      }
      const body = await readJsonBody(req, limits.maxBodyBytes);
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
        // The unread rest of a refused body would be taken for the next request: this connection ends here.
        if (error.closeConnection) {
          res.shouldKeepAlive = false;
          res.once('finish', () => req.socket.destroySoon());
        }
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
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
  server.requestTimeout = limits.requestTimeoutMs;
  // Node requires headersTimeout ≤ requestTimeout; it counts from a request's first byte, not the idle time.
  server.headersTimeout = Math.min(66_000, limits.requestTimeoutMs);
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

/**
 * Drains a server: stops accepting connections, answers every request still arriving on an open keep-alive
 * connection with `Connection: close` and lets in-flight requests finish (up to `graceMs`). Idle keep-alive sockets
 * are closed after `idleGraceMs`, not at once: http.Server's own close() drops them immediately, which resets a
 * request a client is sending on one at that moment.
 */
export async function closeGracefully(server: http.Server, graceMs = 10_000, idleGraceMs = 1_000): Promise<void> {
  draining.add(server);
  const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
  const idle = setTimeout(() => server.closeIdleConnections(), idleGraceMs);
  const all = setTimeout(() => server.closeAllConnections(), graceMs);
  idle.unref();
  all.unref();
  await closed;
  clearTimeout(idle);
  clearTimeout(all);
  // Stops http.Server's request-timeout timer; the listener itself is closed already.
  server.close(() => undefined);
}
