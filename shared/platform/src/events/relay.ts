import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { writeTransaction } from '../db/write-transaction';
import { uncounted } from '../db/sql-statement-counter';
import { OutboxEventEntity } from './event-entities';
import { onOutboxCommit, outboxStore, toDomainEvent } from './outbox';
import { eventSubject, NatsLink } from './nats';

/**
 * Publishes a batch of outbox rows in order; returns the log position of the first on the embedded transport (the
 * outbox is the log there), or null when a server numbered them.
 */
export interface OutboxPublisher {
  publish(rows: OutboxEventEntity[], manager: EntityManager): Promise<number | null>;
}

/** Embedded: publishing is giving each event the next position of the subgraph's own log. */
export const embeddedPublisher: OutboxPublisher = {
  publish: async (_rows, manager) => (await outboxStore.lastPosition(manager)) + 1,
};

/**
 * NATS JetStream: every event on `<prefix>.<producer>.<type>` with its id as the message id, so a batch republished
 * after a crash between publish and commit is dropped by the server's duplicate window. The publishes of a batch are
 * pipelined on one connection, which keeps their order; the batch counts as published once the server acked all.
 */
export function natsPublisher(link: NatsLink, prefix: string, producer: string): OutboxPublisher {
  return {
    publish: async (rows) => {
      await Promise.all(
        rows.map((row) => link.js.publish(eventSubject(prefix, producer, row.type), JSON.stringify(toDomainEvent(row)), { msgID: row.id })),
      );
      return null;
    },
  };
}

export interface RelayOptions {
  intervalMs: number;
  batch: number;
  retentionHours: number;
}

const PRUNE_EVERY_MS = 60_000;

/**
 * The outbox relay of one subgraph: publishes unpublished events oldest first, marks them published in the same
 * transaction, and prunes published rows older than the retention. It wakes when a transaction that recorded events
 * commits, and polls at the interval in case another process of the subgraph wrote them. A failed publish leaves
 * the batch unpublished; it is retried on the next tick.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private again = false;
  private stopped = true;
  private stopping = false;
  private lastPrune = 0;
  private failures = 0;
  published = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: OutboxPublisher,
    private readonly options: RelayOptions,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    onOutboxCommit(this.dataSource, () => this.nudge());
    this.nudge();
  }

  /** Publish now (or right after the pass under way). */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = uncounted(() => this.drain()).finally(() => {
      this.running = undefined;
      if (this.stopped) return;
      if (this.again) {
        this.again = false;
        this.nudge();
        return;
      }
      const backoff = this.failures ? Math.min(this.options.intervalMs * 2 ** this.failures, 30_000) : this.options.intervalMs;
      this.timer = setTimeout(() => this.nudge(), backoff);
    });
  }

  /** Publishes batches until the outbox is empty; returns how many events it published. */
  async drain(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        const count = await this.publishBatch();
        total += count;
        if (count < this.options.batch || this.stopping) break;
      }
      this.failures = 0;
      await this.pruneWhenDue();
    } catch (error: unknown) {
      this.failures = Math.min(this.failures + 1, 8);
      this.log.warn({ err: error, failures: this.failures }, 'outbox relay could not publish; retrying');
    }
    return total;
  }

  private async publishBatch(): Promise<number> {
    const count = await writeTransaction(this.dataSource, async (manager) => {
      const rows = await outboxStore.unpublished(manager, this.options.batch);
      if (!rows.length) return 0;
      const firstPosition = await this.publisher.publish(rows, manager);
      await outboxStore.markPublished(manager, rows, new Date(), firstPosition);
      return rows.length;
    });
    this.published += count;
    if (count) this.log.debug({ count }, 'outbox events published');
    return count;
  }

  private async pruneWhenDue(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    const pruned = await outboxStore.prune(this.dataSource, new Date(now - this.options.retentionHours * 3_600_000));
    if (pruned) this.log.info({ pruned }, 'published outbox events past the retention removed');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
