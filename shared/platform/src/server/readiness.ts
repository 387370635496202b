import { timingSafeEqual } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { RouteHandler, sendJson } from './http-server';

/** One dependency readiness depends on: resolves with what an operator may see, throws when it is not usable. */
export type ReadinessCheck = () => Promise<Record<string, unknown>>;

export interface ReadinessOptions {
  service: string;
  /** False once the service is draining. */
  accepting: () => boolean;
  /** The dependencies, by name (database, …): a service adds its own; each is one key of the operator's details. */
  checks: Record<string, ReadinessCheck>;
  /** Each check's deadline (READINESS_TIMEOUT_MS): a hung dependency answers 503, never a hung probe. */
  timeoutMs: number;
  /** What operators should see beside the checks (events lag, say) without it deciding readiness; null when unknown. */
  reports?: Record<string, () => Promise<unknown>>;
  /** Who may read the details (OPERATOR_TOKEN, as `Authorization: Bearer …`); nobody when unset. */
  operatorToken?: string;
}

export const OPERATOR_TOKEN_HEADER = 'authorization';

function isOperator(req: IncomingMessage, token: string | undefined): boolean {
  const given = req.headers[OPERATOR_TOKEN_HEADER];
  if (!token || typeof given !== 'string') return false;
  const expected = Buffer.from(`Bearer ${token}`);
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function withDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * GET /health/ready: 200 `{ status: 'ready', service }` when every check passes within its deadline, else 503
 * `{ status: 'unavailable', service }`. Only an operator sees which check failed and what it reached (database host, timings):
 * the unauthenticated answer says ready or not, nothing about the infrastructure.
 */
export function readinessRoute(options: ReadinessOptions): RouteHandler {
  return async (req, res) => {
    const details: Record<string, Record<string, unknown>> = {};
    let ready = options.accepting();
    if (!ready) details.server = { status: 'draining' };
    await Promise.all(
      Object.entries(options.checks).map(async ([name, check]) => {
        const started = Date.now();
        try {
          const seen = await withDeadline(check(), options.timeoutMs);
          details[name] = { status: 'ok', ms: Date.now() - started, ...seen };
        } catch (error: unknown) {
          ready = false;
          details[name] = { status: 'failed', ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    const status = ready ? 'ready' : 'unavailable';
    if (!isOperator(req, options.operatorToken)) return sendJson(res, ready ? 200 : 503, { status, service: options.service });
    const reports = await Promise.all(
      Object.entries(options.reports ?? {}).map(async ([name, report]) => [
        name,
        await withDeadline(report(), options.timeoutMs).catch(() => null),
      ]),
    );
    sendJson(res, ready ? 200 : 503, { status, service: options.service, checks: details, ...Object.fromEntries(reports) });
  };
}
