import { formatCents, toCents } from '@crm/platform';
import type { ReceptionClass } from '../../generated/resolvers-types';
import type { ReceptionPolicy } from './reception-policy';

/** What the hospitality cap of a reception is made of (REC-004, REC-005). */
export interface HospitalityStandard {
  /** 人均招待标准, yuan per person per day. */
  perPersonCap: string;
  /** Guests plus the standard number of company attendees (host included). */
  headcount: number;
  /** Reception days, first and last included. */
  days: number;
  /** 招待费上限 for the whole reception: per-person cap × headcount × days. */
  cap: string;
}

export interface ReceptionForStandard {
  class: ReceptionClass;
  guestCount: number;
  startOn: string;
  endOn: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days from the first to the last day, both included (dates are YYYY-MM-DD, no time zone). */
export function receptionDays(startOn: string, endOn: string): number {
  const days = Math.round((Date.parse(`${endOn}T00:00:00Z`) - Date.parse(`${startOn}T00:00:00Z`)) / DAY_MS) + 1;
  return Math.max(days, 1);
}

/** REC-006: the company attendees the standard allows for this many guests. */
export function standardAttendees(guestCount: number, policy: ReceptionPolicy): number {
  const band = policy.attendeeBands.find((b) => b.maxGuests === null || guestCount <= b.maxGuests);
  if (!band) throw new Error('reception policy: attendeeBands must end with an open band (maxGuests null)');
  return band.attendees;
}

/**
 * REC-004/REC-005: the hospitality cap. The request does not list its company attendees yet, so the headcount counts
 * the most attendees the standard allows (REC-006): a budget above this cap is over standard whoever attends.
 */
export function hospitalityStandard(reception: ReceptionForStandard, policy: ReceptionPolicy): HospitalityStandard {
  const perPersonCap = policy.hospitalityPerPersonPerDay[reception.class];
  const headcount = reception.guestCount + standardAttendees(reception.guestCount, policy);
  const days = receptionDays(reception.startOn, reception.endOn);
  return { perPersonCap, headcount, days, cap: formatCents(toCents(perPersonCap) * BigInt(headcount) * BigInt(days)) };
}

/** REC-008: how much the hospitality budget exceeds the cap (with the configured tolerance); null when within it. */
export function hospitalityExcess(budgetHospitality: string, standard: HospitalityStandard, policy: ReceptionPolicy): string | null {
  const basisPoints = BigInt(Math.round(policy.hospitalityTolerancePercent * 100));
  const allowed = (toCents(standard.cap) * (10000n + basisPoints)) / 10000n;
  const budget = toCents(budgetHospitality);
  return budget > allowed ? formatCents(budget - toCents(standard.cap)) : null;
}
