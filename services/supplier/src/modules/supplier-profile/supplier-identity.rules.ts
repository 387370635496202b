import type { SupplierStatus } from '../../generated/resolvers-types';

/**
 * Which suppliers still hold their identity. A rejected application never became a supplier (SUP-008) and a cancelled
 * one lost its registration for good (there is no way back from CANCELLED), so a new application may use their USCC;
 * a ban, when there is one, is the blacklist's job (SUP-013). Chosen from the state machine of supplier.md §3.
 */
export const USCC_RELEASED_BY: readonly SupplierStatus[] = ['REJECTED', 'CANCELLED'];

/**
 * SUP-010: an account number is held by every supplier except a rejected applicant. Cancelled and frozen suppliers
 * keep theirs: payments for goods already delivered are still made to it.
 */
export const ACCOUNT_RELEASED_BY: readonly SupplierStatus[] = ['REJECTED'];

/** SUP-010: after admission a change of settlement account needs FINANCE approval; an applicant may still correct it. */
export function accountChangeNeedsApproval(status: SupplierStatus): boolean {
  return status !== 'APPLYING';
}
