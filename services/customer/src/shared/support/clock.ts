import { businessDate } from '@crm/platform';

/** Where "now" comes from: the system clock in production, a fixed or movable one in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set: `clock.set('2026-01-31T00:50:00Z')`. */
export class SettableClock implements Clock {
  private current: Date;

  constructor(start: string | Date) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: string | Date): void {
    this.current = new Date(instant);
  }
}

/** Today's business date on the given clock. */
export function todayOn(clock: Clock, timeZone: string): string {
  return businessDate(clock.now(), timeZone);
}
