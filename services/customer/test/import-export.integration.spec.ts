import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ACCESS_POLICY } from '@crm/platform';
import { DEFAULT_CUSTOMER_POLICY } from '../src';
import { ExportFilePartEntity } from '../src/modules/import-export/entities/export-file-part.entity';
import { ExportRequestEntity } from '../src/shared/entities/export-request.entity';
import { runningExportJobs } from '../src/modules/import-export/import-export-jobs.service';
import { parseCsv } from '../src/shared/support/csv';
import { codes, Harness, startHarness, staff, testUscc } from './support/harness';

/** CSV import with dry run and per-row report, upsert by USCC; export of the whole filtered set (X-081, X-082, CUS-003, CUS-005). */
describe('import and export (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    // a small export page so a test set spans several pages.
    h = await startHarness('2026-04-01T02:00:00Z', { ...DEFAULT_CUSTOMER_POLICY, exportPageSize: 50 });
  });
  afterAll(() => h.stop());

  type Report = {
    dryRun: boolean;
    rowCount: number;
    created: number;
    updated: number;
    failed: number;
    applied: boolean;
    rows: {
      line: number;
      usccCode: string | null;
      action: string;
      customerId: string | null;
      errors: { code: string; field: string[] }[];
      warnings: string[];
    }[];
    errorReportBase64: string | null;
  };
  const REPORT =
    'report { dryRun rowCount created updated failed applied rows { line usccCode action customerId errors { code field } warnings } errorReportBase64 }';
  const importCsv = (csv: string, dryRun: boolean, caller = staff.infoSpecialist) =>
    h.mutate<{ report: Report }>(caller, 'importCustomers', { csv, dryRun }, REPORT);
  const count = async (region: string) =>
    (
      await h.gql<{ customers: { totalCount: number } }>(
        staff.salesManager,
        'query($r: String) { customers(filter: { region: $r }) { totalCount } }',
        { r: region },
      )
    ).customers.totalCount;

  let existingId: string;
  const existingUscc = testUscc(901, '330100');

  it('X-082 a dry run reports every row — create, update by USCC, or the errors — and saves nothing', async () => {
    const existing = await h.mutate<{ customer: { id: string } }>(
      staff.rep,
      'createCustomer',
      { name: '杭州恒信机械制造有限公司', entityKind: 'COMPANY', type: 'OEM_FACTORY', usccCode: existingUscc, region: '导入区' },
      'customer { id }',
    );
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
    const created = await h.gql<{
      customer: {
        ownerId: string;
        ownerDepartmentId: string;
        createdBy: string;
        registeredCapital: string;
        ownershipHistory: { reason: string }[];
      };
    }>(
      staff.salesManager,
      'query($id: ID!) { customer(id: $id) { ownerId ownerDepartmentId createdBy registeredCapital ownershipHistory { reason } } }',
      { id: createdId },
    );
    expect(created.customer).toEqual({
      ownerId: 's-lina',
      ownerDepartmentId: 'd-sales-east',
      createdBy: 's-lina',
      registeredCapital: '3000000.00',
      ownershipHistory: [{ reason: 'IMPORT' }],
    });
    const updated = await h.gql<{ customer: { phone: string; version: number; ownerId: string } }>(
      staff.salesManager,
      'query($id: ID!) { customer(id: $id) { phone version ownerId } }',
      { id: existingId },
    );
    expect(updated.customer).toEqual({ phone: '0571-86009999', version: 2, ownerId: staff.rep.id });
  });

  it('X-082 unknown columns and empty files are refused as a whole; CUS-005 name matches are warnings', async () => {
    expect(codes(await importCsv('name,favouriteColour\n恒信,red', true))).toEqual(['UNKNOWN_COLUMN']);
    expect(codes(await importCsv('name,entityKind,type\n', true))).toEqual(['EMPTY_FILE']);
    const warned = await importCsv('name,entityKind,type\n宁波新纪元塑料 有限公司,COMPANY,DEALER', true);
    expect(warned.report.rows[0].warnings).toEqual([expect.stringMatching(/^NAME: KH\d{6} 宁波新纪元塑料有限公司$/)]);
  });

  type Job = {
    id: string;
    state: string;
    jobState: string | null;
    rowsDone: number;
    rowsTotal: number | null;
    file: { fileName: string; contentType: string; rowCount: number; contentBase64: string } | null;
  };
  const JOB = 'id state jobState rowsDone rowsTotal file { fileName contentType rowCount contentBase64 }';
  const startExport = (requestId: string, caller = staff.salesManager) =>
    h.mutate<{ request: Job | null }>(caller, 'exportCustomers', { requestId }, `request { ${JOB} }`);
  const poll = async (id: string, caller = staff.salesManager) =>
    (await h.gql<{ customerExport: Job | null }>(caller, `query($id: ID!) { customerExport(id: $id) { ${JOB} } }`, { id })).customerExport;
  /** Polls as a client would until the job is DONE or FAILED. */
  const finished = async (id: string): Promise<Job> => {
    for (let i = 0; i < 500; i += 1) {
      const job = await poll(id);
      if (job?.jobState === 'DONE' || job?.jobState === 'FAILED') return job;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`export ${id} did not finish`);
  };
  const parts = (requestId: string) => h.svc.dataSource.getRepository(ExportFilePartEntity).count({ where: { requestId } });
  const exportAudits = async () =>
    (
      await h.gql<{ customerAuditTrail: { edges: { node: { note: string } }[] } }>(
        staff.gm,
        '{ customerAuditTrail(filter: { entityType: "customer", entityId: "(export)", actions: [EXPORT] }) { edges { node { note } } } }',
      )
    ).customerAuditTrail.edges.map((e) => e.node.note);
  const approvedExport = async (region: string) => {
    const requested = await h.mutate<{ request: { id: string; rowCount: number; approvalId: string } }>(
      staff.salesManager,
      'requestCustomerExport',
      { filter: { region }, purpose: '客户分析' },
      'request { id rowCount approvalId }',
    );
    await h.approveAll(requested.request.approvalId, staff.infoSupervisor);
    return requested.request;
  };

  let exportId: string;

  it('X-081 exportCustomers returns the job before the file exists; polling reaches DONE with the whole filtered set in pages, as UTF-8 CSV with BOM', async () => {
    const rows = Array.from(
      { length: 120 },
      (_, n) => `导出客户${String(n + 1).padStart(3, '0')},INDIVIDUAL,END_USER,导出区,${staff.rep.id},d-sales-east`,
    );
    // customers outside the requester's department tree are not exported even though the filter matches them.
    const outside = Array.from({ length: 4 }, (_, n) => `客服部客户${n + 1},INDIVIDUAL,END_USER,导出区,${staff.csManager.id},d-cs`);
    const imported = await importCsv(['name,entityKind,type,region,ownerId,ownerDepartmentId', ...rows, ...outside].join('\n'), false);
    expect(imported.report).toMatchObject({ applied: true, created: 124 });
    const requested = await h.mutate<{ request: { id: string; rowCount: number; approvalId: string } }>(
      staff.salesManager,
      'requestCustomerExport',
      { filter: { region: '导出区' }, purpose: '客户分析' },
      'request { id rowCount approvalId }',
    );
    expect(requested.request.rowCount).toBe(120);
    exportId = requested.request.id;
    expect(codes(await startExport(exportId))).toEqual(['INVALID_STATE']);
    await h.approveAll(requested.request.approvalId, staff.infoSupervisor);
    expect(codes(await startExport(exportId, staff.vp))).toEqual(['NOT_REQUESTER']);

    const started = await startExport(exportId);
    expect(started.userErrors).toEqual([]);
    expect(['QUEUED', 'RUNNING']).toContain(started.request!.jobState);
    expect(started.request!.file).toBeNull();

    const done = await finished(exportId);
    expect(done).toMatchObject({ jobState: 'DONE', state: 'EXPORTED', rowsDone: 120, rowsTotal: 120 });
    // Page size 50 (config): three keyset pages, each appended to the file on its own.
    expect(await parts(exportId)).toBe(3);
    const file = done.file!;
    expect(file).toMatchObject({
      contentType: 'text/csv; charset=utf-8',
      rowCount: 120,
      fileName: expect.stringMatching(/^customers-2026-04-01-.{8}\.csv$/),
    });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    const table = parseCsv(text);
    expect(table).toHaveLength(121);
    const header = table[0];
    expect(header).toEqual(expect.arrayContaining(['code', 'name', 'usccCode', 'confidentiality']));
    const level = header.indexOf('confidentiality');
    expect(new Set(table.slice(1).map((r) => r[level]))).toEqual(new Set(['SECRET']));
    const names = table.slice(1).map((r) => r[header.indexOf('name')]);
    expect(new Set(names).size).toBe(120);
    expect(names.sort()[119]).toBe('导出客户120');
    expect(names.filter((n) => n.startsWith('客服部客户'))).toEqual([]);
  });

  it('X-081 the file is served only to the requester (or auditors); X-041 the export is audited once', async () => {
    const auditor = { id: 's-audit-1', name: '审计员', roles: ['AUDIT'], departmentId: 'd-audit', departmentTree: ['d-audit'] };
    const seenBy = async (caller: typeof auditor) => {
      const job = await poll(exportId, caller);
      return job && { jobState: job.jobState, rows: job.file?.rowCount ?? null };
    };
    expect(await seenBy(staff.vp)).toEqual({ jobState: 'DONE', rows: null });
    expect(await seenBy(auditor)).toEqual({ jobState: 'DONE', rows: 120 });
    expect(await seenBy(staff.salesManager)).toEqual({ jobState: 'DONE', rows: 120 });
    expect(await exportAudits()).toEqual([expect.stringMatching(new RegExp(`^120 rows, request ${exportId}`))]);
  });

  it('X-081 asking twice for the same approved request returns the same job, and no second file', async () => {
    const again = await startExport(exportId);
    expect(again.userErrors).toEqual([]);
    expect(again.request).toMatchObject({ id: exportId, jobState: 'DONE', rowsDone: 120 });
    expect(await parts(exportId)).toBe(3);
    expect(await exportAudits()).toHaveLength(1);

    const request = await approvedExport('导入区');
    const [first, second] = await Promise.all([startExport(request.id), startExport(request.id)]);
    expect([first.request!.id, second.request!.id]).toEqual([request.id, request.id]);
    expect((await finished(request.id)).rowsDone).toBe(request.rowCount);
    expect(await exportAudits()).toHaveLength(2);
  });

  it('X-081 a job left RUNNING by a crash is redone from the start when the subgraph starts again', async () => {
    const request = await approvedExport('导出区');
    const repo = h.svc.dataSource.getRepository(ExportRequestEntity);
    // What a process killed mid-job leaves: RUNNING, part of the progress, a page of the file.
    await repo.update(request.id, {
      jobState: 'RUNNING',
      rowsDone: 50,
      rowsTotal: 120,
      fileName: 'customers-crash.csv',
      jobCaller: JSON.stringify(staff.salesManager),
    });
    await h.svc.dataSource.getRepository(ExportFilePartEntity).insert({ requestId: request.id, seq: 0, content: '半个文件\r\n' });
    expect(await runningExportJobs(h.svc.dataSource)!.resume()).toBe(1);
    const done = await finished(request.id);
    expect(done).toMatchObject({ jobState: 'DONE', rowsDone: 120, rowsTotal: 120 });
    const table = parseCsv(Buffer.from(done.file!.contentBase64, 'base64').toString('utf8'));
    expect(table).toHaveLength(121);
    expect(table.flat()).not.toContain('半个文件');
  });
});

