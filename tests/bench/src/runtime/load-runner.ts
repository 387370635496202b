import autocannon from 'autocannon';
import { PreparedOperation } from '../operations/operation';

/** Adds per-request headers (the direct target's gateway signature) for the i-th request's variables. */
export type HeaderSigner = (variables: Record<string, unknown>, i: number) => Record<string, string>;

export interface LoadSpec {
  url: string;
  operation: PreparedOperation;
  connections: number;
  durationSec: number;
  headers: Record<string, string>;
  /** Per-request headers, computed before the run (autocannon builds requests synchronously). */
  signedHeaders?: (i: number) => Record<string, string>;
  /** Called with the tracker so Ctrl-C can stop a run. */
  onStart?: (stop: () => void) => void;
}

export interface LoadResult {
  requests: number;
  rps: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  /** Socket errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx responses with GraphQL errors (or a failed operation check, e.g. userErrors). */
  graphqlErrors: number;
  /** Mean response size (headers and body). */
  bytesPerResponse: number;
  /** The first few failing bodies, for the log. */
  samples: string[];
}

/** A response body is good when it has no top-level GraphQL errors and passes the operation's own check. */
function acceptable(body: string, operation: PreparedOperation): boolean {
  return !body.includes('"errors":[') && (operation.accept ? operation.accept(body) : true);
}

/**
 * Drives one operation at a fixed concurrency for a fixed time with autocannon (keep-alive connections, no
 * pipelining, 10 s request timeout), counting HTTP and GraphQL failures.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let counter = 0;
  const samples: string[] = [];
  // Without a callback autocannon returns its tracker, which is also a promise of the result (and has stop()).
  const tracker = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSec,
    timeout: 10,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...spec.headers },
    requests: [
      {
        setupRequest: (request) => {
          const i = counter++;
          const variables = spec.operation.variables(i);
          return {
            ...request,
            headers: spec.signedHeaders ? { ...request.headers, ...spec.signedHeaders(i) } : request.headers,
            body: JSON.stringify({ query: spec.operation.query, variables }),
          };
        },
      },
    ],
    verifyBody: (body) => {
      const ok = acceptable(String(body), spec.operation);
      if (!ok && samples.length < 3) samples.push(String(body).slice(0, 600));
      return ok;
    },
  }) as Promise<autocannon.Result> & { stop: () => void };
  spec.onStart?.(() => tracker.stop());
  const result = await tracker;
  const seconds = result.duration > 0 ? result.duration : spec.durationSec;
  return {
    requests: result.requests.total,
    rps: result.requests.total / seconds,
    latencyMs: {
      mean: result.latency.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    bytesPerResponse: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    samples,
  };
}

/** Sends one request and returns status and parsed body (smoke tests and SQL counting). */
export async function sendOnce(
  url: string,
  operation: PreparedOperation,
  i: number,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; ok: boolean }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: operation.query, variables: operation.variables(i) }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  return { status: response.status, body, ok: response.ok && acceptable(body, operation) };
}
