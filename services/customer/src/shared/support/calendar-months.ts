import { addCalendarDays, addCalendarMonths } from '@crm/platform';

/**
 * X-015 month arithmetic on calendar dates (no time zone): the day N months after D is the same day of the month,
 * or the month's last day when it has no such day (2025-12-31 + 2 months = 2026-02-28). A period of N months from
 * D ends at 23:59:59 of that day; the state that follows begins the next day.
 */
export const addMonths = (date: string, months: number): string => addCalendarMonths(date, months);

/** The last day of a period of N months from D: the day the period still covers. */
export const periodEnd = (from: string, months: number): string => addMonths(from, months);

/** The first day after a period of N months from D: when "lapsed", "overdue" or "dormant" begins. */
export const dayAfterPeriod = (from: string, months: number): string => addCalendarDays(addMonths(from, months), 1);

/** The last calendar day of the month of `date` (or of a YYYY-MM period). */
export function lastDayOfMonth(dateOrPeriod: string): string {
  const [y, m] = dateOrPeriod.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** YYYY-MM of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The YYYY-MM period N months after (or before, negative) a YYYY-MM period. */
export function shiftPeriod(period: string, months: number): string {
  return monthOf(addMonths(`${period}-01`, months));
}

/** X-011 working days live in the platform (approval step due dates use them too). */
export { addWorkingDays, isWorkingDay } from '@crm/platform';
