import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { OPEN_COMPLAINT_STATES, TERMINAL_COMPLAINT_STATES } from '../domain/complaint-state';
import type { CaseType, ComplaintSeverity, ComplaintState } from '../generated/resolvers-types';

/** The filter every complaint list takes (the root list adds customerId). */
export interface ComplaintCriteria {
  customerId?: string | null;
  states?: ComplaintState[] | null;
  caseTypes?: CaseType[] | null;
  severity?: ComplaintSeverity | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  open?: boolean | null;
}

/** Binds an instant the way the driver stores it (better-sqlite3 cannot bind a Date; MySQL wants DATETIME). */
function instantParam<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, property: string, value: Date): unknown {
  const column = qb.expressionMap.findAliasByName(alias).metadata.findColumnWithPropertyName(property)!;
  return qb.connection.driver.preparePersistentValue(value, column);
}

/**
 * Adds the criteria to a query on `alias` (a ComplaintEntity alias). Parameter names carry the alias, so the same
 * criteria can sit in a sub-query next to the outer query's own.
 */
export function applyComplaintCriteria<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, criteria: ComplaintCriteria | null | undefined): SelectQueryBuilder<T> {
  if (!criteria) return qb;
  const p = (name: string) => `${alias}_${name}`;
  if (criteria.customerId) qb.andWhere(`${alias}.customerId = :${p('customerId')}`, { [p('customerId')]: criteria.customerId });
  if (criteria.states?.length) qb.andWhere(`${alias}.state IN (:...${p('states')})`, { [p('states')]: criteria.states });
  if (criteria.caseTypes?.length) qb.andWhere(`${alias}.caseType IN (:...${p('caseTypes')})`, { [p('caseTypes')]: criteria.caseTypes });
  if (criteria.severity) qb.andWhere(`${alias}.severity = :${p('severity')}`, { [p('severity')]: criteria.severity });
  if (criteria.receivedFrom) {
    qb.andWhere(`${alias}.receivedAt >= :${p('receivedFrom')}`, { [p('receivedFrom')]: instantParam(qb, alias, 'receivedAt', criteria.receivedFrom) });
  }
  if (criteria.receivedTo) {
    qb.andWhere(`${alias}.receivedAt < :${p('receivedTo')}`, { [p('receivedTo')]: instantParam(qb, alias, 'receivedAt', criteria.receivedTo) });
  }
  if (criteria.open != null) {
    const states = criteria.open ? OPEN_COMPLAINT_STATES : TERMINAL_COMPLAINT_STATES;
    qb.andWhere(`${alias}.state IN (:...${p('openStates')})`, { [p('openStates')]: states });
  }
  return qb;
}

/** A stable text key for criteria, so equal filters from different customers share one batch. */
export function criteriaKey(criteria: ComplaintCriteria | null | undefined): string {
  if (!criteria) return '{}';
  const entries = Object.entries(criteria)
    .filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => [key, Array.isArray(value) ? [...(value as string[])].sort() : value instanceof Date ? value.toISOString() : value] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries));
}
