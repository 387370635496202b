import type { CreditGrade } from '../../generated/resolvers-types';
import type { CreditPolicy } from '../../shared/credit-policy';

/** CRD-027: the payment term (账期) a grade carries, from the policy's table. */
export function paymentTermForGrade(grade: CreditGrade, policy: CreditPolicy): number {
  return policy.paymentTermDaysByGrade[grade];
}

/**
 * The term a profile ends up with after an edit: an explicit term wins (null clears it); otherwise a newly set grade
 * brings its table term (CRD-027); otherwise the term stays.
 */
export function resultingPaymentTerm(
  current: { grade: CreditGrade | null; paymentTermDays: number | null },
  change: { grade?: CreditGrade | null; paymentTermDays?: number | null },
  policy: CreditPolicy,
): number | null {
  if (change.paymentTermDays !== undefined) return change.paymentTermDays;
  if (change.grade && change.grade !== current.grade) return paymentTermForGrade(change.grade, policy);
  return current.paymentTermDays;
}
