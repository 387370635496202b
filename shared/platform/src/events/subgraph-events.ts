import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { InvalidSignatureError } from '../auth/internal-signature';
import { uncounted } from '../db/sql-statement-counter';
import { sendJson } from '../server/http-server';
import { DurableConsumer, EventConsumerDefinition, EventFeed, redrive } from './consumer';
import { consumerStore, DeadLetter } from './consumer-store';
import { DomainEvent } from './domain-event';
import { embeddedFeed, EVENT_LOG_PATH, EventLogPage } from './embedded-feed';
import { EventsConfig } from './events-config';
import { INTERNAL_REQUEST_HEADER, verifyInternalRequest } from './internal-request';
import { connectNats, ensureProducerStream, NatsLink } from './nats';
import { natsFeed } from './nats-feed';
import { outboxStore, toDomainEvent } from './outbox';
import { embeddedPublisher, natsPublisher, OutboxRelay } from './relay';

export interface ConsumerStatus {
  name: string;
  source: string;
  /** Events the producer has that this consumer has not applied yet (null until it first reached the producer). */
  lag: number | null;
  applied: number;
  duplicates: number;
  deadLetters: number;
}

/** What readiness reports about events: outbox lag, consumer lag and dead letters. */
export interface EventsStatus {
  transport: 'embedded' | 'nats';
  outbox: { unpublished: number; oldestUnpublishedSeconds: number | null; publishedSinceStart: number };
  consumers: ConsumerStatus[];
  deadLetters: number;
}

/** The event machinery of one running subgraph. */
export interface SubgraphEvents {
  /** `/internal/events…`: the embedded log, status, dead letters, re-drive and reset (all signed). */
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  relay: OutboxRelay;
  consumers: DurableConsumer[];
  /** Starts the consumers (they start with the subgraph unless EVENTS_CONSUME=false). */
  startConsumers(): void;
  /** Where a producer's embedded log is, when it is not where the configuration says (tests on free ports). */
  useSource(producer: string, url: string): void;
  status(): Promise<EventsStatus>;
  deadLetters(): Promise<DeadLetter[]>;
  /** Called with every event a consumer applied (latency measurements, tests). */
  onApplied(listener: (consumer: string, event: DomainEvent) => void): void;
  stop(): Promise<void>;
}

export interface EventsSpec {
  service: string;
  dataSource: DataSource;
  config: EventsConfig;
  secret: string;
  consumers: EventConsumerDefinition[];
  log: Logger;
}

