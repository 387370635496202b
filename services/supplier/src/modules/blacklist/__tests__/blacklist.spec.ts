import { addYears, businessDate } from '@crm/platform';
import { bannedThrough, isBanActive } from '../blacklist.rules';
import { DEFAULT_SUPPLIER_POLICY } from '../../../shared/supplier-policy';

describe('blacklist bans', () => {
  it('SUP-034 a ban lasts 5 years from the blacklisting: frozen again 2027-03-03 → banned through 2032-03-03', () => {
    expect(bannedThrough('2027-03-03', DEFAULT_SUPPLIER_POLICY)).toBe('2032-03-03');
  });

  it('SUP-034 the ban length is configuration', () => {
    expect(bannedThrough('2027-03-03', { ...DEFAULT_SUPPLIER_POLICY, blacklistBanYears: 3 })).toBe('2030-03-03');
  });

  it('SUP-013 the same USCC is refused on the last day of the ban and accepted the day after', () => {
    const entry = { bannedThrough: '2032-03-03' };
    expect(isBanActive(entry, '2030-06-01')).toBe(true);
    expect(isBanActive(entry, '2032-03-03')).toBe(true);
    expect(isBanActive(entry, '2032-03-04')).toBe(false);
  });

  it('X-015 a period ending on a day the month lacks ends on its last day', () => {
    expect(addYears('2028-02-29', 5)).toBe('2033-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2025-12-31', 1)).toBe('2026-12-31');
  });

  it('X-010 "today" is the date in Asia/Shanghai, not UTC', () => {
    expect(businessDate(new Date('2032-03-03T15:59:59Z'), 'Asia/Shanghai')).toBe('2032-03-03');
    expect(businessDate(new Date('2032-03-03T16:00:00Z'), 'Asia/Shanghai')).toBe('2032-03-04');
  });
});
