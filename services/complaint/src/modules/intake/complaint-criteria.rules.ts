import type { CaseType, ComplaintSeverity, ComplaintState } from '../../generated/resolvers-types';

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

/** A stable text key for criteria, so equal filters from different customers share one batch. */
export function criteriaKey(criteria: ComplaintCriteria | null | undefined): string {
  if (!criteria) return '{}';
  const entries = Object.entries(criteria)
    .filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(
      ([key, value]) =>
        [key, Array.isArray(value) ? [...(value as string[])].sort() : value instanceof Date ? value.toISOString() : value] as const,
    )
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries));
}
