import { addCalendarDays } from '@crm/platform';
import type { CustomerPolicy } from '../../shared/customer-policy';

/** X-032 with X-015: a grant of N days approved on D ends at the end of D+N. */
export const accessGrantedUntil = (approvedOn: string, policy: CustomerPolicy): string =>
  addCalendarDays(approvedOn, policy.confidentiality.accessGrantDays);

/** a loan of N days from D is due by the end of D+N and OVERDUE from D+N+1 (2026-03-10 + 3 → due 03-13). */
export const loanDueOn = (loanedOn: string, days: number): string => addCalendarDays(loanedOn, days);

export const loanOverdue = (dueOn: string, asOf: string): boolean => asOf > dueOn;
