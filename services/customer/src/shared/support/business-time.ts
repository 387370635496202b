import { addCalendarDays } from '@crm/platform';

/** The UTC offset of a time zone at an instant, in minutes (Asia/Shanghai: +480). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** 00:00 of a business date in the zone, as an instant. */
export function startOfBusinessDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const guess = new Date(Date.UTC(y, m - 1, d));
  return new Date(guess.getTime() - offsetMinutes(guess, timeZone) * 60_000);
}

/** 23:59:59.999 of a business date in the zone: the last instant a deadline "by the end of D" allows. */
export function endOfBusinessDay(date: string, timeZone: string): Date {
  return new Date(startOfBusinessDay(addCalendarDays(date, 1), timeZone).getTime() - 1);
}
