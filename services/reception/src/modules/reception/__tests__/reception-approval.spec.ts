import { resolveChain } from '@crm/platform';
import { hospitalityExcess, hospitalityStandard, receptionDays, standardAttendees } from '../hospitality-standard.rules';
import type { ReceptionForApproval } from '../reception-approval.rules';
import { approvalsToSubmit, submissionOutcome } from '../reception-approval.rules';
import { RECEPTION_APPROVAL_TEMPLATES, receptionApprovalTemplates } from '../reception.approvals';
import type { ReceptionPolicy } from '../reception-policy';
import { DEFAULT_RECEPTION_POLICY } from '../reception-policy';
import type { ReceptionClass } from '../../../generated/resolvers-types';

const policy = DEFAULT_RECEPTION_POLICY;
const oneDay = { startOn: '2026-05-11', endOn: '2026-05-11' };

/** Worked example 1: class B, 6 guests, one day. */
const exampleOne = (budgetHospitality: string): ReceptionForApproval => ({
  class: 'B',
  guestCount: 6,
  ...oneDay,
  purpose: '年度合作洽谈',
  budgetHospitality,
});

describe('reception cost standard', () => {
  it.each([
    [4, 1],
    [5, 2],
    [10, 2],
    [11, 3],
    [1, 1],
  ])('REC-006 guests %i → standard company attendees %i (worked example 3)', (guests, attendees) => {
    expect(standardAttendees(guests, policy)).toBe(attendees);
  });

  it('REC-004/REC-005 class B with 6 guests: 300 per person, headcount 8, one-day cap 2,400 (worked example 1)', () => {
    expect(hospitalityStandard({ class: 'B', guestCount: 6, ...oneDay }, policy)).toEqual({
      perPersonCap: '300.00',
      headcount: 8,
      days: 1,
      cap: '2400.00',
    });
  });

  it('REC-004/REC-005 class A with 4 guests caps at 2,500; class D with 12 guests at 2,250 (worked example 2)', () => {
    expect(hospitalityStandard({ class: 'A', guestCount: 4, ...oneDay }, policy).cap).toBe('2500.00');
    expect(hospitalityStandard({ class: 'D', guestCount: 12, ...oneDay }, policy)).toMatchObject({
      perPersonCap: '150.00',
      headcount: 15,
      cap: '2250.00',
    });
  });

  it('REC-005 the cap counts every reception day, first and last included', () => {
    expect(receptionDays('2026-05-11', '2026-05-13')).toBe(3);
    expect(receptionDays('2026-02-28', '2026-03-01')).toBe(2);
    expect(hospitalityStandard({ class: 'C', guestCount: 3, startOn: '2026-05-11', endOn: '2026-05-12' }, policy).cap).toBe('1600.00');
  });

  it('REC-004 tolerance 0 %: one cent above the cap is over standard, the cap itself is not', () => {
    const standard = hospitalityStandard({ class: 'B', guestCount: 6, ...oneDay }, policy);
    expect(hospitalityExcess('2400.00', standard, policy)).toBeNull();
    expect(hospitalityExcess('2400.01', standard, policy)).toBe('0.01');
    expect(hospitalityExcess('2600.00', standard, policy)).toBe('200.00');
  });

  it('REC-004 reads the standards and the tolerance from the policy table', () => {
    const lenient: ReceptionPolicy = {
      ...policy,
      hospitalityPerPersonPerDay: { ...policy.hospitalityPerPersonPerDay, B: '320.00' },
      hospitalityTolerancePercent: 5,
    };
    const standard = hospitalityStandard({ class: 'B', guestCount: 6, ...oneDay }, lenient);
    expect(standard.cap).toBe('2560.00');
    // 5 % above 2,560 allows up to 2,688.
    expect(hospitalityExcess('2688.00', standard, lenient)).toBeNull();
    expect(hospitalityExcess('2688.01', standard, lenient)).toBe('128.01');
  });
});

describe('reception approvals', () => {
  const templates = receptionApprovalTemplates(policy);

  it.each([
    ['A', 'GM'],
    ['B', 'SALES_DIRECTOR'],
    ['C', 'SALES_DEPT_MANAGER'],
    ['D', 'SECTION_CHIEF'],
  ])('REC-008 a class %s reception is approved by %s (X-054 RECEPTION)', (cls, role) => {
    const [needed] = approvalsToSubmit({ ...exampleOne('0.00'), class: cls as ReceptionClass }, policy);
    expect(needed).toMatchObject({ template: 'RECEPTION', attributes: { grade: cls } });
    expect(resolveChain(templates, needed.template, needed.attributes)).toEqual([role]);
  });

  it.each([
    ['A', 'GM'],
    ['B', 'VP'],
    ['C', 'SALES_DIRECTOR'],
    ['D', 'SALES_DEPT_MANAGER'],
  ])(
    'REC-008 over standard, class %s also needs %s: one level above the class approver, at most GM (worked examples 3, 4)',
    (cls, role) => {
      expect(resolveChain(templates, 'RECEPTION_OVER_STANDARD', { grade: cls })).toEqual([role]);
    },
  );

  it('REC-008 leaves the other templates of the reception catalogue as they are', () => {
    expect(templates.filter((t) => t.code !== 'RECEPTION_OVER_STANDARD')).toEqual(
      RECEPTION_APPROVAL_TEMPLATES.filter((t) => t.code !== 'RECEPTION_OVER_STANDARD'),
    );
  });

  it('REC-008 a hospitality budget within the standard needs the class approval only', () => {
    expect(approvalsToSubmit(exampleOne('2400.00'), policy).map((a) => a.template)).toEqual(['RECEPTION']);
  });

  it('REC-008 a hospitality budget above the cap also needs RECEPTION_OVER_STANDARD, with the figures in its reason (worked example 4)', () => {
    const [classApproval, overStandard] = approvalsToSubmit(exampleOne('2600.00'), policy);
    expect(classApproval).toEqual({ template: 'RECEPTION', attributes: { grade: 'B' }, reason: '年度合作洽谈' });
    expect(overStandard).toMatchObject({ template: 'RECEPTION_OVER_STANDARD', attributes: { grade: 'B', amount: '2600.00' } });
    expect(overStandard.reason).toBe('招待预算 2600.00 元超出 B 类标准上限 2400.00 元(超 200.00 元;300.00 元/人/天 × 8 人 × 1 天)');
  });

  it('REC-008 the reception follows its approvals: approved only when all are, rejected by any rejection, back to draft when returned or withdrawn', () => {
    expect(submissionOutcome(['APPROVED'])).toBe('APPROVED');
    expect(submissionOutcome(['APPROVED', 'PENDING'])).toBe('SUBMITTED');
    expect(submissionOutcome(['APPROVED', 'APPROVED'])).toBe('APPROVED');
    expect(submissionOutcome(['REJECTED', 'PENDING'])).toBe('REJECTED');
    expect(submissionOutcome(['APPROVED', 'REJECTED'])).toBe('REJECTED');
    expect(submissionOutcome(['DRAFT', 'PENDING'])).toBe('DRAFT');
    expect(submissionOutcome(['WITHDRAWN'])).toBe('DRAFT');
    expect(submissionOutcome([])).toBe('SUBMITTED');
  });
});
