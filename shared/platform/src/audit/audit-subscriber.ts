import {
  EntitySubscriberInterface,
  EventSubscriber,
  InsertEvent,
  ObjectLiteral,
  RecoverEvent,
  RemoveEvent,
  SoftRemoveEvent,
  UpdateEvent,
} from 'typeorm';
import { NumberSequenceEntity } from '../numbering/number-sequence.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { EVENT_ENTITIES } from '../events/event-entities';
import { diffOf, entityIdOf, snapshotOf, auditValue } from './audit-values';
import { writeAudit } from './audit-writer';

/** Updates whose change (with old values) the versioned-update helper records itself. */
export const auditedUpdates = new WeakSet<ObjectLiteral>();

/** The record id of an audited UPDATE whose rows TypeORM does not report. */
export const BULK_UPDATE = '(bulk)';

/** Bookkeeping, not business data: the trail itself, number counters, and event delivery (the change an event announces is audited). */
const NOT_AUDITED = new Set<unknown>([AuditEntryEntity, NumberSequenceEntity, ...EVENT_ENTITIES]);

/**
 * every insert, update, delete and restore through TypeORM in any subgraph is audited in the same transaction,
 * so no write path (service, import, merge, job, demo seeding) can bypass the trail. An update that carries its
 * previous state (save of a loaded entity, or `updateVersioned`) records old → new; a bare UPDATE is recorded as a
 * bulk entry with the values it set (services use `updateVersioned` so the record is known).
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  async afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    if (NOT_AUDITED.has(event.metadata.target)) return;
    await writeAudit(event.manager, [
      {
        entityType: event.metadata.tableName,
        entityId: entityIdOf(event.metadata, event.entity),
        action: 'CREATE',
        changes: snapshotOf(event.metadata, event.entity),
      },
    ]);
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    if (NOT_AUDITED.has(event.metadata.target) || !event.entity || auditedUpdates.has(event.entity)) return;
    const entity = event.entity as ObjectLiteral;
    const changes = event.databaseEntity
      ? diffOf(event.databaseEntity, entity)
      : Object.entries(entity).map(([field, value]) => ({ field, old: null, new: auditValue(value) }));
    if (changes.length === 0) return;
    // A bare UPDATE does not say which rows it touched: it is kept as a bulk entry with the values it set.
    const entityId = entityIdOf(event.metadata, event.databaseEntity ?? entity) || BULK_UPDATE;
    await writeAudit(event.manager, [
      {
        entityType: event.metadata.tableName,
        entityId,
        action: 'UPDATE',
        changes,
        note: entityId === BULK_UPDATE ? 'bulk update: rows not identified' : null,
      },
    ]);
  }

  async afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    if (NOT_AUDITED.has(event.metadata.target)) return;
    const source = event.databaseEntity ?? event.entity;
    if (!source) return;
    await writeAudit(event.manager, [
      {
        entityType: event.metadata.tableName,
        entityId: entityIdOf(event.metadata, source),
        action: 'DELETE',
        changes: snapshotOf(event.metadata, source).map((c) => ({ ...c, old: c.new, new: null })),
      },
    ]);
  }

  async afterSoftRemove(event: SoftRemoveEvent<ObjectLiteral>): Promise<void> {
    if (NOT_AUDITED.has(event.metadata.target) || !event.entity) return;
    await writeAudit(event.manager, [
      { entityType: event.metadata.tableName, entityId: entityIdOf(event.metadata, event.entity), action: 'DELETE' },
    ]);
  }

  async afterRecover(event: RecoverEvent<ObjectLiteral>): Promise<void> {
    if (NOT_AUDITED.has(event.metadata.target) || !event.entity) return;
    await writeAudit(event.manager, [
      { entityType: event.metadata.tableName, entityId: entityIdOf(event.metadata, event.entity), action: 'RESTORE' },
    ]);
  }
}
