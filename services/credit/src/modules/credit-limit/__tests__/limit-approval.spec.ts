import { resolveChain } from '@crm/platform';
import { creditPolicyProblems, DEFAULT_CREDIT_POLICY } from '../../../shared/credit-policy';
import { CREDIT_APPROVAL_TEMPLATES, CREDIT_LIMIT_APPROVAL_TEMPLATES } from '../credit-limit.approvals';
import type { LimitApprovalProfile } from '../limit-approval.rules';
import { limitApprovalAttributes, limitEscalation, limitStateAfter, withLimitEscalation } from '../limit-approval.rules';
import type { CreditGrade } from '../../../generated/resolvers-types';

const single = (grade: CreditGrade | null): LimitApprovalProfile => ({ grade, subjectType: 'SINGLE' });
const approvers = (amount: string, profile: LimitApprovalProfile) =>
  resolveChain(CREDIT_APPROVAL_TEMPLATES, 'CREDIT_LIMIT', limitApprovalAttributes(amount, profile, DEFAULT_CREDIT_POLICY));

describe('who approves a limit change (CRD-017, X-054)', () => {
  it('CRD-017 the amount bands: ≤ 500,000 sales department manager, ≤ 2,000,000 VP, above that the GM', () => {
    expect(approvers('300000', single('A'))).toEqual(['SALES_DEPT_MANAGER']);
    expect(approvers('500000.00', single('A'))).toEqual(['SALES_DEPT_MANAGER']);
    expect(approvers('500000.01', single('A'))).toEqual(['VP']);
    expect(approvers('2000000', single('B'))).toEqual(['VP']);
    expect(approvers('2000000.01', single('B'))).toEqual(['GM']);
    expect(approvers('3000000', single('A'))).toEqual(['GM']);
  });

  it('CRD-017 a limit above the grade cap goes to the GM whatever its band: C above 1,000,000, D above 0', () => {
    expect(approvers('1000000', single('C'))).toEqual(['VP']);
    expect(approvers('1000000.01', single('C'))).toEqual(['GM']);
    expect(approvers('0', single('D'))).toEqual(['SALES_DEPT_MANAGER']);
    expect(approvers('0.01', single('D'))).toEqual(['GM']);
    expect(limitEscalation('5000000.01', single('B'), DEFAULT_CREDIT_POLICY)).toBe('ABOVE_GRADE_CAP');
    expect(limitEscalation('5000000', single('B'), DEFAULT_CREDIT_POLICY)).toBeNull();
    expect(limitEscalation('900000000', single('A'), DEFAULT_CREDIT_POLICY)).toBeNull();
  });

  it('CRD-005/CRD-017 a customer not rated yet is capped as grade C', () => {
    expect(approvers('1000000', single(null))).toEqual(['VP']);
    expect(approvers('1200000', single(null))).toEqual(['GM']);
  });

  it('CRD-006 a related party’s limit change needs the GM whatever the amount', () => {
    expect(approvers('100000', { grade: 'A', subjectType: 'RELATED_PARTY' })).toEqual(['GM']);
    expect(approvers('100000', { grade: 'A', subjectType: 'GROUP' })).toEqual(['SALES_DEPT_MANAGER']);
  });

  it('submits the normalised amount, the grade and the escalation as the request’s attributes', () => {
    expect(limitApprovalAttributes('1200000', single('C'), DEFAULT_CREDIT_POLICY)).toEqual({
      amount: '1200000.00',
      grade: 'C',
      kind: 'ABOVE_GRADE_CAP',
    });
    expect(limitApprovalAttributes('300000.5', single('A'), DEFAULT_CREDIT_POLICY)).toEqual({
      amount: '300000.50',
      grade: 'A',
      kind: null,
    });
  });

  it('X-054 the escalation takes the catalogue’s top CREDIT_LIMIT chain and leaves the other templates alone', () => {
    const catalogue = CREDIT_LIMIT_APPROVAL_TEMPLATES.map((t) =>
      t.code === 'CREDIT_LIMIT'
        ? { ...t, chains: [{ when: { maxAmount: '1000000.00' }, steps: ['VP'] }, { steps: ['GM', 'CHAIRMAN'] }] }
        : t,
    );
    const templates = withLimitEscalation(catalogue);
    expect(resolveChain(templates, 'CREDIT_LIMIT', { amount: '10.00', kind: 'RELATED_PARTY' })).toEqual(['GM', 'CHAIRMAN']);
    expect(resolveChain(templates, 'CREDIT_LIMIT', { amount: '10.00', kind: null })).toEqual(['VP']);
    expect(templates.filter((t) => t.code !== 'CREDIT_LIMIT')).toEqual(catalogue.filter((t) => t.code !== 'CREDIT_LIMIT'));
  });

  it('CRD-017 the limit takes effect only once approved; a rejection or withdrawal rejects it; other outcomes leave it pending', () => {
    expect(limitStateAfter('APPROVED')).toBe('EFFECTIVE');
    expect(limitStateAfter('REJECTED')).toBe('REJECTED');
    expect(limitStateAfter('WITHDRAWN')).toBe('REJECTED');
    expect(limitStateAfter('PENDING')).toBeNull();
    expect(limitStateAfter('DRAFT')).toBeNull();
  });

  it('CRD-017 refuses a policy whose grade cap is not an amount', () => {
    expect(creditPolicyProblems(DEFAULT_CREDIT_POLICY)).toEqual([]);
    const broken = { ...DEFAULT_CREDIT_POLICY, limitCapByGrade: { ...DEFAULT_CREDIT_POLICY.limitCapByGrade, C: '-1' } };
    expect(creditPolicyProblems(broken)).toEqual(['limitCapByGrade.C must be null or a non-negative amount']);
  });
});
