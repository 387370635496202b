import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { And, EventSubscriber, In, IsNull, LessThan, LessThanOrEqual, MoreThan, Not } from 'typeorm';
import { currentActor } from '../audit/audit-context';
import { DomainEvent, EventType, MalformedEventError } from './domain-event';
import { OutboxEventEntity } from './event-entities';

/** One event a use case announces: its type, the record it is about, and the payload that type's schema accepts. */
export interface NewEvent<Payload> {
  type: EventType<Payload>;
  aggregateId: string;
  payload: Payload;
}

const WROTE_OUTBOX = 'crm.outboxWritten';

/**
 * Records domain events in the outbox through the writing transaction's manager: they are published if and only if
 * the change commits. The actor and request id are the verified caller's (or SYSTEM for jobs); `at` is the request's
 * clock. A payload its own schema refuses is a programming error and fails the write.
 */
export async function recordEvents(manager: EntityManager, events: NewEvent<unknown>[], at: Date = new Date()): Promise<DomainEvent[]> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('recordEvents needs the writing transaction’s manager');
  const actor = currentActor();
  const rows = events.map((event) => {
    const parsed = event.type.payload.safeParse(event.payload);
    if (!parsed.success) throw new MalformedEventError(`${event.type.type} payload: ${parsed.error.message}`);
    return manager.create(OutboxEventEntity, {
      id: randomUUID(),
      type: event.type.type,
      version: event.type.version,
      aggregateId: event.aggregateId,
      occurredAt: at,
      actorId: actor.actorId,
      requestId: actor.requestId,
      payload: JSON.stringify(parsed.data),
      publishedAt: null,
      position: null,
    });
  });
  // One by one: the auto-increment seq is the order the relay publishes in, the order the events were recorded.
  for (const row of rows) await manager.insert(OutboxEventEntity, row);
  manager.queryRunner.data = { ...manager.queryRunner.data, [WROTE_OUTBOX]: true };
  return rows.map(toDomainEvent);
}

export function toDomainEvent(row: OutboxEventEntity): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    aggregateId: row.aggregateId,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    requestId: row.requestId,
    payload: JSON.parse(row.payload) as unknown,
  };
}

const commitListeners = new WeakMap<DataSource, () => void>();

/** Calls `listener` after every commit that recorded events on `dataSource` (the relay publishes without waiting). */
export function onOutboxCommit(dataSource: DataSource, listener: () => void): void {
  commitListeners.set(dataSource, listener);
}

/** Wakes the relay when a transaction that wrote to the outbox commits (registered on every data source). */
@EventSubscriber()
export class OutboxCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown> | undefined;
    if (!data?.[WROTE_OUTBOX]) return;
    delete data[WROTE_OUTBOX];
    commitListeners.get(event.connection)?.();
  }
}

/** The outbox's SQL: what the relay publishes, what the embedded log serves, what is pruned and how far behind it is. */
export const outboxStore = {
  /** The oldest unpublished events, in recording order; on MySQL locked, so two relays of one subgraph take turns. */
  unpublished: (manager: EntityManager, limit: number): Promise<OutboxEventEntity[]> => {
    const query = manager.createQueryBuilder(OutboxEventEntity, 'e').where('e.published_at IS NULL').orderBy('e.seq', 'ASC').limit(limit);
    return manager.connection.options.type === 'better-sqlite3' ? query.getMany() : query.setLock('pessimistic_write').getMany();
  },

  lastPosition: async (manager: EntityManager): Promise<number> => {
    const row = await manager
      .createQueryBuilder(OutboxEventEntity, 'e')
      .select('MAX(e.position)', 'last')
      .getRawOne<{ last: string | number | null }>();
    return Number(row?.last ?? 0);
  },

  markPublished: async (manager: EntityManager, rows: OutboxEventEntity[], at: Date, firstPosition: number | null): Promise<void> => {
    if (firstPosition === null) {
      await manager.update(OutboxEventEntity, { seq: In(rows.map((r) => r.seq)) }, { publishedAt: at });
      return;
    }
    for (const [index, row] of rows.entries()) {
      await manager.update(OutboxEventEntity, { seq: row.seq }, { publishedAt: at, position: firstPosition + index });
    }
  },

  /** The embedded log after `position` up to `upTo`, in order, optionally only some types. */
  after: (dataSource: DataSource, position: number, upTo: number, limit: number, types: string[] | null): Promise<OutboxEventEntity[]> =>
    dataSource.getRepository(OutboxEventEntity).find({
      where: { position: And(MoreThan(position), LessThanOrEqual(upTo)), ...(types ? { type: In(types) } : {}) },
      order: { position: 'ASC' },
      take: limit,
    }),

  /** The first and last position the log still holds (0 when empty). */
  bounds: async (dataSource: DataSource): Promise<{ first: number; last: number }> => {
    const row = await dataSource
      .getRepository(OutboxEventEntity)
      .createQueryBuilder('e')
      .select('MIN(e.position)', 'first')
      .addSelect('MAX(e.position)', 'last')
      .getRawOne<{ first: string | number | null; last: string | number | null }>();
    return { first: Number(row?.first ?? 0), last: Number(row?.last ?? 0) };
  },

  prune: async (dataSource: DataSource, publishedBefore: Date): Promise<number> => {
    const result = await dataSource.getRepository(OutboxEventEntity).delete({ publishedAt: LessThan(publishedBefore) });
    return result.affected ?? 0;
  },

  /** Unpublished events and the oldest one's instant (outbox lag). */
  lag: async (dataSource: DataSource): Promise<{ unpublished: number; oldest: Date | null }> => {
    const repository = dataSource.getRepository(OutboxEventEntity);
    const unpublished = await repository.count({ where: { publishedAt: IsNull() } });
    const oldest = unpublished ? await repository.findOne({ where: { publishedAt: IsNull() }, order: { seq: 'ASC' } }) : null;
    return { unpublished, oldest: oldest?.occurredAt ?? null };
  },

  published: (dataSource: DataSource): Promise<number> =>
    dataSource.getRepository(OutboxEventEntity).count({ where: { publishedAt: Not(IsNull()) } }),
};
