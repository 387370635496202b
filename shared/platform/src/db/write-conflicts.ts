import { QueryFailedError } from 'typeorm';

const driverErrorOf = (error: unknown): { code?: string; errno?: number } | null =>
  error instanceof QueryFailedError ? ((error.driverError as { code?: string; errno?: number } | undefined) ?? {}) : null;

/** A write refused by a primary key or unique index, on SQLite or MySQL/MariaDB: a concurrent writer got there first. */
export function isUniqueViolation(error: unknown): boolean {
  const driver = driverErrorOf(error);
  if (!driver) return false;
  return /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test(driver.code ?? '') || driver.code === 'ER_DUP_ENTRY' || driver.errno === 1062;
}

/** A write that lost a race and may be retried as it is: a unique violation, or a deadlock on MySQL/MariaDB. */
export function lostWriteRace(error: unknown): boolean {
  return isUniqueViolation(error) || driverErrorOf(error)?.errno === 1213;
}
