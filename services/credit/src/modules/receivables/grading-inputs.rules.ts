import { addCalendarMonths, formatCents } from '@crm/platform';
import type { CreditPolicy } from '../../shared/credit-policy';
import type { Violation } from '../../shared/violation';
import { violation } from '../../shared/violation';

/**
 * CUS-043: the credit figures the customer grading scores (CUS-013 提货金额 and 拖欠回款, CUS-014 年底应收账款), as of the
 * assessment period's cut-off. The customer subgraph stores them on the assessment with that cut-off.
 */

/** The assessment period, both days included. */
export interface GradingPeriod {
  periodFrom: string;
  periodTo: string;
}

/** What the database sums per customer (see gradingFiguresByCustomer). */
export interface GradingFigures {
  contractCents: bigint;
  receivableCents: bigint;
  maxDaysPastDue: number;
}

/** A customer without receivables up to the cut-off. */
export const NO_RECEIVABLES: GradingFigures = Object.freeze({ contractCents: 0n, receivableCents: 0n, maxDaysPastDue: 0 });

/** The figures as `CreditGradingInputs` serves them. */
export interface CreditGradingInputsModel extends GradingPeriod {
  asOf: string;
  contractAmount: string;
  yearEndReceivable: string;
  maxDaysPastDue: number;
  inArrears: boolean;
  arrearsToleranceDays: number;
}

/**
 * What is wrong with a requested period (pure), null when usable: it must not end before it starts, must have begun
 * (a future period has no figures yet) and may cover at most `grading.maxPeriodMonths` months.
 */
export function gradingPeriodViolation(period: GradingPeriod, today: string, policy: CreditPolicy): Violation | null {
  const { periodFrom, periodTo } = period;
  if (periodTo < periodFrom) {
    return violation(
      'periodTo',
      'INVALID_PERIOD',
      `评级期末 ${periodTo} 早于期初 ${periodFrom}`,
      `The period ends (${periodTo}) before it starts (${periodFrom})`,
    );
  }
  if (periodFrom > today) {
    return violation(
      'periodFrom',
      'PERIOD_NOT_STARTED',
      `评级期自 ${periodFrom} 起,尚未开始`,
      `The period starts on ${periodFrom} and has not begun`,
    );
  }
  const months = policy.grading.maxPeriodMonths;
  if (periodTo >= addCalendarMonths(periodFrom, months)) {
    return violation('periodTo', 'PERIOD_TOO_LONG', `评级期不能超过 ${months} 个月`, `The period may cover at most ${months} months`);
  }
  return null;
}

/**
 * X-002 cut-off: the period's last day, or today while the period is still running — figures of days to come are not
 * known yet, and an assessment records the day its figures are as of.
 */
export const gradingCutOff = (period: GradingPeriod, today: string): string => (period.periodTo < today ? period.periodTo : today);

/** CUS-013: in arrears when the longest delay exceeds the tolerance (the customer policy's rule, mirrored). */
export const inArrears = (maxDaysPastDue: number, policy: CreditPolicy): boolean => maxDaysPastDue > policy.grading.arrearsToleranceDays;

export function gradingInputsOf(
  figures: GradingFigures,
  period: GradingPeriod,
  asOf: string,
  policy: CreditPolicy,
): CreditGradingInputsModel {
  return {
    periodFrom: period.periodFrom,
    periodTo: period.periodTo,
    asOf,
    contractAmount: formatCents(figures.contractCents),
    yearEndReceivable: formatCents(figures.receivableCents),
    maxDaysPastDue: figures.maxDaysPastDue,
    inArrears: inArrears(figures.maxDaysPastDue, policy),
    arrearsToleranceDays: policy.grading.arrearsToleranceDays,
  };
}
