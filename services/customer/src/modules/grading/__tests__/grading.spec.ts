import type { CustomerPolicy } from '../../../shared/customer-policy';
import { DEFAULT_CUSTOMER_POLICY as policy } from '../../../default-policy';
import {
  annualised,
  assess,
  gradeForTotal,
  inReviewWindow,
  inputsEditable,
  provisionalCapBreach,
  provisionalPeriod,
  scoreContractAmount,
  scorePremium,
  scoreReceivable,
  stepAllowed,
  validInfluence,
  inArrears,
} from '../grading.rules';
import { keyAccountIssues, sizeFor } from '../../../shared/key-account.rules';
import { treatmentOf } from '../../../shared/treatment.rules';
import { autoRaisedLevel, mayChangeLevel } from '../../../shared/confidentiality-levels.rules';

describe('grading rules', () => {
  it('CUS-017 worked example 1: totals 14 → A, 13 → B, 12 → B, 10 → C, 9 → D', () => {
    const grade = (...scores: number[]) =>
      gradeForTotal(
        scores.reduce((a, b) => a + b, 0),
        policy,
      );
    expect(grade(4, 4, 3, 3)).toBe('A');
    expect(grade(4, 4, 3, 2)).toBe('B');
    expect(grade(4, 3, 3, 2)).toBe('B');
    expect(grade(3, 3, 2, 2)).toBe('C');
    expect(grade(3, 2, 2, 2)).toBe('D');
  });

  it('CUS-017 the bands are configuration', () => {
    const strict: CustomerPolicy = {
      ...policy,
      grading: {
        ...policy.grading,
        bands: [
          { grade: 'A', minTotal: 15 },
          { grade: 'B', minTotal: 12 },
          { grade: 'C', minTotal: 0 },
        ],
      },
    };
    expect(gradeForTotal(14, strict)).toBe('B');
    expect(gradeForTotal(4, strict)).toBe('C');
  });

  it('CUS-013 worked example 2: contract amount and payment with T1/T2/T3 = 10M/5M/1M', () => {
    const score = (amount: string, daysLate: number) => scoreContractAmount(amount, inArrears(daysLate, policy), policy);
    expect(score('12000000', 0)).toBe(4);
    expect(score('12000000', 3)).toBe(1);
    expect(score('6000000', 0)).toBe(3);
    expect(score('1000000', 0)).toBe(2);
    expect(score('800000', 0)).toBe(1);
  });

  it('CUS-013 the arrears tolerance is configuration', () => {
    const lenient: CustomerPolicy = {
      ...policy,
      grading: { ...policy.grading, contractAmount: { ...policy.grading.contractAmount, arrearsToleranceDays: 5 } },
    };
    expect(scoreContractAmount('12000000', inArrears(3, lenient), lenient)).toBe(4);
  });

  it('CUS-014 worked example 3: year-end receivables 500,000 → 4, 500,000.01 → 3, 2,000,000 → 2, 2,000,000.01 → 1', () => {
    expect(scoreReceivable('500000.00', policy)).toBe(4);
    expect(scoreReceivable('500000.01', policy)).toBe(3);
    expect(scoreReceivable('2000000.00', policy)).toBe(2);
    expect(scoreReceivable('2000000.01', policy)).toBe(1);
  });

  it('CUS-015 worked example 3: premium 10 % → 4, 7.5 % → 3, 0 % → 2, −2 % → 1', () => {
    expect(scorePremium('10', policy)).toBe(4);
    expect(scorePremium('7.5', policy)).toBe(3);
    expect(scorePremium('0', policy)).toBe(2);
    expect(scorePremium('-2', policy)).toBe(1);
  });

  it('CUS-016 strategic influence is scored 1 to 4', () => {
    expect([0, 1, 4, 5, 2.5].map(validInfluence)).toEqual([false, true, true, false, false]);
  });

  it('CUS-017 the four indicators have equal weight and the total decides the grade', () => {
    const result = assess(
      {
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        contractAmount: '12000000',
        maxDaysPastDue: 0,
        yearEndReceivable: '300000',
        premiumPct: '7.5',
        strategicInfluence: 3,
      },
      policy,
    );
    expect(result).toEqual({
      inArrears: false,
      scoreContract: 4,
      scoreReceivable: 4,
      scorePremium: 3,
      scoreInfluence: 3,
      total: 14,
      resultGrade: 'A',
    });
    expect(
      assess(
        {
          periodFrom: '2026-01-01',
          periodTo: '2026-12-31',
          contractAmount: '1',
          maxDaysPastDue: 0,
          yearEndReceivable: '1',
          premiumPct: '1',
          strategicInfluence: null,
        },
        policy,
      ),
    ).toBeNull();
  });

  it('CUS-018 worked example 5: first transaction 2026-04-15 → provisional through 2027-04-15, PROVISIONAL_END due 2027-04-16', () => {
    expect(provisionalPeriod('2026-04-15', policy)).toEqual({ until: '2027-04-15', assessmentDueOn: '2027-04-16' });
    const sixMonths: CustomerPolicy = { ...policy, grading: { ...policy.grading, provisionalMonths: 6 } };
    expect(provisionalPeriod('2026-04-15', sixMonths)).toEqual({ until: '2026-10-15', assessmentDueOn: '2026-10-16' });
  });

  it('CUS-018 no grade above the provisional C inside the provisional period, not even by override; lowering it may be asked', () => {
    const provisional = { gradeProvisional: true, provisionalUntil: '2027-04-15' };
    expect(provisionalCapBreach(provisional, 'A', '2026-05-01', policy)).toEqual({ cap: 'C', until: '2027-04-15' });
    expect(provisionalCapBreach(provisional, 'B', '2027-04-15', policy)).toEqual({ cap: 'C', until: '2027-04-15' });
    expect(provisionalCapBreach(provisional, 'C', '2026-05-01', policy)).toBeNull();
    expect(provisionalCapBreach(provisional, 'D', '2026-05-01', policy)).toBeNull();
    expect(provisionalCapBreach(provisional, 'A', '2027-04-16', policy)).toBeNull();
    expect(provisionalCapBreach({ gradeProvisional: false, provisionalUntil: null }, 'A', '2026-05-01', policy)).toBeNull();
    const capB: CustomerPolicy = { ...policy, grading: { ...policy.grading, provisionalGrade: 'B' } };
    expect(provisionalCapBreach(provisional, 'B', '2026-05-01', capB)).toBeNull();
  });

  it('CUS-018 amounts of a period shorter than 12 months are annualised', () => {
    expect(annualised('6000000.00', '2026-01-01', '2026-12-31')).toBe('6000000.00');
    expect(annualised('6000000.00', '2026-01-01', '2026-07-01')).toBe('12032967.03');
    expect(annualised('3000000.00', '2026-04-15', '2026-10-15')).toBe('5951086.96');
    expect(scoreContractAmount(annualised('5000000', '2026-01-01', '2026-06-30'), false, policy)).toBe(4);
  });

  it('CUS-019 the annual review runs 25–30 March, both days included; the window is configuration', () => {
    expect(['2027-03-24', '2027-03-25', '2027-03-30', '2027-03-31'].map((d) => inReviewWindow(d, 2027, policy))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    const yearEnd: CustomerPolicy = { ...policy, grading: { ...policy.grading, reviewWindow: { month: 12, fromDay: 20, toDay: 31 } } };
    expect(inReviewWindow('2026-12-28', 2026, yearEnd)).toBe(true);
  });

  it('CUS-019 steps run DRAFT → PRELIM_RATED → MEETING_REVIEWED → SUBMITTED, a returned one restarts', () => {
    expect(stepAllowed('DRAFT', 'PRELIM_RATED')).toBe(true);
    expect(stepAllowed('RETURNED', 'PRELIM_RATED')).toBe(true);
    expect(stepAllowed('DRAFT', 'SUBMITTED')).toBe(false);
    expect(stepAllowed('PRELIM_RATED', 'MEETING_REVIEWED')).toBe(true);
    expect(stepAllowed('MEETING_REVIEWED', 'SUBMITTED')).toBe(true);
    expect(stepAllowed('APPROVED', 'PRELIM_RATED')).toBe(false);
  });

  it('CUS-022 submitted and approved assessments are immutable', () => {
    expect(
      ['DRAFT', 'RETURNED', 'PRELIM_RATED', 'MEETING_REVIEWED', 'SUBMITTED', 'APPROVED'].filter((s) => inputsEditable(s as never)),
    ).toEqual(['DRAFT', 'RETURNED', 'PRELIM_RATED', 'MEETING_REVIEWED']);
  });
});

describe('size, key accounts and treatment', () => {
  it('CUS-011 previous-year sales ≥ 1,000,000 make a customer BIG unless a manager designated the size', () => {
    expect(sizeFor('1200000.00', null, policy)).toBe('BIG');
    expect(sizeFor('1000000.00', null, policy)).toBe('BIG');
    expect(sizeFor('900000.00', null, policy)).toBe('ORDINARY');
    expect(sizeFor(null, null, policy)).toBe('ORDINARY');
    expect(sizeFor('900000.00', 'BIG', policy)).toBe('BIG');
    const higher: CustomerPolicy = { ...policy, keyAccount: { ...policy.keyAccount, minAnnualSales: '2000000.00' } };
    expect(sizeFor('1200000.00', null, higher)).toBe('ORDINARY');
  });

  it('CUS-011, CUS-023, CUS-024 worked example 6: 1,200,000 and B → BIG-B; 900,000 and B → ORD-B', () => {
    expect(treatmentOf(sizeFor('1200000', null, policy), 'B', policy)).toMatchObject({
      treatmentClass: 'BIG-B',
      shippingPriority: 2,
      priceTier: 'BETTER',
      revisitBy: ['VP', 'SALES_DEPT_MANAGER'],
      revisitEveryMonths: 6,
      reportMonths: [1, 4, 7, 10],
    });
    expect(treatmentOf(sizeFor('900000', null, policy), 'B', policy)).toMatchObject({
      treatmentClass: 'ORD-B',
      shippingPriority: 5,
      revisitBy: ['OFFICE_DIRECTOR'],
      revisitEveryMonths: 6,
    });
  });

  it('CUS-023 the whole table: priority, price tier and revisits by size × grade; none scheduled for D', () => {
    const row = (size: 'BIG' | 'ORDINARY', grade: 'A' | 'B' | 'C' | 'D') => {
      const t = treatmentOf(size, grade, policy)!;
      return [t.shippingPriority, t.priceTier, t.revisitBy.join('+'), t.revisitEveryMonths];
    };
    expect(row('BIG', 'A')).toEqual([1, 'BEST', 'VP+SALES_DEPT_MANAGER', 3]);
    expect(row('ORDINARY', 'A')).toEqual([3, 'BETTER', 'SALES_DEPT_MANAGER', 12]);
    expect(row('BIG', 'C')).toEqual([4, 'DISCOUNT', 'SALES_DEPT_MANAGER', 12]);
    expect(row('ORDINARY', 'C')).toEqual([6, 'STANDARD', 'SALES_REP', 12]);
    expect(row('BIG', 'D')).toEqual([7, 'STANDARD', '', null]);
    expect(treatmentOf('BIG', null, policy)).toBeNull();
  });

  it('CUS-024 written reports: A in March and September, B quarterly, C and D monthly', () => {
    expect(treatmentOf('ORDINARY', 'A', policy)!.reportMonths).toEqual([3, 9]);
    expect(treatmentOf('ORDINARY', 'B', policy)!.reportMonths).toEqual([1, 4, 7, 10]);
    expect(treatmentOf('ORDINARY', 'C', policy)!.reportMonths).toHaveLength(12);
    expect(treatmentOf('BIG', 'D', policy)!.reportMonths).toHaveLength(12);
  });

  it('CUS-012 a BIG customer needs a key-account manager; an important (A) one at least 2 staff', () => {
    const base = { size: 'BIG' as const, grade: 'A' as const, keyAccountManagerId: null, ownerId: 's1', custodianId: null };
    expect(keyAccountIssues(base, policy)).toEqual(['NO_KEY_ACCOUNT_MANAGER', 'TOO_FEW_STAFF']);
    expect(keyAccountIssues({ ...base, keyAccountManagerId: 's2' }, policy)).toEqual([]);
    expect(keyAccountIssues({ ...base, keyAccountManagerId: 's1' }, policy)).toEqual(['TOO_FEW_STAFF']);
    expect(keyAccountIssues({ ...base, size: 'ORDINARY', grade: 'B' }, policy)).toEqual([]);
  });

  it('X-030 grade A or size BIG raises SECRET to CONFIDENTIAL; nothing lowers a level automatically', () => {
    expect(autoRaisedLevel('SECRET', 'A', 'ORDINARY', policy)).toBe('CONFIDENTIAL');
    expect(autoRaisedLevel('SECRET', 'C', 'BIG', policy)).toBe('CONFIDENTIAL');
    expect(autoRaisedLevel('SECRET', 'B', 'ORDINARY', policy)).toBe('SECRET');
    expect(autoRaisedLevel('TOP_SECRET', 'A', 'BIG', policy)).toBe('TOP_SECRET');
    expect(autoRaisedLevel('CONFIDENTIAL', 'D', 'ORDINARY', policy)).toBe('CONFIDENTIAL');
  });

  it('X-030 TOP_SECRET and lowering are for CS_MANAGER and GM only', () => {
    expect(mayChangeLevel('SECRET', 'CONFIDENTIAL', ['SALES_REP'], policy)).toBe(true);
    expect(mayChangeLevel('SECRET', 'TOP_SECRET', ['SALES_DEPT_MANAGER'], policy)).toBe(false);
    expect(mayChangeLevel('SECRET', 'TOP_SECRET', ['CS_MANAGER'], policy)).toBe(true);
    expect(mayChangeLevel('CONFIDENTIAL', 'SECRET', ['VP'], policy)).toBe(false);
    expect(mayChangeLevel('CONFIDENTIAL', 'SECRET', ['GM'], policy)).toBe(true);
  });
});
