import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { writeTransaction } from '../db/write-transaction';
import { consumerStore } from './consumer-store';
import { Delivery, EventFeed, sleep } from './consumer';
import { INTERNAL_REQUEST_HEADER, signInternalRequest } from './internal-request';
import { DomainEvent } from './domain-event';

/** A page of a producer's embedded event log (`GET /internal/events`). */
export interface EventLogPage {
  events: { position: number; event: DomainEvent }[];
  /** The log was read up to here: no event of the asked types lies between the last returned one and this. */
  scannedTo: number;
  /** The first and last position the producer still keeps. */
  first: number;
  last: number;
}

export const EVENT_LOG_PATH = '/internal/events';

export interface EmbeddedFeedOptions {
  dataSource: DataSource;
  consumer: string;
  /** The consumer's subgraph, named in the signature. */
  service: string;
  secret: string;
  /** Resolved on every pull, so a producer that moved (or started later) is found. */
  sourceUrl: () => string;
  types: string[];
  batch: number;
  log: Logger;
}

/**
 * The embedded transport's consumer side: pulls the producer's outbox after the position it has applied, over HTTP
 * signed with the internal secret, and writes the new position in each event's own transaction. Nothing to install:
 * the producer's database is the log, its relay numbers the events as it publishes them.
 */
export function embeddedFeed(options: EmbeddedFeedOptions): EventFeed {
  let last: number | null = null;
  let warnedGap = false;
  const pull = async (after: number): Promise<EventLogPage> => {
    const path = `${EVENT_LOG_PATH}?after=${after}&limit=${options.batch}&types=${encodeURIComponent(options.types.join(','))}`;
    const response = await fetch(`${options.sourceUrl()}${path}`, {
      headers: { [INTERNAL_REQUEST_HEADER]: signInternalRequest(options.secret, options.service, 'GET', path) },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`event log answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as EventLogPage;
  };
  return {
    async *deliveries(waitMs: number, signal: AbortSignal): AsyncIterable<Delivery> {
      const after = await consumerStore.position(options.dataSource, options.consumer);
      const page = await pull(after);
      last = page.last;
      if (page.first > after + 1 && !warnedGap) {
        warnedGap = true;
        options.log.warn(
          { consumer: options.consumer, after, first: page.first },
          'events older than the retention were pruned before this consumer read them',
        );
      }
      for (const { position, event } of page.events) {
        yield {
          raw: JSON.stringify(event),
          record: (manager) => consumerStore.setPosition(manager, options.consumer, position),
          ack: async () => undefined,
          working: () => undefined,
        };
      }
      if (!page.events.length) {
        // Nothing of ours up to scannedTo: remember that, so the next pull starts there.
        if (page.scannedTo > after)
          await writeTransaction(options.dataSource, (manager) => consumerStore.setPosition(manager, options.consumer, page.scannedTo));
        await sleep(waitMs, signal);
      }
    },
    lag: async () => (last === null ? null : Math.max(0, last - (await consumerStore.position(options.dataSource, options.consumer)))),
    rewind: async () => undefined,
    close: async () => undefined,
  };
}
