import { addCalendarDays, calendarDaysBetween, formatCents, toCents } from '@crm/platform';
import type { CustomerGrade, GradeAssessmentState, GradeAssessmentStep } from '../../generated/resolvers-types';
import { dayAfterPeriod, periodEnd } from '../../shared/support/calendar-months';
import type { CustomerPolicy } from '../../shared/customer-policy';

/** 客户质量等级评定 (CUS-013, CUS-014, CUS-015, CUS-016, CUS-017, CUS-018, CUS-019): four indicators of equal weight, each scored 1–4. */

/** CUS-013: in arrears when any receivable of the period was paid, or is unpaid at cut-off, later than the tolerance. */
export const inArrears = (maxDaysPastDue: number, policy: CustomerPolicy): boolean =>
  maxDaysPastDue > policy.grading.contractAmount.arrearsToleranceDays;

/** CUS-013 提货金额: 4 ≥ T1, 3 ≥ T2, 2 ≥ T3, else 1; always 1 when in arrears ("below T3 but on time" → 1 chosen). */
export function scoreContractAmount(amount: string, arrears: boolean, policy: CustomerPolicy): number {
  if (arrears) return 1;
  const { t1, t2, t3 } = policy.grading.contractAmount;
  const cents = toCents(amount);
  if (cents >= toCents(t1)) return 4;
  if (cents >= toCents(t2)) return 3;
  if (cents >= toCents(t3)) return 2;
  return 1;
}

/** CUS-014 年底应收账款: 4 ≤ R1, 3 ≤ R2, 2 ≤ R3, else 1. */
export function scoreReceivable(amount: string, policy: CustomerPolicy): number {
  const { r1, r2, r3 } = policy.grading.receivable;
  const cents = toCents(amount);
  if (cents <= toCents(r1)) return 4;
  if (cents <= toCents(r2)) return 3;
  if (cents <= toCents(r3)) return 2;
  return 1;
}

/** CUS-015 合同溢价 in percent: 4 ≥ P1, 3 ≥ P2, 2 ≥ P3, else 1. */
export function scorePremium(pct: string, policy: CustomerPolicy): number {
  const { p1, p2, p3 } = policy.grading.premiumPct;
  const value = toCents(pct);
  if (value >= toCents(p1)) return 4;
  if (value >= toCents(p2)) return 3;
  if (value >= toCents(p3)) return 2;
  return 1;
}

/** CUS-017: the band of a total (4–16); below every band is the lowest band's grade. */
export function gradeForTotal(total: number, policy: CustomerPolicy): CustomerGrade {
  const bands = [...policy.grading.bands].sort((a, b) => b.minTotal - a.minTotal);
  return (bands.find((band) => total >= band.minTotal) ?? bands[bands.length - 1]).grade;
}

/**
 * CUS-018: amounts of a period shorter than 12 months are annualised (× days of a year from the period start ÷ days
 * of the period), rounded half up to the cent. A period of 12 months or more is taken as it is.
 */
export function annualised(amount: string, periodFrom: string, periodTo: string): string {
  const periodDays = calendarDaysBetween(periodFrom, periodTo) + 1;
  const yearDays = calendarDaysBetween(periodFrom, periodEnd(periodFrom, 12));
  if (periodDays >= yearDays) return amount;
  const scaled = toCents(amount) * BigInt(yearDays) * 2n;
  const divisor = BigInt(periodDays) * 2n;
  return formatCents((scaled + BigInt(periodDays)) / divisor);
}

export interface AssessmentInputs {
  periodFrom: string;
  periodTo: string;
  contractAmount: string | null;
  maxDaysPastDue: number | null;
  yearEndReceivable: string | null;
  premiumPct: string | null;
  strategicInfluence: number | null;
}

export interface AssessmentResult {
  inArrears: boolean;
  scoreContract: number;
  scoreReceivable: number;
  scorePremium: number;
  scoreInfluence: number;
  total: number;
  resultGrade: CustomerGrade;
}

/** CUS-013, CUS-014, CUS-015, CUS-016, CUS-017, CUS-018: the scores, total and grade once every input is in; null while one is missing. */
export function assess(inputs: AssessmentInputs, policy: CustomerPolicy): AssessmentResult | null {
  const { contractAmount, maxDaysPastDue, yearEndReceivable, premiumPct, strategicInfluence } = inputs;
  if (
    contractAmount === null ||
    maxDaysPastDue === null ||
    yearEndReceivable === null ||
    premiumPct === null ||
    strategicInfluence === null
  )
    return null;
  const arrears = inArrears(maxDaysPastDue, policy);
  const scores = {
    scoreContract: scoreContractAmount(annualised(contractAmount, inputs.periodFrom, inputs.periodTo), arrears, policy),
    scoreReceivable: scoreReceivable(yearEndReceivable, policy),
    scorePremium: scorePremium(premiumPct, policy),
    scoreInfluence: strategicInfluence,
  };
  const total = scores.scoreContract + scores.scoreReceivable + scores.scorePremium + scores.scoreInfluence;
  return { inArrears: arrears, ...scores, total, resultGrade: gradeForTotal(total, policy) };
}

