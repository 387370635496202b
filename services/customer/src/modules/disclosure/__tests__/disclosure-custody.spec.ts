import { DEFAULT_CUSTOMER_POLICY as policy } from '../../../default-policy';
import { consentCovers, consentInForce, custodyAuditDueOn, isForbiddenPurpose } from '../disclosure.rules';

describe('disclosure consent and custody audit rules', () => {
  const consent = {
    purposes: ['AUDIT', 'LEGAL_OBLIGATION'] as const,
    dataCategories: ['BASIC_PROFILE', 'FINANCIAL'] as const,
    givenOn: '2026-03-10',
    expiresOn: '2026-06-30',
    revokedAt: null,
  };

  it('X-035 a consent holds from the day given through its last day (X-015), and not once revoked', () => {
    expect([
      consentInForce(consent, '2026-03-09'),
      consentInForce(consent, '2026-03-10'),
      consentInForce(consent, '2026-06-30'),
      consentInForce(consent, '2026-07-01'),
    ]).toEqual([false, true, true, false]);
    expect(consentInForce({ ...consent, expiresOn: null }, '2036-01-01')).toBe(true);
    expect(consentInForce({ ...consent, revokedAt: new Date('2026-03-11T00:00:00Z') }, '2026-03-12')).toBe(false);
  });

  it('X-035 a consent covers one of its purposes with only the data it names', () => {
    expect(consentCovers(consent, 'AUDIT', ['FINANCIAL'])).toBe(true);
    expect(consentCovers(consent, 'AUDIT', ['FINANCIAL', 'CONTACTS'])).toBe(false);
    expect(consentCovers(consent, 'BUSINESS_COOPERATION', ['FINANCIAL'])).toBe(false);
  });

  it('X-035 customer data is never sold', () => {
    expect(isForbiddenPurpose('SALE')).toBe(true);
    expect(isForbiddenPurpose('LEGAL_OBLIGATION')).toBe(false);
  });

  it('X-037 the next custody audit is due custody.auditMonths (6) after the last, month ends kept (X-015); the first at once', () => {
    expect(custodyAuditDueOn('2026-08-31', '2026-09-01', policy)).toBe('2027-02-28');
    expect(custodyAuditDueOn('2026-03-10', '2026-03-10', { ...policy, custody: { ...policy.custody, auditMonths: 12 } })).toBe(
      '2027-03-10',
    );
    expect(custodyAuditDueOn(null, '2026-03-10', policy)).toBe('2026-03-10');
  });
});
