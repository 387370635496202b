import { ConfigError } from '../config/config-error';
import type { Env } from '../config/service-config';
import { readBoolean, readNumber } from '../config/service-config';

/**
 * Where each subgraph listens by default (the ports `npm start` uses): on the embedded transport a consumer pulls a
 * producer's log from there unless `<PRODUCER>_URL` says otherwise.
 */
const DEFAULT_PORTS: Record<string, number> = { customer: 4001, credit: 4002, complaint: 4003, supplier: 4004, reception: 4005 };

export interface EventsConfig {
  /** `nats` with EVENTS_URL, else `embedded` (consumers pull the producer's outbox over signed HTTP). */
  transport: 'embedded' | 'nats';
  natsUrl: string | null;
  /** Stream names are `<prefix>_<PRODUCER>`, subjects `<prefix lower-case>.<producer>.<type>` (EVENTS_STREAM_PREFIX). */
  streamPrefix: string;
  /** Start the subgraph's consumers with it (EVENTS_CONSUME); off, it only produces. */
  consume: boolean;
  relayIntervalMs: number;
  relayBatch: number;
  pollIntervalMs: number;
  pullBatch: number;
  /** Published outbox rows (and NATS stream messages) older than this are removed; a consumer down longer misses them. */
  retentionHours: number;
  maxAttempts: number;
  retryBackoffMs: number;
  /** NATS: an event delivered but not acknowledged within this is delivered again (a consumer that died). */
  ackWaitSeconds: number;
  /** Outbox or consumer lag above this is logged as a warning. */
  lagWarnSeconds: number;
  /** Base URL of a producer's embedded event log. */
  sourceUrl: (producer: string) => string;
}

function readNatsUrl(service: string, env: Env): string | null {
  const raw = env.EVENTS_URL?.trim();
  if (!raw) return null;
  if (!/^nats:\/\/[^/\s]+(:\d+)?\/?$/.test(raw)) throw new ConfigError(service, 'EVENTS_URL', `"${raw}" must look like nats://host:4222`);
  return raw;
}

function readPrefix(service: string, env: Env): string {
  const raw = env.EVENTS_STREAM_PREFIX?.trim() || 'CRM';
  if (!/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(raw))
    throw new ConfigError(service, 'EVENTS_STREAM_PREFIX', `"${raw}" must be letters, digits and _`);
  return raw.toUpperCase();
}

export function loadEventsConfig(service: string, env: Env): EventsConfig {
  const natsUrl = readNatsUrl(service, env);
  return {
    transport: natsUrl ? 'nats' : 'embedded',
    natsUrl,
    streamPrefix: readPrefix(service, env),
    consume: readBoolean(service, env, 'EVENTS_CONSUME', true),
    relayIntervalMs: readNumber(service, env, 'EVENTS_RELAY_INTERVAL_MS', 200, 10, 60_000),
    relayBatch: readNumber(service, env, 'EVENTS_RELAY_BATCH', 200, 1, 5000),
    pollIntervalMs: readNumber(service, env, 'EVENTS_POLL_INTERVAL_MS', 200, 10, 60_000),
    pullBatch: readNumber(service, env, 'EVENTS_PULL_BATCH', 100, 1, 1000),
    retentionHours: readNumber(service, env, 'EVENTS_RETENTION_HOURS', 168, 1, 24 * 365),
    maxAttempts: readNumber(service, env, 'EVENTS_MAX_ATTEMPTS', 5, 1, 100),
    retryBackoffMs: readNumber(service, env, 'EVENTS_RETRY_BACKOFF_MS', 200, 1, 60_000),
    ackWaitSeconds: readNumber(service, env, 'EVENTS_ACK_WAIT_SECONDS', 30, 1, 3600),
    lagWarnSeconds: readNumber(service, env, 'EVENTS_LAG_WARN_SECONDS', 60, 1, 86_400),
    sourceUrl: (producer) => {
      const prefix = producer.toUpperCase();
      const configured = env[`${prefix}_URL`];
      const url = configured || `http://127.0.0.1:${env[`${prefix}_PORT`] || DEFAULT_PORTS[producer] || 0}/graphql`;
      return new URL(url).origin;
    },
  };
}
