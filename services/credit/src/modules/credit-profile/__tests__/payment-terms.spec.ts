import type { CreditPolicy } from '../../../shared/credit-policy';
import { creditPolicyProblems, DEFAULT_CREDIT_POLICY } from '../../../shared/credit-policy';
import { paymentTermForGrade, resultingPaymentTerm } from '../payment-terms.rules';

describe('payment terms by grade', () => {
  it('CRD-027 the default table gives A 30, B 45, C 60 and D 90 days', () => {
    expect((['A', 'B', 'C', 'D'] as const).map((g) => paymentTermForGrade(g, DEFAULT_CREDIT_POLICY))).toEqual([30, 45, 60, 90]);
  });

  it('CRD-027 the table is configuration: the reading "stronger grades get longer terms" is a policy change only', () => {
    const reversed: CreditPolicy = { ...DEFAULT_CREDIT_POLICY, paymentTermDaysByGrade: { A: 90, B: 60, C: 45, D: 30 } };
    expect(creditPolicyProblems(reversed)).toEqual([]);
    expect(paymentTermForGrade('A', reversed)).toBe(90);
    expect(resultingPaymentTerm({ grade: null, paymentTermDays: null }, { grade: 'C' }, reversed)).toBe(45);
  });

  it('CRD-027 a newly set grade without an explicit term brings the grade term', () => {
    expect(resultingPaymentTerm({ grade: null, paymentTermDays: null }, { grade: 'B' }, DEFAULT_CREDIT_POLICY)).toBe(45);
    expect(resultingPaymentTerm({ grade: 'B', paymentTermDays: 45 }, { grade: 'A' }, DEFAULT_CREDIT_POLICY)).toBe(30);
  });

  it('CRD-027 an explicit term wins over the table, and an unchanged grade keeps a negotiated term', () => {
    expect(resultingPaymentTerm({ grade: 'B', paymentTermDays: 45 }, { grade: 'A', paymentTermDays: 40 }, DEFAULT_CREDIT_POLICY)).toBe(40);
    expect(resultingPaymentTerm({ grade: 'A', paymentTermDays: 40 }, { grade: 'A' }, DEFAULT_CREDIT_POLICY)).toBe(40);
    expect(resultingPaymentTerm({ grade: 'A', paymentTermDays: 40 }, { paymentTermDays: null }, DEFAULT_CREDIT_POLICY)).toBeNull();
  });

  it('refuses a policy the rules cannot use', () => {
    expect(creditPolicyProblems(DEFAULT_CREDIT_POLICY)).toEqual([]);
    const broken: CreditPolicy = {
      ...DEFAULT_CREDIT_POLICY,
      paymentTermDaysByGrade: { A: 30, B: -1, C: 60.5, D: 90 },
    };
    expect(creditPolicyProblems(broken)).toEqual([
      'paymentTermDaysByGrade.B must be a whole number from 0 to 365',
      'paymentTermDaysByGrade.C must be a whole number from 0 to 365',
    ]);
  });
});
