import { badInput } from '@crm/platform';
import { lastDayOfMonth, monthOf, shiftPeriod } from '../../shared/support/calendar-months';

/** The longest range a BI field covers: ten years, so a chart request cannot make the database scan without end. */
export const MAX_MONTHS = 120;
export const MAX_QUARTERS = 40;

/** A run of whole calendar months (YYYY-MM) and the business dates it spans. */
export interface MonthRange {
  months: string[];
  firstDay: string;
  lastDay: string;
}

export interface Quarter {
  /** YYYY-Qn */
  label: string;
  firstDay: string;
  lastDay: string;
}

/** A bad range is a client error (BAD_USER_INPUT), as the platform reports bad arguments of a query. */
function checkOrder(from: string, to: string): void {
  if (from > to) throw badInput(`起始日期 ${from} 晚于截止日期 ${to} / from ${from} is after to ${to}`, 'from');
}

/** The whole months from the month of `from` through the month of `to`, at most MAX_MONTHS. */
export function monthRange(from: string, to: string): MonthRange {
  checkOrder(from, to);
  const months: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = shiftPeriod(month, 1)) {
    months.push(month);
    if (months.length > MAX_MONTHS)
      throw badInput(`范围不能超过 ${MAX_MONTHS} 个月 / the range may cover at most ${MAX_MONTHS} months`, 'to');
  }
  return { months, firstDay: `${months[0]}-01`, lastDay: lastDayOfMonth(months[months.length - 1]) };
}

/** YYYY-Qn of a date or YYYY-MM period. */
export const quarterOf = (date: string): string => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

/** The calendar quarters from the one holding `from` through the one holding `to`, at most MAX_QUARTERS. */
export function quarterRange(from: string, to: string): Quarter[] {
  checkOrder(from, to);
  const quarters: Quarter[] = [];
  const firstMonth = (date: string) =>
    `${date.slice(0, 4)}-${String((Math.ceil(Number(date.slice(5, 7)) / 3) - 1) * 3 + 1).padStart(2, '0')}`;
  for (let start = firstMonth(from); start <= monthOf(to); start = shiftPeriod(start, 3)) {
    quarters.push({ label: quarterOf(start), firstDay: `${start}-01`, lastDay: lastDayOfMonth(shiftPeriod(start, 2)) });
    if (quarters.length > MAX_QUARTERS)
      throw badInput(`范围不能超过 ${MAX_QUARTERS} 个季度 / the range may cover at most ${MAX_QUARTERS} quarters`, 'to');
  }
  return quarters;
}

/**
 * SQL for the quarter number (1–4) of a date column: portable string comparison of the month digits, since SQLite
 * and MySQL disagree on integer division.
 */
export const quarterNumberSql = (dateColumn: string): string =>
  `CASE WHEN SUBSTR(${dateColumn}, 6, 2) <= '03' THEN 1 WHEN SUBSTR(${dateColumn}, 6, 2) <= '06' THEN 2 WHEN SUBSTR(${dateColumn}, 6, 2) <= '09' THEN 3 ELSE 4 END`;

/** SQL for YYYY-MM of a date column. */
export const monthSql = (dateColumn: string): string => `SUBSTR(${dateColumn}, 1, 7)`;

/** The label of a (year, quarter number) pair as the database returns them. */
export const quarterLabel = (year: string | number, quarter: string | number): string => `${String(year)}-Q${Number(quarter)}`;

/** Rounds a ratio or average for display: databases differ in the decimals they return, so the division happens here. */
export const rounded = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;
