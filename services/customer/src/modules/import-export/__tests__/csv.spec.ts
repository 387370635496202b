import { columnOf, readRow } from '../customer-csv.rules';
import { csvFileBase64, formatCsv, parseCsv } from '../../../shared/support/csv';

describe('customer CSV (X-081/X-082)', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    const text = '\uFEFFname,address\r\n"杭州恒信, 机械",“总部”\r\n"说""明""","多行\n地址"\n\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'address'],
      ['杭州恒信, 机械', '“总部”'],
      ['说"明"', '多行\n地址'],
    ]);
  });

  it('X-081 writes CRLF lines, quotes where needed, guards formulas, and prefixes a BOM for Excel', () => {
    expect(
      formatCsv([
        ['a,b', 'say "hi"', null, 12],
        ['=SUM(A1)', '+86 138 0000 1111', '-12.50', '@x'],
      ]),
    ).toBe('"a,b","say ""hi""",,12\r\n\'=SUM(A1),+86 138 0000 1111,-12.50,\'@x\r\n');
    const bytes = Buffer.from(csvFileBase64([['客户名称'], ['恒信']]), 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('客户名称\r\n恒信\r\n');
  });

  it('X-082 headers are the English field names or the Chinese column names', () => {
    expect(columnOf('usccCode')?.key).toBe('usccCode');
    expect(columnOf('统一社会信用代码')?.key).toBe('usccCode');
    expect(columnOf('密级')?.importable).toBe(false);
    expect(columnOf('favouriteColour')).toBeNull();
  });

  it('X-082 cells are read into the profile: enums, amounts, dates; bad cells are per-field problems', () => {
    const columns = ['name', 'entityKind', 'type', 'registeredCapital', 'foundedOn', 'createdBy', 'isCounterparty'].map(columnOf);
    const good = readRow(columns, ['恒信', 'company', 'DEALER', '5,000,000', '2001/3/5', 's-lina', '是']);
    expect(good).toEqual({
      input: {
        name: '恒信',
        entityKind: 'COMPANY',
        type: 'DEALER',
        registeredCapital: '5000000.00',
        foundedOn: '2001-03-05',
        isCounterparty: true,
      },
      createdBy: 's-lina',
      given: ['name', 'entityKind', 'type', 'registeredCapital', 'foundedOn', 'createdBy', 'isCounterparty'],
      problems: [],
    });
    const bad = readRow(columns, ['恒信', 'FIRM', 'DEALER', 'lots', '2001-02-30', '', 'maybe']);
    expect(bad.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'entityKind:INVALID_VALUE',
      'registeredCapital:INVALID_AMOUNT',
      'foundedOn:INVALID_DATE',
      'isCounterparty:INVALID_VALUE',
    ]);
  });
});
