import { addCalendarDays, businessDate } from '@crm/platform';
import type { CustomerGrade, ForwardStep, ReportStep } from '../../generated/resolvers-types';
import { lastDayOfMonth } from '../../shared/support/calendar-months';
import { endOfBusinessDay } from '../../shared/support/business-time';
import type { CustomerPolicy } from '../../shared/customer-policy';

/** CUS-024: whether a grade's written report is due in a month (1–12), and its due day (the month's last). */
export const reportDueIn = (grade: CustomerGrade, month: number, policy: CustomerPolicy): boolean =>
  policy.reportMonths[grade].includes(month);

export const reportDueOn = (period: string): string => lastDayOfMonth(period);

/** The order of the forwarding steps after submission (CUS-025). */
export const FORWARD_STEPS: readonly ForwardStep[] = ['SUPERVISOR_FORWARDED', 'MANAGER_FORWARDED', 'VP_READ', 'GM_SENT'];

export interface ReportTimes {
  dueOn: string;
  submittedAt: Date | null;
  supervisorForwardedAt: Date | null;
  managerForwardedAt: Date | null;
  vpReadAt: Date | null;
  gmSentAt: Date | null;
}

/**
 * CUS-025 worked example 7: the supervisor, having received the report on D, forwards it by the end of D+2
 * (counting from the day after receipt); the manager, having received it on D, by the end of D+4 (5 days counting
 * the day of receipt). Null until the previous step happened.
 */
export function forwardingDeadlines(
  report: ReportTimes,
  policy: CustomerPolicy,
): { supervisorForwardDueAt: Date | null; managerForwardDueAt: Date | null } {
  const zone = policy.timeZone;
  const { supervisorDays, managerDays } = policy.reportForwarding;
  return {
    supervisorForwardDueAt: report.submittedAt
      ? endOfBusinessDay(addCalendarDays(businessDate(report.submittedAt, zone), supervisorDays), zone)
      : null,
    managerForwardDueAt: report.supervisorForwardedAt
      ? endOfBusinessDay(addCalendarDays(businessDate(report.supervisorForwardedAt, zone), managerDays - 1), zone)
      : null,
  };
}

/** CUS-025: the steps done after their deadline, or still open past it at `now` ("late steps are flagged"). */
export function lateSteps(report: ReportTimes, now: Date, policy: CustomerPolicy): ReportStep[] {
  const late: ReportStep[] = [];
  const isLate = (doneAt: Date | null, dueAt: Date | null) => dueAt !== null && (doneAt ?? now).getTime() > dueAt.getTime();
  if (isLate(report.submittedAt, endOfBusinessDay(report.dueOn, policy.timeZone))) late.push('SUBMITTED');
  const { supervisorForwardDueAt, managerForwardDueAt } = forwardingDeadlines(report, policy);
  if (isLate(report.supervisorForwardedAt, supervisorForwardDueAt)) late.push('SUPERVISOR_FORWARDED');
  if (isLate(report.managerForwardedAt, managerForwardDueAt)) late.push('MANAGER_FORWARDED');
  return late;
}

/** The step a report takes next, given what it has done (null when complete or not yet submitted). */
export function nextForwardStep(report: ReportTimes): ForwardStep | null {
  if (!report.submittedAt) return null;
  if (!report.supervisorForwardedAt) return 'SUPERVISOR_FORWARDED';
  if (!report.managerForwardedAt) return 'MANAGER_FORWARDED';
  if (!report.vpReadAt) return 'VP_READ';
  if (!report.gmSentAt) return 'GM_SENT';
  return null;
}