/** Starts the relay (and the consumers unless told not to) and returns what the subgraph's HTTP server serves. */
export async function startSubgraphEvents(spec: EventsSpec): Promise<SubgraphEvents> {
  const { service, dataSource, config, log } = spec;
  const link: NatsLink | null = config.natsUrl ? await connectNats(config.natsUrl, service) : null;
  if (link) await ensureProducerStream(link.jsm, config.streamPrefix, service, config.retentionHours);
  const relay = new OutboxRelay(
    dataSource,
    link ? natsPublisher(link, config.streamPrefix, service) : embeddedPublisher,
    {
      intervalMs: config.relayIntervalMs,
      batch: config.relayBatch,
      retentionHours: config.retentionHours,
    },
    log,
  );
  relay.start();

  const sources = new Map<string, string>();
  const listeners: ((consumer: string, event: DomainEvent) => void)[] = [];
  const consumers = spec.consumers.map((definition) => {
    const key = `${service}-${definition.name}`;
    const feed: EventFeed = link
      ? natsFeed({
          link,
          prefix: config.streamPrefix,
          producer: definition.source,
          durable: key,
          batch: config.pullBatch,
          ackWaitMs: config.ackWaitSeconds * 1000,
          retentionHours: config.retentionHours,
        })
      : embeddedFeed({
          dataSource,
          consumer: key,
          service,
          secret: spec.secret,
          sourceUrl: () => sources.get(definition.source) ?? config.sourceUrl(definition.source),
          types: Object.keys(definition.handlers),
          batch: config.pullBatch,
          log,
        });
    return new DurableConsumer(
      key,
      definition,
      feed,
      dataSource,
      { maxAttempts: config.maxAttempts, backoffMs: config.retryBackoffMs },
      config.pollIntervalMs,
      log,
      (event) => listeners.forEach((listener) => listener(key, event)),
    );
  });
  const startConsumers = () => consumers.forEach((consumer) => consumer.start());
  if (config.consume) startConsumers();

  const status = async (): Promise<EventsStatus> => {
    const [lag, open] = await Promise.all([outboxStore.lag(dataSource), consumerStore.openDeadLetters(dataSource)]);
    const consumerStatus = await Promise.all(
      consumers.map(async (consumer) => ({
        name: consumer.key,
        source: consumer.definition.source,
        lag: await consumer.lag().catch(() => null),
        applied: consumer.applied,
        duplicates: consumer.duplicates,
        deadLetters: open.filter((letter) => letter.consumer === consumer.key).length,
      })),
    );
    return {
      transport: config.transport,
      outbox: {
        unpublished: lag.unpublished,
        oldestUnpublishedSeconds: lag.oldest ? Math.max(0, Math.round((Date.now() - lag.oldest.getTime()) / 1000)) : null,
        publishedSinceStart: relay.published,
      },
      consumers: consumerStatus,
      deadLetters: open.length,
    };
  };

  // Logs what an operator should look at: an outbox or a consumer falling behind, events parked.
  let reportedDeadLetters = 0;
  const monitor = setInterval(() => {
    uncounted(status)
      .then((current) => {
        const oldest = current.outbox.oldestUnpublishedSeconds;
        if (oldest !== null && oldest > config.lagWarnSeconds) log.warn({ outbox: current.outbox }, 'outbox is behind');
        for (const consumer of current.consumers) {
          if ((consumer.lag ?? 0) > 0) log.info({ consumer }, 'event consumer lag');
        }
        if (current.deadLetters !== reportedDeadLetters) {
          reportedDeadLetters = current.deadLetters;
          if (current.deadLetters) log.warn({ deadLetters: current.deadLetters }, 'events parked as dead letters await an operator');
        }
      })
      .catch((error: unknown) => log.debug({ err: error }, 'event status unavailable'));
  }, config.lagWarnSeconds * 500);
  monitor.unref();

  const signed = (handler: (req: IncomingMessage, url: URL, res: ServerResponse) => Promise<void>, method: 'GET' | 'POST') => {
    return async (req: IncomingMessage, res: ServerResponse) => {
      try {
        if ((req.method ?? 'GET').toUpperCase() !== method) return sendJson(res, 405, { error: `use ${method}` });
        verifyInternalRequest(spec.secret, headerValue(req), method, req.url ?? '/');
      } catch (error: unknown) {
        if (error instanceof InvalidSignatureError) return sendJson(res, 401, { error: error.message });
        throw error;
      }
      await uncounted(() => handler(req, new URL(req.url ?? '/', 'http://localhost'), res));
    };
  };

  const routes: SubgraphEvents['routes'] = {
    [EVENT_LOG_PATH]: signed(async (_req, url, res) => {
      if (link) return sendJson(res, 409, { error: 'events of this subgraph go through NATS JetStream (EVENTS_URL)' });
      const after = Math.max(0, Number(url.searchParams.get('after')) || 0);
      const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get('limit')) || 100));
      const types = url.searchParams.get('types')?.split(',').filter(Boolean) ?? [];
      // The last position is read first: an event numbered meanwhile lies after it and is served by the next pull.
      const bounds = await outboxStore.bounds(dataSource);
      const rows = await outboxStore.after(dataSource, after, bounds.last, limit, types.length ? types : null);
      const page: EventLogPage = {
        events: rows.map((row) => ({ position: row.position ?? 0, event: toDomainEvent(row) })),
        scannedTo: rows.length === limit ? (rows[rows.length - 1].position ?? after) : Math.max(after, bounds.last),
        first: bounds.first,
        last: bounds.last,
      };
      sendJson(res, 200, page);
    }, 'GET'),
    [`${EVENT_LOG_PATH}/status`]: signed(async (_req, _url, res) => sendJson(res, 200, await status()), 'GET'),
    [`${EVENT_LOG_PATH}/dead-letters`]: signed(
      async (_req, _url, res) => sendJson(res, 200, { deadLetters: await consumerStore.openDeadLetters(dataSource) }),
      'GET',
    ),
    [`${EVENT_LOG_PATH}/redrive`]: signed(async (_req, url, res) => {
      const result = await redrive(dataSource, consumers, url.searchParams.get('id') ?? '');
      log.info({ deadLetter: url.searchParams.get('id'), result }, 'dead letter re-driven');
      sendJson(res, result.ok ? 200 : 409, result);
    }, 'POST'),
    [`${EVENT_LOG_PATH}/reset`]: signed(async (_req, url, res) => {
      const consumer = consumers.find((c) => c.key === url.searchParams.get('consumer'));
      if (!consumer)
        return sendJson(res, 404, { error: `no consumer ${url.searchParams.get('consumer')}`, consumers: consumers.map((c) => c.key) });
      await consumer.reset();
      sendJson(res, 200, { ok: true, consumer: consumer.key });
    }, 'POST'),
  };

  return {
    routes,
    relay,
    consumers,
    startConsumers,
    useSource: (producer, url) => sources.set(producer, new URL(url).origin),
    status,
    deadLetters: () => consumerStore.openDeadLetters(dataSource),
    onApplied: (listener) => listeners.push(listener),
    stop: async () => {
      clearInterval(monitor);
      await relay.stop();
      await Promise.all(consumers.map((consumer) => consumer.close()));
      await link?.close();
    },
  };
}

function headerValue(req: IncomingMessage): string | undefined {
  const value = req.headers[INTERNAL_REQUEST_HEADER];
  return Array.isArray(value) ? value[0] : value;
}
