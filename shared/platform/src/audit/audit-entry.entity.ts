import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../db/column-types';

/** LEAK_REPORT: a suspected leak of customer data, reported by anyone and kept in the trail. */
export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'EXPORT', 'READ', 'DENIAL', 'DECISION', 'LEAK_REPORT'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One field's change: the value before and after, as JSON values (null when unknown or empty). */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/**
 * The append-only audit trail of one subgraph, kept in that subgraph's own database and written in the
 * same transaction as the change it records.
 */
@Entity({ name: 'audit_entry' })
@Index('ix_audit_at', ['at', 'id'])
@Index('ix_audit_entity', ['entityType', 'entityId', 'at'])
@Index('ix_audit_actor', ['actorId', 'at'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ ...instantColumn })
  at: Date;

  /** Staff id, or SYSTEM for scheduled jobs and start-up tasks. */
  @Column({ type: 'varchar', length: 64, name: 'actor_id' })
  actorId: string;

  @Column({ type: 'varchar', length: 64, name: 'request_id', nullable: true })
  requestId: string | null;

  /** The table of the record, e.g. `customer`. */
  @Column({ type: 'varchar', length: 64, name: 'entity_type' })
  entityType: string;

  @Column({ type: 'varchar', length: 100, name: 'entity_id' })
  entityId: string;

  @Column({ type: 'varchar', length: 16 })
  action: AuditAction;

  /** JSON array of FieldChange; a create holds the full initial snapshot (old = null). */
  @Column({ type: 'text' })
  changes: string;

  /** Free text for reads, exports, decisions and denials (what was asked, why refused). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
