import type { Message } from '@crm/platform';
import type { OwnershipClaimState } from '../generated/resolvers-types';
import { dayAfterPeriod, periodEnd } from './support/calendar-months';
import type { CustomerPolicy } from './customer-policy';

/** CUS-030: a completed visit, a phone contact, or an event invitation the customer attended. */
export function isQualifyingService(channel: string, attended: boolean | null, policy: CustomerPolicy): boolean {
  if (!policy.ownership.qualifyingServiceChannels.includes(channel)) return false;
  return channel !== 'EVENT' || attended === true;
}

/** CUS-028: a customer may be claimed when it has no owner (never had one, or released) or is dormant. */
export function claimRefusal(
  customer: { ownerId: string | null; dormant: boolean },
  claimantId: string,
): { code: string; message: Message } | null {
  if (customer.ownerId === claimantId)
    return { code: 'ALREADY_OWNER', message: { zh: '你已是该客户的负责人', en: 'You already own this customer' } };
  if (customer.ownerId && !customer.dormant) {
    return {
      code: 'NOT_CLAIMABLE',
      message: { zh: '该客户有负责人且服务正常,不能申报', en: 'The customer has an owner who serves it; it cannot be claimed' },
    };
  }
  return null;
}

/** CUS-029 with X-015: a claim confirmed on D is protected through D + 2 months (2026-01-31 → 2026-03-31). */
export const protectedUntil = (confirmedOn: string, policy: CustomerPolicy): string =>
  periodEnd(confirmedOn, policy.ownership.protectionMonths);

/** CUS-029: lapsed from the day after the last protected day. */
export const claimLapsed = (state: OwnershipClaimState, protectedThrough: string | null, asOf: string): boolean =>
  (state === 'PROTECTED' || state === 'EXTENDED') && protectedThrough !== null && asOf > protectedThrough;

/**
 * CUS-030: dormant when the owner has recorded no qualifying service for 3 months since the last one, or
 * since taking the customer over when there was none: last service 2026-01-10 → dormant from 2026-04-11.
 */
export function isDormant(lastServiceOn: string | null, ownerSince: string | null, asOf: string, policy: CustomerPolicy): boolean {
  const since = lastServiceOn ?? ownerSince;
  return since !== null && asOf >= dayAfterPeriod(since, policy.ownership.dormancyMonths);
}

/** CUS-031: the grievance transfer must go to another department. */
export const sameDepartment = (fromDepartmentId: string | null, toDepartmentId: string): boolean => fromDepartmentId === toDepartmentId;

/**
 * CUS-026: leads dealt round-robin to the participating staff in the order listed, so counts differ by at most one
 * and the first staff get the extra ones (7 leads, S1 S2 S3 → 3, 2, 2).
 */
export function distributeEvenly<T>(leads: readonly T[], staff: readonly string[]): { lead: T; staffId: string }[] {
  if (!staff.length) return [];
  return leads.map((lead, index) => ({ lead, staffId: staff[index % staff.length] }));
}
