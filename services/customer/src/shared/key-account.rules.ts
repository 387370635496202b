import { toCents } from '@crm/platform';
import type { CustomerGrade, CustomerSize, KeyAccountIssue } from '../generated/resolvers-types';
import type { CustomerPolicy } from './customer-policy';

/**
 * CUS-011: BIG when the previous calendar year's sales reach `keyAccount.minAnnualSales`, or when a manager
 * designated it; otherwise ORDINARY. A designation stands until a manager changes it.
 */
export function sizeFor(previousYearSales: string | null, designated: CustomerSize | null, policy: CustomerPolicy): CustomerSize {
  if (designated) return designated;
  if (previousYearSales !== null && toCents(previousYearSales) >= toCents(policy.keyAccount.minAnnualSales)) return 'BIG';
  return 'ORDINARY';
}

/** CUS-012: what a key account still lacks. */
export function keyAccountIssues(
  customer: {
    size: CustomerSize;
    grade: CustomerGrade | null;
    keyAccountManagerId: string | null;
    ownerId: string | null;
    custodianId: string | null;
  },
  policy: CustomerPolicy,
): KeyAccountIssue[] {
  const issues: KeyAccountIssue[] = [];
  if (customer.size === 'BIG' && !customer.keyAccountManagerId) issues.push('NO_KEY_ACCOUNT_MANAGER');
  if (customer.grade === 'A') {
    const staff = new Set([customer.ownerId, customer.keyAccountManagerId, customer.custodianId].filter((id): id is string => Boolean(id)));
    if (staff.size < policy.keyAccount.minStaffForImportant) issues.push('TOO_FEW_STAFF');
  }
  return issues;
}
