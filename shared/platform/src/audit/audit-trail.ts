import { DataSource } from 'typeorm';
import { Access } from '../access/access';
import { maskValue, MaskStyle } from '../access/masking';
import { Connection, connectionOf, PageArgs } from '../graphql/connection';
import { AuditAction, AuditEntryEntity, FieldChange } from './audit-entry.entity';

/** Which audited fields are protected, per table: the permission that reveals them and the X-022 mask otherwise. */
export type ProtectedFields = Record<string, Record<string, { permission: string; style: MaskStyle }>>;

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  actions?: readonly AuditAction[] | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * The entries of a page whose values the reader may not see at all (their ids): a subgraph's rule, e.g. a classified
 * customer file the reader holds no grant for (CUS-042). Such an entry still shows who did what and when.
 */
export type WithheldEntries = (
  dataSource: DataSource,
  entries: readonly AuditEntryEntity[],
  access: Access,
) => Promise<ReadonlySet<string>>;

/** An audit entry as the graph shows it: changes decoded and masked for the reader. */
export interface AuditEntryView extends Omit<AuditEntryEntity, 'changes'> {
  changes: FieldChange[];
}

/** X-022 applies to the trail too: a reader without a field's permission sees its old and new values masked. */
export function maskedChanges(entry: AuditEntryEntity, access: Access, protectedFields: ProtectedFields): FieldChange[] {
  const rules = protectedFields[entry.entityType] ?? {};
  return (JSON.parse(entry.changes) as FieldChange[]).map((change) => {
    const rule = rules[change.field];
    if (!rule || access.can(rule.permission)) return change;
    return { field: change.field, old: maskValue(change.old, rule.style), new: maskValue(change.new, rule.style) };
  });
}

/**
 * the trail queried by period, entity, record and actor, newest first, one keyset page at a time. Callers are
 * checked by the field's @permission (audit:READ); audit readers see the whole subgraph's trail (scope ALL).
 */
export async function auditTrail(
  dataSource: DataSource,
  access: Access,
  filter: AuditFilter | null | undefined,
  page: PageArgs,
  maxPageSize: number,
  protectedFields: ProtectedFields,
  withheld?: WithheldEntries,
): Promise<Connection<AuditEntryView>> {
  const qb = dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
  if (filter?.entityType) qb.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
  if (filter?.entityId) qb.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
  if (filter?.actorId) qb.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
  if (filter?.actions?.length) qb.andWhere('a.action IN (:...actions)', { actions: [...filter.actions] });
  const driver = dataSource.driver;
  const atColumn = dataSource.getMetadata(AuditEntryEntity).findColumnWithPropertyName('at')!;
  if (filter?.from) qb.andWhere('a.at >= :from', { from: driver.preparePersistentValue(filter.from, atColumn) });
  if (filter?.to) qb.andWhere('a.at < :to', { to: driver.preparePersistentValue(filter.to, atColumn) });
  const connection = await connectionOf(qb, { property: 'at', direction: 'DESC' }, page, maxPageSize);
  const hidden =
    withheld && connection.edges.length
      ? await withheld(
          dataSource,
          connection.edges.map((e) => e.node),
          access,
        )
      : new Set<string>();
  const changesFor = (entry: AuditEntryEntity): FieldChange[] =>
    hidden.has(entry.id)
      ? (JSON.parse(entry.changes) as FieldChange[]).map((change) => ({ field: change.field, old: null, new: null }))
      : maskedChanges(entry, access, protectedFields);
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: { ...edge.node, changes: changesFor(edge.node) } })),
  };
}

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Rows per statement when exporting: the whole filtered trail is read in keyset pages, never all at once. */
const EXPORT_PAGE = 500;

/** the whole filtered trail as CSV (UTF-8 with BOM, so Excel opens the Chinese text), masked like the query. */
export async function exportAuditTrail(
  dataSource: DataSource,
  access: Access,
  filter: AuditFilter | null | undefined,
  protectedFields: ProtectedFields,
  withheld?: WithheldEntries,
): Promise<{ csv: string; rows: number }> {
  const lines = ['at,actor,request,entity_type,entity_id,action,field,old,new,note'];
  let after: string | null = null;
  let rows = 0;
  for (;;) {
    const page: Connection<AuditEntryView> = await auditTrail(
      dataSource,
      access,
      filter,
      { first: EXPORT_PAGE, after },
      EXPORT_PAGE,
      protectedFields,
      withheld,
    );
    for (const { node } of page.edges) {
      rows += 1;
      const changes = node.changes.length ? node.changes : [{ field: '', old: null, new: null }];
      for (const change of changes) {
        lines.push(
          [
            node.at.toISOString(),
            node.actorId,
            node.requestId,
            node.entityType,
            node.entityId,
            node.action,
            change.field,
            change.old,
            change.new,
            node.note,
          ]
            .map(csvCell)
            .join(','),
        );
      }
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows };
}
