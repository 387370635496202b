import { parseCsv } from '../src/support/csv';
import { codes, Harness, startHarness, staff, testUscc } from './support/harness';

/** CSV import with dry run and per-row report, upsert by USCC; export of the whole filtered set (X-081, X-082, CUS-003/005). */
describe('import and export (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-04-01T02:00:00Z');
  });
  afterAll(() => h.stop());

  type Report = {
    dryRun: boolean;
    rowCount: number;
    created: number;
    updated: number;
    failed: number;
    applied: boolean;
    rows: { line: number; usccCode: string | null; action: string; customerId: string | null; errors: { code: string; field: string[] }[]; warnings: string[] }[];
    errorReportBase64: string | null;
  };
  const REPORT = 'report { dryRun rowCount created updated failed applied rows { line usccCode action customerId errors { code field } warnings } errorReportBase64 }';
  const importCsv = (csv: string, dryRun: boolean, caller = staff.infoSpecialist) => h.mutate<{ report: Report }>(caller, 'importCustomers', { csv, dryRun }, REPORT);
  const count = async (region: string) => (await h.gql<{ customers: { totalCount: number } }>(staff.salesManager, 'query($r: String) { customers(filter: { region: $r }) { totalCount } }', { r: region })).customers.totalCount;

  let existingId: string;
  const existingUscc = testUscc(901, '330100');

  it('X-082 a dry run reports every row — create, update by USCC, or the errors — and saves nothing', async () => {
    const existing = await h.mutate<{ customer: { id: string } }>(staff.rep, 'createCustomer', { name: '杭州恒信机械制造有限公司', entityKind: 'COMPANY', type: 'OEM_FACTORY', usccCode: existingUscc, region: '导入区' }, 'customer { id }');
    existingId = existing.customer.id;
    const csv = [
      'name,usccCode,entityKind,type,region,phone,registeredCapital,ownerId,ownerDepartmentId,createdBy',
      `宁波新纪元塑料有限公司,${testUscc(902, '330200')},COMPANY,OEM_FACTORY,导入区,0574-87001234,3000000,s-lina,d-sales-east,s-lina`,
      `杭州恒信机械制造有限公司,${existingUscc},,,导入区,0571-86009999,,,,`,
      '错误代码公司,91330100MA27XKR7C1,COMPANY,DEALER,导入区,,,,,',
      '没有类型的公司,,COMPANY,,导入区,,,,,',
      `重复代码公司,${testUscc(902, '330200')},COMPANY,DEALER,导入区,,,,,`,
    ].join('\n');
    const payload = await importCsv(csv, true, staff.infoSpecialist);
    expect(payload.userErrors).toEqual([]);
    const report = payload.report;
    expect(report).toMatchObject({ dryRun: true, rowCount: 5, created: 1, updated: 1, failed: 3, applied: false });
    expect(report.rows.map((r) => [r.line, r.action, r.errors.map((e) => `${e.code}:${e.field.join('.')}`)])).toEqual([
      [2, 'CREATE', []],
      [3, 'UPDATE', []],
      [4, 'ERROR', ['INVALID_USCC:row.usccCode']],
      [5, 'ERROR', ['REQUIRED:row.type']],
      [6, 'ERROR', ['DUPLICATE_IN_FILE:row.usccCode']],
    ]);
    expect(report.rows[1].customerId).toBe(existingId);
    const errors = Buffer.from(report.errorReportBase64!, 'base64');
    expect([...errors.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(errors.toString('utf8')).map((r) => [r[0], r[4]])).toEqual([
      ['line', 'code'],
      ['4', 'INVALID_USCC'],
      ['5', 'REQUIRED'],
      ['6', 'DUPLICATE_IN_FILE'],
    ]);
    expect(await count('导入区')).toBe(1);
    const real = await importCsv(csv, false);
    expect(real.report).toMatchObject({ dryRun: false, applied: false, failed: 3 });
    expect(await count('导入区')).toBe(1);
  });

  it('X-082 the real run upserts by USCC and keeps the owner and creator the file names; Chinese headers are read', async () => {
    const csv = [
      '客户名称,统一社会信用代码,单位/个人,客户类型,区域,电话,注册资本,负责人,负责部门,建档人',
      `宁波新纪元塑料有限公司,${testUscc(902, '330200')},COMPANY,OEM_FACTORY,导入区,0574-87001234,3000000,s-lina,d-sales-east,s-lina`,
      `杭州恒信机械制造有限公司,${existingUscc},,,导入区,0571-86009999,,,,`,
    ].join('\r\n');
    const payload = await importCsv(`\uFEFF${csv}`, false);
    expect(payload.report).toMatchObject({ applied: true, created: 1, updated: 1, failed: 0 });
    const createdId = payload.report.rows[0].customerId!;
    const created = await h.gql<{ customer: { ownerId: string; ownerDepartmentId: string; createdBy: string; registeredCapital: string; ownershipHistory: { reason: string }[] } }>(
      staff.salesManager,
      'query($id: ID!) { customer(id: $id) { ownerId ownerDepartmentId createdBy registeredCapital ownershipHistory { reason } } }',
      { id: createdId },
    );
    expect(created.customer).toEqual({ ownerId: 's-lina', ownerDepartmentId: 'd-sales-east', createdBy: 's-lina', registeredCapital: '3000000.00', ownershipHistory: [{ reason: 'IMPORT' }] });
    const updated = await h.gql<{ customer: { phone: string; version: number; ownerId: string } }>(staff.salesManager, 'query($id: ID!) { customer(id: $id) { phone version ownerId } }', { id: existingId });
    expect(updated.customer).toEqual({ phone: '0571-86009999', version: 2, ownerId: staff.rep.id });
  });

  it('X-082 unknown columns and empty files are refused as a whole; CUS-005 name matches are warnings', async () => {
    expect(codes(await importCsv('name,favouriteColour\n恒信,red', true))).toEqual(['UNKNOWN_COLUMN']);
    expect(codes(await importCsv('name,entityKind,type\n', true))).toEqual(['EMPTY_FILE']);
    const warned = await importCsv('name,entityKind,type\n宁波新纪元塑料 有限公司,COMPANY,DEALER', true);
    expect(warned.report.rows[0].warnings).toEqual([expect.stringMatching(/^NAME: KH\d{6} 宁波新纪元塑料有限公司$/)]);
  });

  it('X-081 the approved export holds the whole filtered set (more than a page), as UTF-8 CSV with BOM and the 密级 of every row, produced once', async () => {
    const rows = Array.from({ length: 120 }, (_, n) => `导出客户${String(n + 1).padStart(3, '0')},INDIVIDUAL,END_USER,导出区,${staff.rep.id},d-sales-east`);
    const imported = await importCsv(['name,entityKind,type,region,ownerId,ownerDepartmentId', ...rows].join('\n'), false);
    expect(imported.report).toMatchObject({ applied: true, created: 120 });
    const requested = await h.mutate<{ request: { id: string; rowCount: number; approvalId: string } }>(staff.salesManager, 'requestCustomerExport', { filter: { region: '导出区' }, purpose: '客户分析' }, 'request { id rowCount approvalId }');
    expect(requested.request.rowCount).toBe(120);
    const FILE = 'file { fileName contentType rowCount contentBase64 }';
    expect(codes(await h.mutate(staff.salesManager, 'exportCustomers', { requestId: requested.request.id }, FILE))).toEqual(['INVALID_STATE']);
    await h.approveAll(requested.request.approvalId, staff.infoSupervisor);
    expect(codes(await h.mutate(staff.vp, 'exportCustomers', { requestId: requested.request.id }, FILE))).toEqual(['NOT_REQUESTER']);
    const exported = await h.mutate<{ file: { fileName: string; contentType: string; rowCount: number; contentBase64: string } }>(staff.salesManager, 'exportCustomers', { requestId: requested.request.id }, FILE);
    expect(exported.file).toMatchObject({ contentType: 'text/csv; charset=utf-8', rowCount: 120, fileName: expect.stringMatching(/^customers-2026-04-01-.{8}\.csv$/) });
    const bytes = Buffer.from(exported.file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    const table = parseCsv(text);
    expect(table).toHaveLength(121);
    const header = table[0];
    expect(header).toEqual(expect.arrayContaining(['code', 'name', 'usccCode', 'confidentiality']));
    const level = header.indexOf('confidentiality');
    expect(new Set(table.slice(1).map((r) => r[level]))).toEqual(new Set(['SECRET']));
    expect(table.slice(1).map((r) => r[header.indexOf('name')]).sort()[119]).toBe('导出客户120');
    expect(codes(await h.mutate(staff.salesManager, 'exportCustomers', { requestId: requested.request.id }, FILE))).toEqual(['INVALID_STATE']);
  });
});
