import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { currentActor } from './audit-context';
import { AuditAction, AuditEntryEntity, FieldChange } from './audit-entry.entity';

let lastMs = 0;
let sequence = 0;

/**
 * A UUIDv7-style id (48-bit millisecond time, 12-bit sequence, random tail): entries written in the same millisecond
 * still sort in the order they were written, so the trail reads back as it happened.
 */
export function timeOrderedId(now = Date.now()): string {
  if (now <= lastMs) {
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) lastMs += 1;
  } else {
    lastMs = now;
    sequence = 0;
  }
  const hex = lastMs.toString(16).padStart(12, '0') + '7' + sequence.toString(16).padStart(3, '0') + randomBytes(8).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export interface AuditRecord {
  entityType: string;
  entityId: string;
  action: AuditAction;
  changes?: FieldChange[];
  note?: string | null;
}

/** Appends audit entries through the given manager, i.e. inside the caller's transaction. */
export async function writeAudit(manager: EntityManager, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const actor = currentActor();
  const at = new Date();
  await manager
    .createQueryBuilder()
    .insert()
    .into(AuditEntryEntity)
    .values(
      records.map((r) => ({
        id: timeOrderedId(),
        at,
        actorId: actor.actorId,
        requestId: actor.requestId,
        entityType: r.entityType,
        entityId: r.entityId,
        action: r.action,
        changes: JSON.stringify(r.changes ?? []),
        note: r.note ? r.note.slice(0, 500) : null,
      })),
    )
    .callListeners(false)
    .execute();
}
