import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { isUniqueViolation } from '../db/write-conflicts';
import { DeadLetterEventEntity, EventConsumerPositionEntity, ProcessedEventEntity } from './event-entities';

/** A parked event as the operator sees it. */
export interface DeadLetter {
  id: string;
  consumer: string;
  eventId: string;
  eventType: string;
  aggregateId: string;
  error: string;
  attempts: number;
  failedAt: string;
}

/** What is kept of an event that failed: its identity and the envelope exactly as it arrived. */
export interface ParkedEvent {
  eventId: string;
  eventType: string;
  aggregateId: string;
  envelope: string;
}

const view = (row: DeadLetterEventEntity): DeadLetter => ({
  id: row.id,
  consumer: row.consumer,
  eventId: row.eventId,
  eventType: row.eventType,
  aggregateId: row.aggregateId,
  error: row.error,
  attempts: row.attempts,
  failedAt: row.failedAt.toISOString(),
});

/** The consumer side's SQL: processed events, read positions, dead letters. */
export const consumerStore = {
  /** Claims the event for the consumer; false when it was applied before (the row exists). */
  claim: async (manager: EntityManager, consumer: string, eventId: string): Promise<boolean> => {
    // Inserting first holds the row's lock on MySQL: a second instance of the consumer waits here, then finds it.
    try {
      await manager.insert(ProcessedEventEntity, { consumer, eventId, processedAt: new Date() });
      return true;
    } catch (error: unknown) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  },

  position: async (manager: EntityManager | DataSource, consumer: string): Promise<number> =>
    (await manager.getRepository(EventConsumerPositionEntity).findOneBy({ consumer }))?.position ?? 0,

  setPosition: (manager: EntityManager, consumer: string, position: number): Promise<unknown> =>
    manager.getRepository(EventConsumerPositionEntity).save({ consumer, position, updatedAt: new Date() }),

  /** Forgets what the consumer applied and where it read, so it replays from the start. */
  reset: async (manager: EntityManager, consumer: string): Promise<void> => {
    await manager.delete(ProcessedEventEntity, { consumer });
    await manager.delete(EventConsumerPositionEntity, { consumer });
  },

  park: async (manager: EntityManager, consumer: string, event: ParkedEvent, error: string, attempts: number): Promise<DeadLetter> => {
    const row = manager.create(DeadLetterEventEntity, {
      id: randomUUID(),
      consumer,
      eventId: event.eventId.slice(0, 36),
      eventType: event.eventType.slice(0, 80),
      aggregateId: event.aggregateId.slice(0, 100),
      envelope: event.envelope,
      error: error.slice(0, 4000),
      attempts,
      failedAt: new Date(),
      redrivenAt: null,
    });
    await manager.insert(DeadLetterEventEntity, row);
    return view(row);
  },

  openDeadLetters: async (dataSource: DataSource, consumers?: string[]): Promise<DeadLetter[]> => {
    const rows = await dataSource
      .getRepository(DeadLetterEventEntity)
      .find({ where: { redrivenAt: IsNull() }, order: { failedAt: 'ASC' } });
    return rows.filter((row) => !consumers || consumers.includes(row.consumer)).map(view);
  },

  deadLetter: (manager: EntityManager, id: string): Promise<DeadLetterEventEntity | null> =>
    manager.findOneBy(DeadLetterEventEntity, { id }),

  redriven: (manager: EntityManager, id: string): Promise<unknown> =>
    manager.update(DeadLetterEventEntity, { id }, { redrivenAt: new Date() }),

  failedAgain: (manager: EntityManager, id: string, error: string, attempts: number): Promise<unknown> =>
    manager.update(DeadLetterEventEntity, { id }, { error: error.slice(0, 4000), attempts, failedAt: new Date() }),
};
