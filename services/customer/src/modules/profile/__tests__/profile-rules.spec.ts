import { DEFAULT_CUSTOMER_POLICY as policy } from '../../../shared/customer-policy';
import { maskName, matchKeys, normaliseName, normalisePhone, toHit } from '../../duplicates-merge/duplicates.rules';
import { filingGaps, filingTemplate, maySubmitFiling } from '../filing.rules';
import { contactViolations, profileViolations } from '../profile.rules';

describe('profile rules', () => {
  const complete = {
    name: '杭州恒信机械制造有限公司',
    legalRepresentative: '王建国',
    address: '杭州市经济技术开发区1号路101号',
    phone: '0571-86001234',
    postcode: '310000',
    businessScope: '机械制造',
    registeredCapital: '5000000.00',
  };

  it('CUS-002 a complete company profile with a contact phone has no filing gap; fax and website are not required', () => {
    expect(filingGaps({ entityKind: 'COMPANY', usccCode: '91330100MA27XKR7CY', fields: complete, contactsWithPhone: 1 }, policy)).toEqual([]);
  });

  it('CUS-002 each missing requirement is one gap, the USCC only for companies', () => {
    const gaps = filingGaps({ entityKind: 'COMPANY', usccCode: null, fields: { ...complete, address: ' ', registeredCapital: null }, contactsWithPhone: 0 }, policy);
    expect(gaps.map((g) => g.field)).toEqual(['address', 'registeredCapital', 'usccCode', 'contacts']);
    expect(filingGaps({ entityKind: 'INDIVIDUAL', usccCode: null, fields: complete, contactsWithPhone: 1 }, policy)).toEqual([]);
  });

  it('CUS-002 the required-field list is configuration', () => {
    const strict = { ...policy, filing: { ...policy.filing, requiredFields: [...policy.filing.requiredFields, 'website'] } };
    expect(filingGaps({ entityKind: 'INDIVIDUAL', usccCode: null, fields: complete, contactsWithPhone: 1 }, strict).map((g) => g.field)).toEqual(['website']);
  });

  it('CUS-004 filing is submitted from DRAFT or REJECTED; a counterparty uses COUNTERPARTY_ADMISSION', () => {
    expect(['DRAFT', 'PENDING', 'FILED', 'REJECTED'].filter((s) => maySubmitFiling(s as never))).toEqual(['DRAFT', 'REJECTED']);
    expect(filingTemplate(false)).toBe('CUSTOMER_FILING');
    expect(filingTemplate(true)).toBe('COUNTERPARTY_ADMISSION');
  });

  it('CUS-003 a USCC with a wrong check digit or forbidden letters is refused', () => {
    expect(profileViolations({ name: 'x', usccCode: '91330100MA27XKR7C1' }, true).map((v) => v.code)).toEqual(['INVALID_USCC']);
    expect(profileViolations({ name: 'x', usccCode: '91330100MA27XKR7CO' }, true).map((v) => v.code)).toEqual(['INVALID_USCC']);
    expect(profileViolations({ name: 'x', usccCode: '91330100MA27XKR7CY' }, true)).toEqual([]);
  });

  it('CUS-005 names match after spaces, punctuation and legal-form suffixes; phones on their digits', () => {
    expect(normaliseName('杭州恒信机械制造 有限公司')).toBe(normaliseName('杭州恒信机械制造有限公司'));
    expect(normaliseName('（杭州）恒信机械股份有限公司')).toBe('杭州恒信机械');
    expect(normaliseName('Hengxin Machinery Co., Ltd.')).toBe('hengxinmachinery');
    expect(normalisePhone('+86 139-1234-5678')).toBe('13912345678');
    expect(normalisePhone('0571 8600 1234')).toBe('057186001234');
    expect(normalisePhone('+86 571 8600 1234')).toBe('057186001234');
    expect(normalisePhone('+86 (0571) 86001234')).toBe('057186001234');
    expect(normalisePhone('86001234')).toBe('86001234');
    const candidate = { id: '1', code: 'KH1', name: '杭州恒信机械制造有限公司', phone: '0571-86001234', usccCode: '91330100MA27XKR7CY', ownerId: 's1' };
    expect(matchKeys({ name: '杭州恒信机械制造', phone: '057186001234', usccCode: '91330100MA27XKR7CY' }, candidate, ['USCC', 'NAME', 'PHONE'])).toEqual(['USCC', 'NAME', 'PHONE']);
    expect(matchKeys({ name: '杭州恒信机械制造' }, candidate, ['USCC', 'PHONE'])).toEqual([]);
  });

  it('CUS-005 / X-022 a hit outside the caller’s scope keeps the first 3 and last 4 phone digits, the last 4 USCC characters and the name’s first character', () => {
    const candidate = { id: '1', code: 'KH000001', name: '杭州恒信', phone: '13812345678', usccCode: '91330100MA27XKR7CY', ownerId: 's1' };
    expect(toHit(candidate, ['PHONE'], false)).toEqual({ matchedOn: ['PHONE'], customerId: '1', code: 'KH000001', name: '杭***', phone: '138****5678', usccCode: '**************R7CY', ownerId: null, masked: true });
    expect(toHit(candidate, ['PHONE'], true)).toMatchObject({ name: '杭州恒信', phone: '13812345678', masked: false });
    expect(maskName('杭')).toBe('*');
  });

  it('contacts need a name and valid phone, email and birthday', () => {
    expect(contactViolations({ name: '', mobile: 'abc', email: 'x@', birthday: '1990-02-30' }, true).map((v) => `${v.field}:${v.code}`)).toEqual([
      'name:REQUIRED',
      'mobile:INVALID_PHONE',
      'email:INVALID_EMAIL',
      'birthday:INVALID_DATE',
    ]);
  });
});
