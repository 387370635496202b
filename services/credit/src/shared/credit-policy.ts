import type { CreditGrade } from '../generated/resolvers-types';

/**
 * The configurable numbers of the credit rule book (credit.md), in one place. The rules read them from here; a
 * deployment that follows another reading of the policy texts changes this object, not the rules.
 */
export interface CreditPolicy {
  /**
   * CRD-027 账期 by grade, in calendar days. The 004 policy gives A 30, B 45, C 60, D 90; 000 L323-325 says stronger
   * grades get longer terms, and a deployment following that reading reverses the table. D is cash only (CRD-016), so
   * its term applies only to documents covered by a credit exception.
   */
  paymentTermDaysByGrade: Readonly<Record<CreditGrade, number>>;
  /** Longest term a profile or an invoice may carry (an input sanity bound, not a rule-book number). */
  maxPaymentTermDays: number;
  /**
   * CRD-017 grade caps (额度上限) in yuan, as decimal strings; null = no cap. A limit above its grade's cap is approved
   * by the top chain of the CREDIT_LIMIT template (the GM), whatever its amount band. The amount bands themselves are
   * the platform's X-054 template catalogue.
   */
  limitCapByGrade: Readonly<Record<CreditGrade, string | null>>;
  /** What `Customer.creditGradingInputs` (CUS-043) applies. */
  grading: Readonly<{
    /**
     * CUS-013 `arrearsToleranceDays`: in arrears when a receivable was paid, or is unpaid at the cut-off, more than
     * this many days after its due date. The rule and its setting belong to the customer subgraph's policy
     * (`grading.contractAmount.arrearsToleranceDays`, default 0), which scores from `maxDaysPastDue`; subgraphs share
     * no configuration, so this copy has the same default and changes together with it.
     */
    arrearsToleranceDays: number;
    /** Longest assessment period the figures are computed for, in calendar months (an input bound, not a rule). */
    maxPeriodMonths: number;
  }>;
}

export const DEFAULT_CREDIT_POLICY: CreditPolicy = Object.freeze({
  paymentTermDaysByGrade: Object.freeze({ A: 30, B: 45, C: 60, D: 90 }),
  maxPaymentTermDays: 365,
  limitCapByGrade: Object.freeze({ A: null, B: '5000000.00', C: '1000000.00', D: '0.00' }),
  grading: Object.freeze({ arrearsToleranceDays: 0, maxPeriodMonths: 24 }),
});

/**
 * Problems with a policy, empty when usable: every grade needs a whole, non-negative term within the maximum and a
 * cap that is null or a non-negative amount; the grading tolerance and period bound are whole numbers.
 */
export function creditPolicyProblems(policy: CreditPolicy): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(policy.maxPaymentTermDays) || policy.maxPaymentTermDays < 0)
    problems.push('maxPaymentTermDays must be a whole number ≥ 0');
  for (const grade of ['A', 'B', 'C', 'D'] as const) {
    const days = policy.paymentTermDaysByGrade[grade];
    if (!Number.isInteger(days) || days < 0 || days > policy.maxPaymentTermDays) {
      problems.push(`paymentTermDaysByGrade.${grade} must be a whole number from 0 to ${policy.maxPaymentTermDays}`);
    }
  }
  for (const grade of ['A', 'B', 'C', 'D'] as const) {
    const cap = policy.limitCapByGrade[grade];
    if (cap !== null && !/^\d+(\.\d{1,2})?$/.test(cap)) problems.push(`limitCapByGrade.${grade} must be null or a non-negative amount`);
  }
  const { arrearsToleranceDays, maxPeriodMonths } = policy.grading;
  if (!Number.isInteger(arrearsToleranceDays) || arrearsToleranceDays < 0)
    problems.push('grading.arrearsToleranceDays must be a whole number ≥ 0');
  if (!Number.isInteger(maxPeriodMonths) || maxPeriodMonths < 1) problems.push('grading.maxPeriodMonths must be a whole number ≥ 1');
  return problems;
}
