import type { CreditAdmissionState, CreditGrade, CreditNotch } from '../../generated/resolvers-types';
import type { CreditPolicy } from '../../shared/credit-policy';
import { notchClass } from './credit-notch.rules';
import { resultingPaymentTerm } from './payment-terms.rules';
import type { Violation } from '../../shared/violation';
import { termViolation, violation } from '../../shared/violation';

/** The rating, term and admission fields of a profile that depend on one another. */
export interface RatingAndTerms {
  grade: CreditGrade | null;
  notch: CreditNotch | null;
  paymentTermDays: number | null;
  admissionState: CreditAdmissionState;
  admittedOn: string | null;
}

/** What an edit sends (undefined = not sent, null = clear). */
export type RatingAndTermsChange = { [K in keyof RatingAndTerms]?: RatingAndTerms[K] | null };

/** A profile that does not exist yet: the state openCreditProfile starts from. */
export const UNRATED: RatingAndTerms = Object.freeze({
  grade: null,
  notch: null,
  paymentTermDays: null,
  admissionState: 'NONE',
  admittedOn: null,
});

/**
 * Applies an edit to the interdependent fields and checks the result (pure):
 * - CRD-014: a notch alone sets its class as grade; a notch must belong to the grade.
 * - CRD-027: a new grade without an explicit term brings the grade's term from the policy table.
 * - an ADMITTED profile records when it was admitted (today unless given).
 */
export function applyRatingAndTerms(
  current: RatingAndTerms,
  change: RatingAndTermsChange,
  policy: CreditPolicy,
  today: string,
): { next: RatingAndTerms; violations: Violation[] } {
  const violations: Violation[] = [];
  const notch = change.notch !== undefined ? change.notch : current.notch;
  let grade = change.grade !== undefined ? change.grade : current.grade;
  if (change.notch && change.grade === undefined) grade = notchClass(change.notch);
  if (notch && grade !== notchClass(notch)) {
    violations.push(
      violation(
        'notch',
        'NOTCH_GRADE_MISMATCH',
        `细分等级 ${notch} 属于 ${notchClass(notch)} 级,与信用等级 ${grade ?? '(无)'} 不符`,
        `Notch ${notch} belongs to grade ${notchClass(notch)}, not ${grade ?? '(none)'}`,
      ),
    );
  }
  const paymentTermDays = resultingPaymentTerm(current, { grade, paymentTermDays: change.paymentTermDays }, policy);
  const termProblem = termViolation('paymentTermDays', paymentTermDays, policy.maxPaymentTermDays);
  if (termProblem) violations.push(termProblem);
  const admissionState = change.admissionState ?? current.admissionState;
  let admittedOn = change.admittedOn !== undefined ? change.admittedOn : current.admittedOn;
  if (admissionState === 'ADMITTED' && !admittedOn) admittedOn = today;
  if (admittedOn && admittedOn > today) {
    violations.push(violation('admittedOn', 'INVALID_DATE', '准入日期不能晚于今天', 'Admission date cannot be in the future'));
  }
  return { next: { grade, notch, paymentTermDays, admissionState, admittedOn }, violations };
}
