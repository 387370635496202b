import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Permission } from './access-policy';
import { Access } from './access';

/**
 * The columns (entity property paths, e.g. `c.ownerId`) that place a record for data scopes: its owner or handler
 * (several when more than one person counts as owning it) and its department. A record without an owner column is
 * reached by department scopes only.
 */
export interface ScopeColumns {
  owner?: string | string[];
  department?: string;
}

let parameterCounter = 0;

/**
 * A number for this condition's query parameters (`scopeMe17`), so that conditions combined in one query, or the same
 * condition applied twice, never share a parameter name.
 */
export function nextParameterNumber(): number {
  parameterCounter = (parameterCounter + 1) % 1_000_000;
  return parameterCounter;
}

/** A scope as a SQL condition with its parameters; null when the scope is ALL (no condition). */
export interface ScopeCondition {
  sql: string;
  parameters: Record<string, unknown>;
}

/**
 * X-021 as a SQL condition on the record's placement columns, for queries that combine it with other conditions
 * (applyScope is the usual way). No grant at all → a condition no row meets.
 */
export function scopeCondition(access: Access, permission: Permission, columns: ScopeColumns): ScopeCondition | null {
  const scope = access.scopeFor(permission);
  if (scope === 'ALL') return null;
  if (scope === null) return { sql: '1 = 0', parameters: {} };
  const n = nextParameterNumber();
  const me = `scopeMe${n}`;
  const departments = `scopeDepts${n}`;
  const { caller } = access;
  const reach =
    scope === 'DEPARTMENT_TREE'
      ? (caller.departmentTree ?? [])
      : scope === 'DEPARTMENT' && caller.departmentId
        ? [caller.departmentId]
        : [];
  const owners = columns.owner === undefined ? [] : Array.isArray(columns.owner) ? columns.owner : [columns.owner];
  const conditions = owners.map((column) => `${column} = :${me}`);
  if (columns.department && reach.length && scope !== 'OWN') conditions.push(`${columns.department} IN (:...${departments})`);
  if (conditions.length === 0) return { sql: '1 = 0', parameters: {} };
  return { sql: `(${conditions.join(' OR ')})`, parameters: { [me]: caller.id, [departments]: reach } };
}

/**
 * X-021 in SQL: narrows a query to the records the caller's scope for `permission` reaches, so lists, counts,
 * aggregates, entity references and exports all see the same records. No grant at all → no rows.
 */
export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  access: Access,
  permission: Permission,
  columns: ScopeColumns,
): SelectQueryBuilder<T> {
  const condition = scopeCondition(access, permission, columns);
  return condition ? qb.andWhere(condition.sql, condition.parameters) : qb;
}
