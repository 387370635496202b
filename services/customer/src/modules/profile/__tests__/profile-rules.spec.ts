import { DEFAULT_CUSTOMER_POLICY as policy } from '../../../default-policy';
import { filingGaps, filingReminderDates, filingTemplate, maySubmitFiling } from '../filing.rules';
import { contactViolations, profileViolations } from '../../../shared/profile.rules';

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
    expect(filingGaps({ entityKind: 'COMPANY', usccCode: '91330100MA27XKR7CY', fields: complete, contactsWithPhone: 1 }, policy)).toEqual(
      [],
    );
  });

  it('CUS-002 each missing requirement is one gap, the USCC only for companies', () => {
    const gaps = filingGaps(
      { entityKind: 'COMPANY', usccCode: null, fields: { ...complete, address: ' ', registeredCapital: null }, contactsWithPhone: 0 },
      policy,
    );
    expect(gaps.map((g) => g.field)).toEqual(['address', 'registeredCapital', 'usccCode', 'contacts']);
    expect(filingGaps({ entityKind: 'INDIVIDUAL', usccCode: null, fields: complete, contactsWithPhone: 1 }, policy)).toEqual([]);
  });

  it('CUS-002 the required-field list is configuration', () => {
    const strict = { ...policy, filing: { ...policy.filing, requiredFields: [...policy.filing.requiredFields, 'website'] } };
    expect(
      filingGaps({ entityKind: 'INDIVIDUAL', usccCode: null, fields: complete, contactsWithPhone: 1 }, strict).map((g) => g.field),
    ).toEqual(['website']);
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

  it('CUS-004 the first filing reminder is 3 working days after the first contact, then weekly', () => {
    expect(filingReminderDates('2026-03-06', '2026-03-10', policy)).toEqual([]);
    expect(filingReminderDates('2026-03-06', '2026-03-11', policy)).toEqual(['2026-03-11']);
    expect(filingReminderDates('2026-03-06', '2026-03-25', policy)).toEqual(['2026-03-11', '2026-03-18', '2026-03-25']);
    const holidays = { ...policy, calendar: { holidays: ['2026-03-09'], makeUpWorkdays: [] } };
    expect(filingReminderDates('2026-03-06', '2026-03-12', holidays)).toEqual(['2026-03-12']);
  });

  it('contacts need a name and valid phone, email and birthday', () => {
    expect(
      contactViolations({ name: '', mobile: 'abc', email: 'x@', birthday: '1990-02-30' }, true).map((v) => `${v.field}:${v.code}`),
    ).toEqual(['name:REQUIRED', 'mobile:INVALID_PHONE', 'email:INVALID_EMAIL', 'birthday:INVALID_DATE']);
  });
});
