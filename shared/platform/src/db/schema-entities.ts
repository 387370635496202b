import { EntitySchema } from 'typeorm';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ApprovalRequestEntity } from '../approvals/approval-request.entity';

// TypeORM's own option types use Function for entity classes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = (Function | string | EntitySchema)[];

/**
 * The tables a subgraph's database holds: its own entities and, when it is governed, the platform's audit trail and
 * approval requests. The data source, migration generation and the migration checks all use this one list.
 */
export function schemaEntities(spec: { entities: EntityList; governance?: unknown }): EntityList {
  return [...new Set([...spec.entities, ...(spec.governance ? [AuditEntryEntity, ApprovalRequestEntity] : [])])];
}
