import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import {
  Caller,
  CALLER_HEADER,
  closeGracefully,
  ConfigError,
  createLogger,
  listen,
  OrgDirectory,
  PortUnavailableError,
  REQUEST_ID_HEADER,
  signCaller,
  UnauthenticatedError,
} from '@crm/platform';
import { clientAuthenticator, Authenticator } from '../auth/client-identity';
import { OidcTokens } from '../auth/oidc-tokens';
import { RevokedStaff } from '../auth/revoked-staff';
import { GatewayConfig } from '../config';
import { defaultUrlOf, SUBGRAPHS } from '../subgraphs';

/** One call of Apollo Router's external coprocessor protocol (version 1): the stage's data, returned modified. */
export interface CoprocessorPayload {
  version: number;
  stage: string;
  control: 'continue' | { break: number };
  id: string;
  headers?: Record<string, string[]>;
  body?: unknown;
  context?: { entries: Record<string, unknown> };
  serviceName?: string;
  [other: string]: unknown;
}

/** Where the RouterRequest stage leaves the verified caller for the SubgraphRequest stages of the same request. */
export const CALLER_CONTEXT_KEY = 'crm::caller';

interface RequestCaller {
  caller: Caller;
  requestId: string;
  acceptLanguage?: string;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;
const first = (headers: CoprocessorPayload['headers'], name: string) => headers?.[name]?.[0] ?? headers?.[name.toLowerCase()]?.[0];

function refuse(payload: CoprocessorPayload, message: string): CoprocessorPayload {
  return {
    ...payload,
    control: { break: 401 },
    headers: { 'content-type': ['application/json'] },
    body: JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }),
  };
}

/**
 * What the JS gateway does around Apollo Router: at RouterRequest it authenticates the client's bearer token (the
 * HS256 secret or the OIDC provider, the same code), refuses departed staff (CUS-032) and resolves the department
 * subtree; at each SubgraphRequest it signs the caller into x-crm-caller, bound to that fetch's query and variables
 * exactly as the gateway's SignedDataSource does, with the request id and Accept-Language. Rhai cannot compute
 * HMAC-SHA256, so the signature needs this coprocessor.
 */
export class CallerCoprocessor {
  constructor(
    private readonly authenticate: Authenticator,
    private readonly internalSecret: string,
    private readonly org: OrgDirectory,
    private readonly revoked: { has(staffId: string): boolean },
  ) {}

  async handle(payload: CoprocessorPayload): Promise<CoprocessorPayload> {
    if (payload.stage === 'RouterRequest') return this.routerRequest(payload);
    if (payload.stage === 'SubgraphRequest') return this.subgraphRequest(payload);
    return payload;
  }

  private async routerRequest(payload: CoprocessorPayload): Promise<CoprocessorPayload> {
    let identity: Caller;
    try {
      identity = await this.authenticate(first(payload.headers, 'authorization'));
      if (this.revoked.has(identity.id)) throw new UnauthenticatedError('access revoked: this staff member has left (CUS-032)');
    } catch (error: unknown) {
      if (error instanceof UnauthenticatedError) return refuse(payload, error.message);
      throw error;
    }
    const given = first(payload.headers, REQUEST_ID_HEADER);
    const entry: RequestCaller = {
      caller: { ...identity, departmentTree: this.org.subtreeOf(identity.departmentId) },
      requestId: given && REQUEST_ID.test(given) ? given : randomUUID(),
      acceptLanguage: first(payload.headers, 'accept-language'),
    };
    return { ...payload, context: { entries: { ...payload.context?.entries, [CALLER_CONTEXT_KEY]: entry } } };
  }

  private subgraphRequest(payload: CoprocessorPayload): CoprocessorPayload {
    const entry = payload.context?.entries[CALLER_CONTEXT_KEY] as RequestCaller | undefined;
    if (!entry?.caller) return refuse(payload, 'missing Authorization: Bearer <token>');
    const body = (payload.body ?? {}) as { query?: string; variables?: Record<string, unknown> };
    const headers: Record<string, string[]> = { ...payload.headers };
    headers[CALLER_HEADER] = [signCaller(this.internalSecret, entry.caller, entry.requestId, body.query ?? '', body.variables)];
    headers[REQUEST_ID_HEADER] = [entry.requestId];
    if (entry.acceptLanguage) headers['accept-language'] = [entry.acceptLanguage];
    return { ...payload, headers };
  }
}

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export interface RunningCoprocessor {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** The coprocessor as a process beside the Router (a sidecar): POST / with the Router's payload, JSON back. */
export async function startCallerCoprocessor(config: GatewayConfig, port: number): Promise<RunningCoprocessor> {
  const log = createLogger('router-coprocessor', config.logLevel);
  const customer = SUBGRAPHS.find((s) => s.name === 'customer')!;
  const revoked = new RevokedStaff(
    config.subgraphUrls.customer ?? defaultUrlOf(customer),
    config.internalSecret,
    config.revocationRefreshSeconds,
    log,
  );
  const coprocessor = new CallerCoprocessor(
    clientAuthenticator(config.jwtSecret, config.oidc && new OidcTokens(config.oidc)),
    config.internalSecret,
    OrgDirectory.load(config.orgDirectoryFile),
    revoked,
  );
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(req.url === '/health/live' ? 200 : 405, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    bodyOf(req)
      .then((payload) => coprocessor.handle(payload as CoprocessorPayload))
      .then((answer) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer)))
      .catch((error: unknown) => {
        log.error({ err: error }, 'coprocessor request failed');
        // The Router treats a failed coprocessor call as an error of the client request: nothing goes unsigned.
        res.writeHead(500, { 'content-type': 'application/json' }).end('{}');
      });
  });
  const endpoint = await listen(server, port, config.host).catch((error: unknown) => {
    throw error instanceof PortUnavailableError ? new ConfigError('router-coprocessor', 'ROUTER_COPROCESSOR_PORT', error.message) : error;
  });
  revoked.start();
  log.info({ url: endpoint.url }, 'router coprocessor ready');
  return {
    url: `http://${config.host}:${endpoint.port}`,
    port: endpoint.port,
    stop: async () => {
      revoked.stop();
      await closeGracefully(server);
    },
  };
}