/** CUS-016: 4 龙头, 3 key position, 2 ordinary, 1 零星. */
export const validInfluence = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= 4;

/** CUS-018: the provisional period from the first transaction: its last day, and the day the PROVISIONAL_END assessment is due. */
export function provisionalPeriod(firstTradeOn: string, policy: CustomerPolicy): { until: string; assessmentDueOn: string } {
  return {
    until: periodEnd(firstTradeOn, policy.grading.provisionalMonths),
    assessmentDueOn: dayAfterPeriod(firstTradeOn, policy.grading.provisionalMonths),
  };
}

/** Grades from best to worst, for comparing them (CUS-017 bands). */
const GRADE_RANK: Record<CustomerGrade, number> = { A: 4, B: 3, C: 2, D: 1 };

/**
 * CUS-018: inside its provisional period a new customer is graded at most the provisional grade, whatever its size
 * (001 L372: 一年之内都列为C等级), so a manual grade (CUS-021) cannot lift it above that either; lowering it may be
 * asked. Returns the cap and the period's last day when `grade` would break it on `today`, else null.
 */
export function provisionalCapBreach(
  customer: { gradeProvisional: boolean; provisionalUntil: string | null },
  grade: CustomerGrade,
  today: string,
  policy: CustomerPolicy,
): { cap: CustomerGrade; until: string } | null {
  const cap = policy.grading.provisionalGrade;
  const inPeriod = customer.gradeProvisional && customer.provisionalUntil !== null && today <= customer.provisionalUntil;
  return inPeriod && GRADE_RANK[grade] > GRADE_RANK[cap] ? { cap, until: customer.provisionalUntil! } : null;
}

/** CUS-019: the annual review window of a year, both ends included. */
export function reviewWindow(cycleYear: number, policy: CustomerPolicy): { from: string; to: string } {
  const { month, fromDay, toDay } = policy.grading.reviewWindow;
  const mm = String(month).padStart(2, '0');
  return { from: `${cycleYear}-${mm}-${String(fromDay).padStart(2, '0')}`, to: `${cycleYear}-${mm}-${String(toDay).padStart(2, '0')}` };
}

export function inReviewWindow(date: string, cycleYear: number, policy: CustomerPolicy): boolean {
  const { from, to } = reviewWindow(cycleYear, policy);
  return date >= from && date <= to;
}

/**
 * the review cycle whose window notice is due on a date — from `windowNotice.leadDays` before the window opens
 * until it closes, so a job that missed the first day still tells the recipients in time; null outside that span.
 * The next year is looked at too, for a window early in January whose lead starts in December.
 */
export function windowNoticeCycle(asOf: string, policy: CustomerPolicy): number | null {
  const year = Number(asOf.slice(0, 4));
  for (const cycleYear of [year, year + 1]) {
    const { from, to } = reviewWindow(cycleYear, policy);
    if (asOf >= addCalendarDays(from, -policy.grading.windowNotice.leadDays) && asOf <= to) return cycleYear;
  }
  return null;
}

/** CUS-019: the annual review assesses the previous calendar year. */
export const annualPeriod = (cycleYear: number): { from: string; to: string } => ({
  from: `${cycleYear - 1}-01-01`,
  to: `${cycleYear - 1}-12-31`,
});

/** CUS-022: inputs may change until the assessment is submitted; a returned one goes back to DRAFT when edited. */
export const inputsEditable = (state: GradeAssessmentState): boolean =>
  ['DRAFT', 'RETURNED', 'PRELIM_RATED', 'MEETING_REVIEWED'].includes(state);

/** Section 3: the step each state may take next, and who records it (CUS-019). */
export function stepAllowed(from: GradeAssessmentState, to: GradeAssessmentStep): boolean {
  const next: Record<GradeAssessmentStep, GradeAssessmentState[]> = {
    PRELIM_RATED: ['DRAFT', 'RETURNED'],
    MEETING_REVIEWED: ['PRELIM_RATED'],
    SUBMITTED: ['MEETING_REVIEWED'],
  };
  return next[to].includes(from);
}

export function stepRoles(to: GradeAssessmentStep, policy: CustomerPolicy): readonly string[] {
  const g = policy.grading;
  return to === 'PRELIM_RATED' ? g.prelimRaterRoles : to === 'MEETING_REVIEWED' ? g.meetingReviewerRoles : g.submitterRoles;
}

/** The review cycle of an assessment: the March review's year for ANNUAL, else the year its period ends. */
export const cycleYearOf = (kind: 'ANNUAL' | 'PROVISIONAL_END' | 'AD_HOC', periodTo: string): number =>
  Number(periodTo.slice(0, 4)) + (kind === 'ANNUAL' ? 1 : 0);
