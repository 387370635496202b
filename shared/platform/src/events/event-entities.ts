import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, ValueTransformer } from 'typeorm';
import { instantColumn } from '../db/column-types';

/** BIGINT columns come back as strings from mysql2 and as numbers from SQLite; positions stay far below 2^53. */
const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/**
 * The subgraph's transactional outbox: a domain event is written here in the transaction of the change it announces,
 * so it exists if and only if the change committed. The relay publishes rows in `seq` order and stamps
 * `published_at`; on the embedded transport it also gives each its `position` in the subgraph's event log, which is
 * what consumers pull by.
 */
@Entity({ name: 'outbox_event' })
@Index('ix_outbox_unpublished', ['publishedAt', 'seq'])
@Index('ux_outbox_event_id', ['id'], { unique: true })
@Index('ux_outbox_position', ['position'], { unique: true })
export class OutboxEventEntity {
  /**
   * Recording order. INT UNSIGNED (4.29 billion events) because SQLite auto-increments only an INTEGER key; at a
   * hundred thousand events a day that lasts a century.
   */
  @PrimaryGeneratedColumn('increment', { type: 'int', unsigned: true })
  seq: number;

  @Column({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 80 })
  type: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 100, name: 'aggregate_id' })
  aggregateId: string;

  @Column({ ...instantColumn, name: 'occurred_at' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'actor_id' })
  actorId: string;

  @Column({ type: 'varchar', length: 64, name: 'request_id', nullable: true })
  requestId: string | null;

  /** The event's payload as JSON, valid against its type's schema for `version`. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ ...instantColumn, name: 'published_at', nullable: true })
  publishedAt: Date | null;

  /** Place in the embedded event log (1, 2, …), given when published; null on NATS (the stream numbers messages). */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  position: number | null;
}

/**
 * Events a consumer of this subgraph has applied, written in the same transaction as the effect: a redelivered or
 * republished event finds its row and changes nothing.
 */
@Entity({ name: 'processed_event' })
export class ProcessedEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  consumer: string;

  @PrimaryColumn({ type: 'varchar', length: 36, name: 'event_id' })
  eventId: string;

  @Column({ ...instantColumn, name: 'processed_at' })
  processedAt: Date;
}

/** How far a consumer has read a producer's embedded event log (written with each event's effect). */
@Entity({ name: 'event_consumer_position' })
export class EventConsumerPositionEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  consumer: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  position: number;

  @Column({ ...instantColumn, name: 'updated_at' })
  updatedAt: Date;
}

/** An event a consumer failed to apply after every retry, parked with its error until an operator re-drives it. */
@Entity({ name: 'dead_letter_event' })
@Index('ix_dead_letter_open', ['consumer', 'redrivenAt', 'failedAt'])
export class DeadLetterEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 80 })
  consumer: string;

  @Column({ type: 'varchar', length: 36, name: 'event_id' })
  eventId: string;

  @Column({ type: 'varchar', length: 80, name: 'event_type' })
  eventType: string;

  @Column({ type: 'varchar', length: 100, name: 'aggregate_id' })
  aggregateId: string;

  /** The whole envelope as JSON, so a re-drive applies exactly what failed. */
  @Column({ type: 'text' })
  envelope: string;

  @Column({ type: 'text' })
  error: string;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ ...instantColumn, name: 'failed_at' })
  failedAt: Date;

  @Column({ ...instantColumn, name: 'redriven_at', nullable: true })
  redrivenAt: Date | null;
}

export const EVENT_ENTITIES = [OutboxEventEntity, ProcessedEventEntity, EventConsumerPositionEntity, DeadLetterEventEntity];
