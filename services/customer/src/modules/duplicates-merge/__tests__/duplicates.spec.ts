import { maskName, matchKeys, normaliseName, normalisePhone, toHit } from '../duplicates.rules';

describe('duplicate rules', () => {
  it('CUS-005 names match after spaces, punctuation and legal-form suffixes; phones on their digits', () => {
    expect(normaliseName('杭州恒信机械制造 有限公司')).toBe(normaliseName('杭州恒信机械制造有限公司'));
    expect(normaliseName('（杭州）恒信机械股份有限公司')).toBe('杭州恒信机械');
    expect(normaliseName('Hengxin Machinery Co., Ltd.')).toBe('hengxinmachinery');
    expect(normalisePhone('+86 139-1234-5678')).toBe('13912345678');
    expect(normalisePhone('0571 8600 1234')).toBe('057186001234');
    expect(normalisePhone('+86 571 8600 1234')).toBe('057186001234');
    expect(normalisePhone('+86 (0571) 86001234')).toBe('057186001234');
    expect(normalisePhone('86001234')).toBe('86001234');
    const candidate = {
      id: '1',
      code: 'KH1',
      name: '杭州恒信机械制造有限公司',
      phone: '0571-86001234',
      usccCode: '91330100MA27XKR7CY',
      ownerId: 's1',
    };
    expect(
      matchKeys({ name: '杭州恒信机械制造', phone: '057186001234', usccCode: '91330100MA27XKR7CY' }, candidate, ['USCC', 'NAME', 'PHONE']),
    ).toEqual(['USCC', 'NAME', 'PHONE']);
    expect(matchKeys({ name: '杭州恒信机械制造' }, candidate, ['USCC', 'PHONE'])).toEqual([]);
  });

  it('CUS-005 / X-022 a hit outside the caller’s scope keeps the first 3 and last 4 phone digits, the last 4 USCC characters and the name’s first character', () => {
    const candidate = { id: '1', code: 'KH000001', name: '杭州恒信', phone: '13812345678', usccCode: '91330100MA27XKR7CY', ownerId: 's1' };
    expect(toHit(candidate, ['PHONE'], false)).toEqual({
      matchedOn: ['PHONE'],
      customerId: '1',
      code: 'KH000001',
      name: '杭***',
      phone: '138****5678',
      usccCode: '**************R7CY',
      ownerId: null,
      masked: true,
    });
    expect(toHit(candidate, ['PHONE'], true)).toMatchObject({ name: '杭州恒信', phone: '13812345678', masked: false });
    expect(maskName('杭')).toBe('*');
  });
});
