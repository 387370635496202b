import type { DataSource } from 'typeorm';

/**
 * Date arithmetic inside SQL, in the dialect of the data source (SQLite for the embedded default, MySQL/MariaDB in
 * production), for aggregates that group or compare by business date. Arguments are query-builder expressions such
 * as `r.dueDate` or a named parameter.
 */
export interface SqlDates {
  /** Whole calendar days from `earlier` to `later` (both date-valued). */
  daysBetween(later: string, earlier: string): string;
  /** The business date of a UTC instant column. */
  businessDate(instant: string): string;
}

/** One formatter per zone, as for business dates (building an Intl formatter costs more than using it). */
const clockFormatters = new Map<string, Intl.DateTimeFormat>();
function clockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = clockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    clockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's UTC offset in whole minutes at 12:00 UTC of a date (Asia/Shanghai: 480). */
export function offsetMinutesOn(date: string, timeZone: string): number {
  const noon = new Date(`${date}T12:00:00Z`);
  const parts = clockFormatter(timeZone).formatToParts(noon);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((local - noon.getTime()) / 60_000);
}

/**
 * Business dates of instants use the zone's offset on `onDate`: exact for zones without daylight saving such as the
 * default Asia/Shanghai, within an hour of each switch otherwise. The offset is our own integer, never caller input,
 * so it is written into the SQL.
 */
export function sqlDates(dataSource: Pick<DataSource, 'options'>, timeZone: string, onDate: string): SqlDates {
  const offset = offsetMinutesOn(onDate, timeZone);
  if (dataSource.options.type === 'better-sqlite3') {
    return {
      daysBetween: (later, earlier) => `CAST(julianday(${later}) - julianday(${earlier}) AS INTEGER)`,
      businessDate: (instant) => `date(${instant}, '${offset >= 0 ? '+' : ''}${offset} minutes')`,
    };
  }
  return {
    daysBetween: (later, earlier) => `DATEDIFF(${later}, ${earlier})`,
    businessDate: (instant) => `DATE(DATE_ADD(${instant}, INTERVAL ${offset} MINUTE))`,
  };
}
