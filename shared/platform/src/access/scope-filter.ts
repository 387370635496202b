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
 * X-021 in SQL: narrows a query to the records the caller's scope for `permission` reaches, so lists, counts,
 * aggregates, entity references and exports all see the same records. No grant at all → no rows.
 */
export function applyScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, access: Access, permission: Permission, columns: ScopeColumns): SelectQueryBuilder<T> {
  const scope = access.scopeFor(permission);
  if (scope === 'ALL') return qb;
  parameterCounter = (parameterCounter + 1) % 1_000_000;
  const me = `scopeMe${parameterCounter}`;
  const departments = `scopeDepts${parameterCounter}`;
  const { caller } = access;
  if (scope === null) return qb.andWhere('1 = 0');
  const reach = scope === 'DEPARTMENT_TREE' ? (caller.departmentTree ?? []) : scope === 'DEPARTMENT' && caller.departmentId ? [caller.departmentId] : [];
  const owners = columns.owner === undefined ? [] : Array.isArray(columns.owner) ? columns.owner : [columns.owner];
  const conditions = owners.map((column) => `${column} = :${me}`);
  if (columns.department && reach.length && scope !== 'OWN') conditions.push(`${columns.department} IN (:...${departments})`);
  if (conditions.length === 0) return qb.andWhere('1 = 0');
  return qb.andWhere(`(${conditions.join(' OR ')})`, { [me]: caller.id, [departments]: reach });
}
