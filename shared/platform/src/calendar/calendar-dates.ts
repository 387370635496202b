import { isValidDate } from '../graphql/scalars';

const DAY_MS = 86_400_000;

function utcMidnight(date: string): number {
  if (!isValidDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** A calendar date plus n calendar days (X-015: calendar, not working days; no time zone involved). */
export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be whole: ${days}`);
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The business date of an instant in the given zone, e.g. 2026-03-01T17:00Z is 2026-03-02 in Asia/Shanghai. */
export function businessDate(instant: Date, timeZone: string): string {
  return dateFormatter(timeZone).format(instant);
}

/** Building an Intl formatter is costly (the benchmark's profile showed it on every credit request): one per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * the day N calendar years after D (the same month and day; the month's last day when it has no such day,
 * i.e. 29 February → 28 February). A period from D ends at 23:59:59 of that day.
 */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * the day N calendar months after D (the same day of the month; the month's last day when it has no such day,
 * 2025-12-31 + 2 months = 2026-02-28). A period of N months from D ends at 23:59:59 of that day.
 */
export function addCalendarMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months must be whole: ${months}`);
  const [y, m, d] = new Date(utcMidnight(date)).toISOString().slice(0, 10).split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** True when the date is a working day: Monday–Friday, minus holidays, plus make-up workdays. */
export function isWorkingDay(date: string, holidays: readonly string[] = [], makeUpWorkdays: readonly string[] = []): boolean {
  if (makeUpWorkdays.includes(date)) return true;
  if (holidays.includes(date)) return false;
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The Nth working day after `date` (not counting `date` itself). */
export function addWorkingDays(
  date: string,
  days: number,
  holidays: readonly string[] = [],
  makeUpWorkdays: readonly string[] = [],
): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, holidays, makeUpWorkdays)) left -= 1;
  }
  return current;
}
