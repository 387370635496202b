import { complaintNumberSequence, formatComplaintNumber, numberingPeriod } from '../complaint-number.rules';

describe('complaint numbering (CMP-010, CMP-011, CMP-012, CMP-013)', () => {
  it('CMP-011 number = year + month of registration + serial zero-padded to 4 digits', () => {
    expect(formatComplaintNumber('202603', 57)).toBe('2026030057');
    expect(formatComplaintNumber('202604', 1)).toBe('2026040001');
    expect(formatComplaintNumber('202612', 9999)).toBe('2026129999');
  });

  it('CMP-011 a serial beyond 9999 keeps all its digits', () => {
    expect(formatComplaintNumber('202603', 10000)).toBe('20260310000');
  });

  it('CMP-011 serial width and separator come from the numbering policy', () => {
    expect(formatComplaintNumber('202603', 57, { serialWidth: 5, separator: '-' })).toBe('202603-00057');
  });

  it('CMP-011 refuses a serial that no counter can give', () => {
    expect(() => formatComplaintNumber('202603', 0)).toThrow(RangeError);
    expect(() => formatComplaintNumber('202603', 1.5)).toThrow(RangeError);
  });

  it('CMP-011 the month is the registration month in Asia/Shanghai, not in UTC (worked example 1)', () => {
    // 2026-03-31 23:58 Shanghai is 15:58 UTC; 2026-04-01 00:03 Shanghai is still 2026-03-31 in UTC.
    expect(numberingPeriod(new Date('2026-03-31T15:58:00Z'))).toBe('202603');
    expect(numberingPeriod(new Date('2026-03-31T16:03:00Z'))).toBe('202604');
    expect(numberingPeriod(new Date('2025-12-31T16:00:00Z'))).toBe('202601');
  });

  it('CMP-011 the business time zone is configurable', () => {
    expect(numberingPeriod(new Date('2026-03-31T16:03:00Z'), 'UTC')).toBe('202603');
  });

  it('CMP-012 each month has its own counter, named after the month, so the serial restarts at 0001', () => {
    const march = complaintNumberSequence(numberingPeriod(new Date('2026-03-31T15:58:00Z')));
    const april = complaintNumberSequence(numberingPeriod(new Date('2026-03-31T16:03:00Z')));
    expect(march).toBe('complaint.number.202603');
    expect(april).toBe('complaint.number.202604');
    expect(april.length).toBeLessThanOrEqual(64); // number_sequence.name is varchar(64)
  });

  it('CMP-012 the same month of another year is another counter', () => {
    expect(complaintNumberSequence(numberingPeriod(new Date('2025-03-10T02:00:00Z')))).not.toBe(
      complaintNumberSequence(numberingPeriod(new Date('2026-03-10T02:00:00Z'))),
    );
  });
});
