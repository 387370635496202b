import { addYears } from '@crm/platform';
import type { SupplierPolicy } from '../../shared/supplier-policy';

/** SUP-034: a blacklisting on `listedOn` bans the supplier's USCC and bank account through this day. */
export function bannedThrough(listedOn: string, policy: SupplierPolicy): string {
  return addYears(listedOn, policy.blacklistBanYears);
}

/** SUP-013: a ban is in force on every day up to and including its last day; the next day the applicant is accepted. */
export function isBanActive(entry: { bannedThrough: string }, today: string): boolean {
  return today <= entry.bannedThrough;
}
