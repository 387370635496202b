import type { CustomerGrade, CustomerSize, VisitMethod } from '../generated/resolvers-types';
import { addMonths } from './support/calendar-months';
import type { CustomerPolicy, TreatmentRow } from './customer-policy';

/** CUS-023 treatment of a size × grade class, with the CUS-024 reporting cadence. */
export interface Treatment extends TreatmentRow {
  treatmentClass: string;
  revisitEveryMonths: number | null;
  reportMonths: readonly number[];
}

export const treatmentClassOf = (size: CustomerSize, grade: CustomerGrade): string => `${size === 'BIG' ? 'BIG' : 'ORD'}-${grade}`;

/** The class's treatment; null while the customer is ungraded. */
export function treatmentOf(size: CustomerSize, grade: CustomerGrade | null, policy: CustomerPolicy): Treatment | null {
  if (!grade) return null;
  const row = policy.treatment.find((t) => t.size === size && t.grade === grade);
  if (!row) return null;
  return { ...row, treatmentClass: treatmentClassOf(size, grade), reportMonths: policy.reportMonths[grade] };
}

/** CUS-039: the visit plan a class asks for. Inactive when no visit is scheduled (grade D). */
export interface PlannedVisits {
  treatmentClass: string;
  active: boolean;
  visitorRoles: string[];
  method: VisitMethod;
  intervalMonths: number;
  nextDueOn: string;
}

/**
 * CUS-039: derived again whenever size or grade changes. The next visit is one interval after the last counted visit,
 * or after the day the class took effect when there was none.
 */
export function plannedVisits(treatment: Treatment, lastVisitOn: string | null, classFrom: string, policy: CustomerPolicy): PlannedVisits {
  const interval = treatment.revisitEveryMonths;
  return {
    treatmentClass: treatment.treatmentClass,
    active: interval !== null,
    visitorRoles: [...treatment.revisitBy],
    method: policy.visitMethods[0],
    intervalMonths: interval ?? 0,
    nextDueOn: interval === null ? classFrom : addMonths(lastVisitOn ?? classFrom, interval),
  };
}

/** CUS-039: due on nextDueOn, overdue from the day after. */
export const visitOverdue = (nextDueOn: string, asOf: string): boolean => asOf > nextDueOn;

/** CUS-040: the next visit after a counted one. */
export const nextVisitAfter = (visitedOn: string, intervalMonths: number): string => addMonths(visitedOn, intervalMonths);

/** CUS-040: the planned roles a visit counts for — those of the plan the visitor holds. */
export const plannedRolesVisited = (plannedRoles: readonly string[], visitorRoles: readonly string[]): string[] =>
  plannedRoles.filter((role) => visitorRoles.includes(role));

/**
 * CUS-040: a revisit the plan assigns to several roles (BIG-A: VP + SALES_DEPT_MANAGER, 001 L375-378) is done once a
 * holder of each role has visited; a visit of one role alone does not satisfy it. Given the counted visits since the
 * last completed revisit, returns the day it was completed (the day the last missing role first visited), or null
 * while a role is still to visit.
 */
export function revisitCompletedOn(
  plannedRoles: readonly string[],
  visits: readonly { occurredOn: string; roles: readonly string[] }[],
): string | null {
  if (!plannedRoles.length) return null;
  let completedOn = '';
  for (const role of plannedRoles) {
    const first = visits
      .filter((v) => v.roles.includes(role))
      .reduce<string | null>((earliest, v) => (earliest === null || v.occurredOn < earliest ? v.occurredOn : earliest), null);
    if (first === null) return null;
    if (first > completedOn) completedOn = first;
  }
  return completedOn;
}
