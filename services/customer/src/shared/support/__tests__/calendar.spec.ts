import { addMonths, addWorkingDays, dayAfterPeriod, isWorkingDay, lastDayOfMonth, periodEnd, shiftPeriod } from '../calendar-months';
import { endOfBusinessDay, startOfBusinessDay } from '../business-time';

describe('calendar (X-011, X-015)', () => {
  it('X-015 a period of months from D ends on the corresponding day, or the month’s last day', () => {
    expect(periodEnd('2026-01-31', 2)).toBe('2026-03-31');
    expect(periodEnd('2025-12-31', 2)).toBe('2026-02-28');
    expect(dayAfterPeriod('2026-01-31', 2)).toBe('2026-04-01');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('months and periods', () => {
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
  });

  it('X-011 working days are Monday–Friday, minus holidays, plus make-up workdays', () => {
    expect(isWorkingDay('2026-03-07')).toBe(false);
    expect(isWorkingDay('2026-02-14', [], ['2026-02-14'])).toBe(true);
    expect(addWorkingDays('2026-03-06', 3)).toBe('2026-03-11');
    expect(addWorkingDays('2026-02-13', 2, ['2026-02-16', '2026-02-17'], [])).toBe('2026-02-19');
  });

  it('X-010 a business day runs from 00:00 to 23:59:59.999 in Asia/Shanghai', () => {
    expect(startOfBusinessDay('2026-05-02', 'Asia/Shanghai').toISOString()).toBe('2026-05-01T16:00:00.000Z');
    expect(endOfBusinessDay('2026-05-02', 'Asia/Shanghai').toISOString()).toBe('2026-05-02T15:59:59.999Z');
  });
});
