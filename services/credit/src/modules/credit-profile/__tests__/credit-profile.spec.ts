import { applyRatingAndTerms, UNRATED } from '../credit-profile.rules';
import { notchClass } from '../credit-notch.rules';
import { DEFAULT_CREDIT_POLICY } from '../../../shared/credit-policy';

const today = '2026-06-30';

describe('credit profile rating and terms', () => {
  it('CRD-014 a notch belongs to its class: BBB− → B, CCC → C, D → D, AAA/AA/A → A', () => {
    expect(notchClass('BBB_MINUS')).toBe('B');
    expect(notchClass('B_MINUS')).toBe('B');
    expect(notchClass('CCC')).toBe('C');
    expect(notchClass('D')).toBe('D');
    expect((['AAA', 'AA', 'A'] as const).map(notchClass)).toEqual(['A', 'A', 'A']);
  });

  it('CRD-014 a notch alone sets its class as grade, and with it the grade term (CRD-027)', () => {
    const { next, violations } = applyRatingAndTerms(UNRATED, { notch: 'BB_PLUS' }, DEFAULT_CREDIT_POLICY, today);
    expect(violations).toEqual([]);
    expect(next).toMatchObject({ grade: 'B', notch: 'BB_PLUS', paymentTermDays: 45 });
  });

  it('CRD-014 a notch of another class than the grade is refused, also when only the grade changes', () => {
    expect(applyRatingAndTerms(UNRATED, { grade: 'A', notch: 'CCC' }, DEFAULT_CREDIT_POLICY, today).violations.map((v) => v.code)).toEqual([
      'NOTCH_GRADE_MISMATCH',
    ]);
    const rated = { ...UNRATED, grade: 'B' as const, notch: 'BBB' as const, paymentTermDays: 45 };
    expect(applyRatingAndTerms(rated, { grade: 'C' }, DEFAULT_CREDIT_POLICY, today).violations.map((v) => v.field)).toEqual(['notch']);
    expect(applyRatingAndTerms(rated, { grade: 'C', notch: null }, DEFAULT_CREDIT_POLICY, today).next).toMatchObject({
      grade: 'C',
      notch: null,
      paymentTermDays: 60,
    });
  });

  it('refuses a term outside 0 to the policy maximum', () => {
    const { violations } = applyRatingAndTerms(UNRATED, { grade: 'A', paymentTermDays: 400 }, DEFAULT_CREDIT_POLICY, today);
    expect(violations.map((v) => [v.field, v.code])).toEqual([['paymentTermDays', 'INVALID_PAYMENT_TERM']]);
  });

  it('an admitted profile records its admission date: today unless given, never in the future', () => {
    expect(applyRatingAndTerms(UNRATED, { admissionState: 'ADMITTED' }, DEFAULT_CREDIT_POLICY, today).next.admittedOn).toBe(today);
    expect(
      applyRatingAndTerms(UNRATED, { admissionState: 'ADMITTED', admittedOn: '2026-01-05' }, DEFAULT_CREDIT_POLICY, today).next.admittedOn,
    ).toBe('2026-01-05');
    expect(applyRatingAndTerms(UNRATED, { admittedOn: '2026-07-01' }, DEFAULT_CREDIT_POLICY, today).violations.map((v) => v.code)).toEqual([
      'INVALID_DATE',
    ]);
  });
});
