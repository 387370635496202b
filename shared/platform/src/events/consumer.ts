import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { runAs } from '../audit/audit-context';
import { writeTransaction } from '../db/write-transaction';
import { uncounted } from '../db/sql-statement-counter';
import { DomainEvent, MalformedEventError, parseEnvelope } from './domain-event';
import { consumerStore, DeadLetter, ParkedEvent } from './consumer-store';

/** Applies one event's effect through the consumer's transaction; throwing rolls the effect back and retries. */
export type EventHandler = (manager: EntityManager, event: DomainEvent) => Promise<void>;

/** A consumer a subgraph module declares: which producer it reads and what it does with each event type. */
export interface EventConsumerDefinition {
  /** Unique within the subgraph, e.g. `customer-filing`; the durable name is `<subgraph>-<name>`. */
  name: string;
  /** The producing subgraph. */
  source: string;
  handlers: Record<string, EventHandler>;
}

/** One event as a transport delivered it. */
export interface Delivery {
  /** The envelope text as it arrived (kept with a dead letter). */
  raw: string;
  /** Written in the effect's transaction (the embedded read position). */
  record?: (manager: EntityManager) => Promise<unknown>;
  /** Tells the transport the event is done with (applied, a duplicate, or parked). */
  ack(): Promise<void>;
  /** Tells the transport the consumer is still at it (between retries). */
  working(): void;
}

/** Where a consumer's events come from: the producer's embedded log over HTTP, or a JetStream durable consumer. */
export interface EventFeed {
  /** The next events in order, as they arrive, for up to about `waitMs` (or until `signal` aborts). */
  deliveries(waitMs: number, signal: AbortSignal): AsyncIterable<Delivery>;
  /** Events the producer has that the consumer has not acknowledged yet, when known. */
  lag(): Promise<number | null>;
  /** Rewinds to the first retained event (the consumer's processed rows are cleared by the consumer). */
  rewind(): Promise<void>;
  /** Publishes a parked event on the transport's dead-letter subject, where it has one. */
  announceDeadLetter?(letter: DeadLetter, raw: string): Promise<void>;
  close(): Promise<void>;
}

export interface RetryOptions {
  maxAttempts: number;
  backoffMs: number;
}

/** Waits `ms`, or less when `signal` aborts (its listener removed either way, so long runs do not pile them up). */
export const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

const message = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

function parked(raw: string): ParkedEvent {
  try {
    const event = parseEnvelope(raw);
    return { eventId: event.id, eventType: event.type, aggregateId: event.aggregateId, envelope: raw };
  } catch {
    return { eventId: 'malformed', eventType: 'malformed', aggregateId: 'malformed', envelope: raw };
  }
}

/** The definition's handler of `type` (own keys only: an event type is data from another service). */
export function handlerOf(definition: EventConsumerDefinition, type: string): EventHandler | undefined {
  return Object.hasOwn(definition.handlers, type) ? definition.handlers[type] : undefined;
}

/**
 * Applies an event exactly once for `consumer`: the processed-event row and the handler's effect commit together, so
 * a redelivered or republished event changes nothing. The handler's writes are attributed to the event's actor and
 * request. Returns false for a duplicate.
 */
export async function applyOnce(
  dataSource: DataSource,
  consumer: string,
  definition: EventConsumerDefinition,
  event: DomainEvent,
  record?: (manager: EntityManager) => Promise<unknown>,
): Promise<boolean> {
  return writeTransaction(dataSource, async (manager) => {
    const handler = handlerOf(definition, event.type);
    const fresh = handler ? await consumerStore.claim(manager, consumer, event.id) : false;
    if (fresh && handler) await runAs({ actorId: event.actorId, requestId: event.requestId }, () => handler(manager, event));
    await record?.(manager);
    return fresh;
  });
}

/**
 * A durable consumer: reads its feed one event at a time (so the events of one aggregate apply in the order they
 * were recorded), applies each once, retries a failing one with exponential backoff, and parks it as a dead letter
 * with its error after the last attempt so the events behind it go on. Stopping mid-event leaves it unacknowledged:
 * the feed delivers it again and the processed-event row keeps it from applying twice.
 */
export class DurableConsumer {
  private abort = new AbortController();
  private loop: Promise<void> | undefined;
  applied = 0;
  duplicates = 0;
  parkedCount = 0;
  /** When the consumer last applied an event: publish-to-apply latency is measured from the event's occurredAt. */
  lastAppliedAt: Date | null = null;

