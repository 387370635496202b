import { toCents } from '@crm/platform';
import type { PointsReason } from '../../generated/resolvers-types';
import type { CustomerPolicy } from '../../shared/customer-policy';

/** CUS-038: 2,500 yuan of on-site sales → 2 full thousands → 200 points; attending → 100. */
export function referralPoints(reason: PointsReason, salesAmount: string | null, policy: CustomerPolicy): number {
  if (reason === 'REFERRAL_ATTENDED') return policy.points.perReferralAttended;
  if (!salesAmount) return 0;
  const units = toCents(salesAmount) / toCents(policy.points.salesUnit);
  return Number(units) * policy.points.perSalesUnit;
}
