/** Values of raw GROUP BY rows as SQLite and mysql2 return them (counts may be strings, DATE columns Date objects). */
export type RawValue = string | number | Date | null;
export type RawRow = Record<string, RawValue>;

export const rawNumber = (value: RawValue | undefined): number => (value === null || value === undefined ? 0 : Number(value));

export const rawNullableNumber = (value: RawValue | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/** A DATE column as YYYY-MM-DD: mysql2 (timezone 'Z') returns UTC midnight as a Date, SQLite the stored text. */
export const rawDate = (value: RawValue | undefined): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

export const rawId = (value: RawValue | undefined): string | null => (value === null || value === undefined ? null : String(value));

/**
 * Rows for every key seen × every period, zeros where the database had no group, so a chart gets no gaps. Keys are
 * ordered as strings with null last.
 */
export function fillGrid<T>(
  keys: Iterable<string | null>,
  periods: readonly string[],
  found: Map<string, T>,
  zero: (key: string | null, period: string) => T,
): T[] {
  const ordered = [...new Set(keys)].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
  return ordered.flatMap((key) => periods.map((period) => found.get(gridKey(key, period)) ?? zero(key, period)));
}

export const gridKey = (key: string | null, period: string): string => `${key ?? '\u0000'}|${period}`;
