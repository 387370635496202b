import { EntitySchema } from 'typeorm';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ApprovalRequestEntity } from '../approvals/approval-request.entity';
import { NumberSequenceEntity } from '../numbering/number-sequence.entity';
import { EVENT_ENTITIES } from '../events/event-entities';

// TypeORM's own option types use Function for entity classes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = (Function | string | EntitySchema)[];

/** The platform's own tables, in every subgraph's database (created by the platform's migrations). */
export const PLATFORM_ENTITIES: EntityList = [NumberSequenceEntity, AuditEntryEntity, ApprovalRequestEntity, ...EVENT_ENTITIES];

/**
 * The tables a subgraph's database holds: its own entities and the platform's (number sequences, audit trail,
 * approval requests, event outbox and consumer tables). The data source, migration generation and the migration checks all use this one list.
 */
export function schemaEntities(spec: { entities: EntityList }): EntityList {
  return [...new Set([...spec.entities, ...PLATFORM_ENTITIES])];
}
