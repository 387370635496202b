import type { ComplaintState } from '../../generated/resolvers-types';
import { OPEN_COMPLAINT_STATES } from './complaint-state.rules';

export interface CustomerComplaintFacts {
  /** Valid complaints whose handling has not ended (CUS-033: a loyal customer has none). */
  openValidComplaints: number;
  /** Valid complaints received in the 12 months before the instant counted at (CUS-035). */
  validComplaintsLast12Months: number;
}

/** The same instant twelve calendar months earlier (clamped to the month's last day). */
function twelveMonthsBefore(at: Date): Date {
  const earlier = new Date(at);
  earlier.setUTCFullYear(earlier.getUTCFullYear() - 1);
  if (earlier.getUTCMonth() !== at.getUTCMonth()) earlier.setUTCDate(0);
  return earlier;
}

/** CUS-033, CUS-035: counts a customer's valid complaints as of `at`. */
export function complaintFactsOf(valid: { state: ComplaintState; receivedAt: Date }[], at: Date): CustomerComplaintFacts {
  const since = twelveMonthsBefore(at).getTime();
  return {
    openValidComplaints: valid.filter((c) => OPEN_COMPLAINT_STATES.includes(c.state)).length,
    validComplaintsLast12Months: valid.filter((c) => c.receivedAt.getTime() > since && c.receivedAt.getTime() <= at.getTime()).length,
  };
}
