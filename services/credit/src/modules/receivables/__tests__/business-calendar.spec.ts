import { addCalendarDays, businessDate, calendarDaysBetween } from '@crm/platform';
import { arrivingReceivableState, dueDateOf } from '../receivable-state.rules';
import { DEFAULT_CREDIT_POLICY } from '../../../shared/credit-policy';
import { paymentTermForGrade } from '../../credit-profile/payment-terms.rules';

describe('business calendar and due dates', () => {
  it('CRD-028 grade B invoice of 2026-03-10 is due 2026-04-24 (invoice date + 45 calendar days)', () => {
    expect(dueDateOf('2026-03-10', paymentTermForGrade('B', DEFAULT_CREDIT_POLICY))).toBe('2026-04-24');
  });

  it('CRD-028 counts calendar days across month ends, year ends and leap days, never moving for holidays', () => {
    expect(dueDateOf('2026-12-20', 30)).toBe('2027-01-19');
    expect(dueDateOf('2028-02-15', 30)).toBe('2028-03-16');
    expect(dueDateOf('2027-02-15', 30)).toBe('2027-03-17');
    // 2026-10-01 National Day holiday week: the due date is not moved.
    expect(dueDateOf('2026-09-01', 30)).toBe('2026-10-01');
    expect(dueDateOf('2026-03-10', 0)).toBe('2026-03-10');
  });

  it('CRD-029 an unpaid receivable is CURRENT through its due date and OVERDUE from the next day', () => {
    expect(arrivingReceivableState(100n, '2026-04-24', '2026-04-24')).toBe('CURRENT');
    expect(arrivingReceivableState(100n, '2026-04-24', '2026-04-25')).toBe('OVERDUE');
  });

  it('CRD-029 a fully paid receivable is SETTLED whatever its due date; a partial payment does not settle it', () => {
    expect(arrivingReceivableState(0n, '2026-04-24', '2026-06-30')).toBe('SETTLED');
    expect(arrivingReceivableState(1n, '2026-04-24', '2026-06-30')).toBe('OVERDUE');
  });

  it('counts days between dates (the 67 days overdue of worked example 10) and steps back across a month end', () => {
    expect(calendarDaysBetween('2026-04-24', '2026-06-30')).toBe(67);
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('takes "today" in the business zone: 17:00 UTC is already the next day in Asia/Shanghai', () => {
    expect(businessDate(new Date('2026-03-01T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-03-01');
    expect(businessDate(new Date('2026-03-01T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-02');
  });

  it('refuses dates that do not exist', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-02-01', 1.5)).toThrow(RangeError);
  });
});