  constructor(
    readonly key: string,
    readonly definition: EventConsumerDefinition,
    private readonly feed: EventFeed,
    private readonly dataSource: DataSource,
    private readonly retry: RetryOptions,
    private readonly pollMs: number,
    private readonly log: Logger,
    private readonly onApplied?: (event: DomainEvent) => void,
  ) {}

  start(): void {
    if (this.loop) return;
    this.abort = new AbortController();
    this.loop = uncounted(() => this.run(this.abort.signal));
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
    this.loop = undefined;
  }

  async close(): Promise<void> {
    await this.stop();
    await this.feed.close();
  }

  lag(): Promise<number | null> {
    return this.feed.lag();
  }

  /** Forgets everything applied and replays the feed from its first retained event. */
  async reset(): Promise<void> {
    const wasRunning = Boolean(this.loop);
    await this.stop();
    await writeTransaction(this.dataSource, (manager) => consumerStore.reset(manager, this.key));
    await this.feed.rewind();
    this.log.info({ consumer: this.key }, 'event consumer reset; replaying from the start');
    if (wasRunning) this.start();
  }

  private async run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        for await (const delivery of this.feed.deliveries(this.pollMs, signal)) {
          failures = 0;
          if (signal.aborted || !(await this.handle(delivery, signal))) return;
        }
      } catch (error: unknown) {
        if (signal.aborted) return;
        failures += 1;
        const log = failures === 3 ? this.log.warn.bind(this.log) : this.log.debug.bind(this.log);
        log({ err: error, consumer: this.key }, 'event feed unavailable; retrying');
        await sleep(Math.min(this.pollMs * 2 ** Math.min(failures, 6), 10_000), signal);
      }
    }
  }

  /** Applies, or parks, one delivery; false when stopped before it was done with. */
  private async handle(delivery: Delivery, signal: AbortSignal): Promise<boolean> {
    let lastError = '';
    let attempts = 0;
    for (let attempt = 1; attempt <= this.retry.maxAttempts; attempt++) {
      attempts = attempt;
      try {
        const event = parseEnvelope(delivery.raw);
        const fresh = await applyOnce(this.dataSource, this.key, this.definition, event, delivery.record);
        await delivery.ack();
        if (fresh) {
          this.applied += 1;
          this.lastAppliedAt = new Date();
          this.onApplied?.(event);
        } else this.duplicates += 1;
        return true;
      } catch (error: unknown) {
        lastError = message(error);
        if (error instanceof MalformedEventError) break;
        this.log.warn({ consumer: this.key, attempt, err: error }, 'event failed; retrying');
        if (attempt === this.retry.maxAttempts) break;
        delivery.working();
        await sleep(Math.min(this.retry.backoffMs * 2 ** (attempt - 1), 30_000), signal);
        if (signal.aborted) return false;
      }
    }
    const letter = await writeTransaction(this.dataSource, async (manager) => {
      const parkedLetter = await consumerStore.park(manager, this.key, parked(delivery.raw), lastError, attempts);
      await delivery.record?.(manager);
      return parkedLetter;
    });
    await this.feed
      .announceDeadLetter?.(letter, delivery.raw)
      .catch((error: unknown) => this.log.warn({ err: error, consumer: this.key }, 'dead letter not announced on the transport'));
    await delivery.ack();
    this.parkedCount += 1;
    this.log.error({ consumer: this.key, deadLetter: letter }, 'event parked as a dead letter');
    return true;
  }
}

/** Re-applies a parked event (operator's re-drive); it stays parked, with the new error, when it fails again. */
export async function redrive(
  dataSource: DataSource,
  consumers: DurableConsumer[],
  deadLetterId: string,
): Promise<{ ok: boolean; error?: string; applied?: boolean }> {
  const letter = await consumerStore.deadLetter(dataSource.manager, deadLetterId);
  if (!letter || letter.redrivenAt) return { ok: false, error: 'no such open dead letter' };
  const consumer = consumers.find((c) => c.key === letter.consumer);
  if (!consumer) return { ok: false, error: `consumer ${letter.consumer} is not part of this subgraph` };
  try {
    const event = parseEnvelope(letter.envelope);
    const applied = await applyOnce(dataSource, consumer.key, consumer.definition, event, (manager) =>
      consumerStore.redriven(manager, letter.id),
    );
    return { ok: true, applied };
  } catch (error: unknown) {
    await writeTransaction(dataSource, (manager) => consumerStore.failedAgain(manager, letter.id, message(error), letter.attempts + 1));
    return { ok: false, error: message(error) };
  }
}