/** X-081 with X-022: a requester who may export but not read contacts or protected fields gets them masked in the file. */
describe('export masking (integration)', () => {
  let h: Harness;
  let policyFile: string;
  // A role that exports but holds neither customer.contact:READ nor customer.protected:READ.
  const clerk = { id: 's-export-clerk', name: '导出专员', roles: ['EXPORT_CLERK'], departmentId: 'd-cs', departmentTree: ['d-cs'] };
  beforeAll(async () => {
    policyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'x081-')), 'access-policy.json');
    fs.writeFileSync(
      policyFile,
      JSON.stringify({
        ...DEFAULT_ACCESS_POLICY,
        EXPORT_CLERK: { title: '导出专员', scope: 'ALL', grants: ['customer:READ', 'customer:EXPORT'] },
      }),
    );
    h = await startHarness('2026-04-01T02:00:00Z', { ...DEFAULT_CUSTOMER_POLICY, exportPageSize: 2 }, { ACCESS_POLICY_FILE: policyFile });
  });
  afterAll(async () => {
    await h.stop();
    fs.rmSync(path.dirname(policyFile), { recursive: true, force: true });
  });

  it('X-081 the job applies the requester’s masks (X-022) as the API does, on every page', async () => {
    const uscc = [1, 2, 3].map((n) => testUscc(950 + n, '330100'));
    const csv = [
      'name,usccCode,entityKind,type,region,phone',
      ...uscc.map((code, n) => `脱敏客户${n + 1}有限公司,${code},COMPANY,DEALER,脱敏区,0571-8600123${n}`),
    ].join('\n');
    const imported = await h.mutate<{ report: { applied: boolean } }>(
      staff.infoSpecialist,
      'importCustomers',
      { csv, dryRun: false },
      'report { applied }',
    );
    expect(imported.report.applied).toBe(true);
    const requested = await h.mutate<{ request: { id: string; approvalId: string } }>(
      clerk,
      'requestCustomerExport',
      { filter: { region: '脱敏区' }, purpose: '核对' },
      'request { id approvalId }',
    );
    await h.approveAll(requested.request.approvalId, staff.infoSupervisor);
    const started = await h.mutate<{ request: { jobState: string } }>(
      clerk,
      'exportCustomers',
      { requestId: requested.request.id },
      'request { jobState }',
    );
    expect(['QUEUED', 'RUNNING']).toContain(started.request.jobState);
    type Polled = { jobState: string; file: { contentBase64: string } | null } | null;
    let job: Polled = null;
    for (let i = 0; i < 500 && (job as Polled)?.jobState !== 'DONE'; i += 1) {
      if (i) await new Promise((resolve) => setTimeout(resolve, 10));
      job = (
        await h.gql<{ customerExport: Polled }>(clerk, 'query($id: ID!) { customerExport(id: $id) { jobState file { contentBase64 } } }', {
          id: requested.request.id,
        })
      ).customerExport;
    }
    const table = parseCsv(Buffer.from(job!.file!.contentBase64, 'base64').toString('utf8'));
    const [header, ...rows] = table;
    expect(rows).toHaveLength(3);
    const phones = rows.map((r) => r[header.indexOf('phone')]);
    const codesInFile = rows.map((r) => r[header.indexOf('usccCode')]);
    for (const phone of phones) expect(phone).not.toMatch(/^0571-8600123\d$/);
    for (const code of codesInFile) expect(uscc).not.toContain(code);
    // The same masks as the API gives the same caller.
    const api = await h.gql<{ customers: { edges: { node: { phone: string | null; usccCode: string | null } }[] } }>(
      clerk,
      '{ customers(filter: { region: "脱敏区" }) { edges { node { phone usccCode } } } }',
    );
    expect(new Set(phones)).toEqual(new Set(api.customers.edges.map((e) => e.node.phone ?? '')));
    expect(new Set(codesInFile)).toEqual(new Set(api.customers.edges.map((e) => e.node.usccCode ?? '')));
  });
});
