import { ConfigError } from '../config/config-error';
import type { Env } from '../config/service-config';

/** Where every rule reads "now": the system clock, or an instant a development request runs as of. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `at`: what a request sent "as of" an instant reads throughout (CLOCK_OVERRIDE). */
export const fixedClock = (at: Date): Clock => ({ now: () => new Date(at.getTime()) });

/** The header a client sends to run one request as of an instant (development and acceptance runs only). */
export const AS_OF_HEADER = 'x-crm-as-of';

/** An ISO-8601 instant with its zone (2026-03-31T23:30:00+08:00 or …Z); anything else is not an instant. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseInstant(value: string): Date | null {
  if (!INSTANT.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * CLOCK_OVERRIDE=true lets a request run as of an instant the client names (AS_OF_HEADER), so that month ends,
 * protection periods, grant expiries or deadlines over a holiday can be shown through the graph without waiting.
 * Refused when NODE_ENV=production: there the clock is always the system's.
 */
export function readClockOverride(service: string, env: Env): boolean {
  const raw = (env.CLOCK_OVERRIDE ?? '').toLowerCase();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw !== 'true' && raw !== '1') throw new ConfigError(service, 'CLOCK_OVERRIDE', `"${env.CLOCK_OVERRIDE}" must be true or false`);
  if (env.NODE_ENV === 'production') throw new ConfigError(service, 'CLOCK_OVERRIDE', 'must not be set in production');
  return true;
}
