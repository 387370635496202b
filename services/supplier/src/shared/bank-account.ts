import type { SupplierPolicy } from './supplier-policy';

/** Account numbers are compared digits only: "6222 0000-1111" and "622200001111" are one account (SUP-010). */
export function normaliseAccountNo(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** True when a normalised account number has the configured number of digits and nothing else. */
export function isValidAccountNo(accountNo: string, policy: SupplierPolicy): boolean {
  const { min, max } = policy.bankAccountDigits;
  return /^\d+$/.test(accountNo) && accountNo.length >= min && accountNo.length <= max;
}
