import type { DisclosureDataCategory, DisclosurePurpose } from '../../generated/resolvers-types';
import type { CustomerPolicy } from '../../shared/customer-policy';
import { addMonths } from '../../shared/support/calendar-months';

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
