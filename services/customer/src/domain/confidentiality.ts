import type { ConfidentialityLevel, CustomerGrade, CustomerSize, DisclosureDataCategory, DisclosurePurpose } from '../generated/resolvers-types';
import { addCalendarDays } from '@crm/platform';
import { addMonths } from '../support/calendar-months';
import type { CustomerPolicy } from './customer-policy';
import { holdsAny } from './roles';

const RANK: Record<ConfidentialityLevel, number> = { SECRET: 1, CONFIDENTIAL: 2, TOP_SECRET: 3 };

export const isClassified = (level: ConfidentialityLevel): boolean => RANK[level] >= RANK.CONFIDENTIAL;

export function highestLevel(levels: readonly ConfidentialityLevel[]): ConfidentialityLevel {
  return levels.reduce<ConfidentialityLevel>((top, level) => (RANK[level] > RANK[top] ? level : top), 'SECRET');
}

/** raised to CONFIDENTIAL when the customer becomes grade A or BIG; never lowered automatically. */
export function autoRaisedLevel(current: ConfidentialityLevel, grade: CustomerGrade | null, size: CustomerSize, policy: CustomerPolicy): ConfidentialityLevel {
  const important = (grade !== null && policy.confidentiality.raiseOnGrades.includes(grade)) || policy.confidentiality.raiseOnSizes.includes(size);
  return important && RANK[current] < RANK.CONFIDENTIAL ? 'CONFIDENTIAL' : current;
}

/** TOP_SECRET, and any lowering, only by the level setters (CS_MANAGER, GM). */
export function mayChangeLevel(from: ConfidentialityLevel, to: ConfidentialityLevel, roles: readonly string[], policy: CustomerPolicy): boolean {
  if (to === 'TOP_SECRET' || RANK[to] < RANK[from]) return holdsAny(roles, policy.confidentiality.levelSetterRoles);
  return true;
}

/** X-032 with X-015: a grant of N days approved on D ends at the end of D+N. */
export const accessGrantedUntil = (approvedOn: string, policy: CustomerPolicy): string => addCalendarDays(approvedOn, policy.confidentiality.accessGrantDays);

/** a loan of N days from D is due by the end of D+N and OVERDUE from D+N+1 (2026-03-10 + 3 → due 03-13). */
export const loanDueOn = (loanedOn: string, days: number): string => addCalendarDays(loanedOn, days);

export const loanOverdue = (dueOn: string, asOf: string): boolean => asOf > dueOn;

/** X-035 (002 L375, 001 L316): customer data is never sold, whatever the consent or the approvals. Fixed, not configuration. */
export const NEVER_DISCLOSED_FOR: readonly DisclosurePurpose[] = ['SALE'];

export const isForbiddenPurpose = (purpose: DisclosurePurpose): boolean => NEVER_DISCLOSED_FOR.includes(purpose);

/** What a recorded consent says, for the X-035 checks. */
export interface ConsentTerms {
  purposes: readonly DisclosurePurpose[];
  dataCategories: readonly DisclosureDataCategory[];
  givenOn: string;
  expiresOn: string | null;
  revokedAt: Date | null;
}

/** X-035 with X-015: a consent holds from the day given through its last day (`expiresOn`), unless revoked. */
export const consentInForce = (consent: ConsentTerms, today: string): boolean =>
  consent.revokedAt === null && consent.givenOn <= today && (consent.expiresOn === null || today <= consent.expiresOn);

/** a consent covers a disclosure that names one of its purposes and only data categories it names. */
export const consentCovers = (consent: ConsentTerms, purpose: DisclosurePurpose, categories: readonly DisclosureDataCategory[]): boolean =>
  consent.purposes.includes(purpose) && categories.every((category) => consent.dataCategories.includes(category));

/** the next custody audit falls due `custody.auditMonths` after the last; before the first, at once. */
export const custodyAuditDueOn = (lastAuditedOn: string | null, today: string, policy: CustomerPolicy): string =>
  lastAuditedOn ? addMonths(lastAuditedOn, policy.custody.auditMonths) : today;
