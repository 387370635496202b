import type { EntityManager } from 'typeorm';
import type { Outcome, UserError } from '@crm/platform';
import { refused, succeeded, userError, writeTransaction } from '@crm/platform';
import { liveCustomerWithUscc } from './import-export.store';
import { updateCustomerRow } from '../../shared/customer.store';
import type { CsvColumn } from './customer-csv.rules';
import { columnOf, readRow } from './customer-csv.rules';
import { profileViolations } from '../../shared/profile.rules';
import { nameKeyOf, phoneKeyOf } from '../duplicates-merge/duplicates-merge-check.service';
import type { CustomerImportReport, ImportAction, ImportCustomersInput } from '../../generated/resolvers-types';
import { csvFileBase64, parseCsv } from '../../shared/support/csv';
import { insertCustomer, lockCustomerIdentities, normalisedNewCustomer, ownerViolations } from '../profile/profile-opening.service';
import { findDuplicates } from '../duplicates-merge/duplicates-merge-check.service';
import { invalid } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';

/** Fields an import may change on an existing customer (owner changes go through transfers, CUS-029, CUS-030, CUS-031, CUS-032). */
const UPDATABLE = new Set([
  'name',
  'entityKind',
  'type',
  'specialKind',
  'industry',
  'region',
  'legalRepresentative',
  'address',
  'postcode',
  'phone',
  'fax',
  'website',
  'businessScope',
  'registeredCapital',
  'foundedOn',
  'isCounterparty',
  'custodianId',
]);

interface PlannedRow {
  line: number;
  usccCode: string | null;
  name: string | null;
  action: ImportAction;
  customerId: string | null;
  errors: UserError[];
  warnings: string[];
  apply?: (manager: EntityManager) => Promise<string>;
}

export type ImportReportModel = Omit<CustomerImportReport, '__typename'>;

/**
 * 导入 (X-082, CUS-003, CUS-005): a dry run first, with a per-row report; the real run upserts by USCC (a known USCC
 * updates that customer, anything else is opened as new, keeping the owner and creator the file names) and saves
 * only when every row is valid — one transaction, nothing half-imported.
 */
export class ImportService {
  constructor(private readonly rt: CustomerRuntime) {}

  async import(input: ImportCustomersInput, ctx: Ctx): Promise<Outcome<ImportReportModel>> {
    const table = parseCsv(input.csv);
    if (table.length < 2)
      return refused([
        invalid(ctx, 'EMPTY_FILE', ['input', 'csv'], {
          zh: '文件须有表头和至少一行数据',
          en: 'The file needs a header row and at least one data row',
        }),
      ]);
    if (table.length - 1 > this.rt.policy.maxImportRows) {
      return refused([
        invalid(ctx, 'TOO_MANY_ROWS', ['input', 'csv'], {
          zh: `一次最多导入 ${this.rt.policy.maxImportRows} 行`,
          en: `At most ${this.rt.policy.maxImportRows} rows per import`,
        }),
      ]);
    }
    const columns = table[0].map(columnOf);
    const unknown = table[0].filter((_header, index) => columns[index] === null);
    if (unknown.length) {
      return refused([
        invalid(ctx, 'UNKNOWN_COLUMN', ['input', 'csv'], {
          zh: `无法识别的列:${unknown.join('、')}`,
          en: `Unknown columns: ${unknown.join(', ')}`,
        }),
      ]);
    }
    return writeTransaction(this.rt.dataSource, async (manager) => {
      // CUS-005: the plan's USCC look-ups are this transaction's first reads, taken after the lock.
      await lockCustomerIdentities(manager);
      const rows = await this.plan(manager, columns, table.slice(1), ctx);
      const failed = rows.filter((r) => r.errors.length).length;
      const applied = !input.dryRun && failed === 0;
      if (applied) for (const row of rows) row.customerId = await row.apply!(manager);
      const report: ImportReportModel = {
        dryRun: input.dryRun,
        rowCount: rows.length,
        created: rows.filter((r) => r.action === 'CREATE').length,
        updated: rows.filter((r) => r.action === 'UPDATE').length,
        failed,
        applied,
        rows: rows.map(({ apply: _apply, ...row }) => row),
        errorReportBase64: failed ? errorReport(rows) : null,
      };
      return succeeded(report);
    });
  }

  private async plan(manager: EntityManager, columns: (CsvColumn | null)[], body: string[][], ctx: Ctx): Promise<PlannedRow[]> {
    const seen = new Map<string, number>();
    const planned: PlannedRow[] = [];
    for (const [index, cells] of body.entries()) {
      const line = index + 2;
      const read = readRow(columns, cells);
      const input = normalisedNewCustomer(read.input);
      const uscc = input.usccCode || null;
      const errors: UserError[] = read.problems.map((p) => userError(ctx.lang, p.code, ['row', p.field], { zh: p.zh, en: p.en }));
      const row: PlannedRow = { line, usccCode: uscc, name: input.name ?? null, action: 'ERROR', customerId: null, errors, warnings: [] };
      planned.push(row);
      if (uscc && seen.has(uscc)) {
        errors.push(
          invalid(ctx, 'DUPLICATE_IN_FILE', ['row', 'usccCode'], {
            zh: `与第 ${seen.get(uscc)} 行的统一社会信用代码重复`,
            en: `Same USCC as line ${seen.get(uscc)}`,
          }),
        );
      }
      if (uscc) seen.set(uscc, line);
      const existing = uscc ? await liveCustomerWithUscc(manager, uscc) : null;
      if (existing) {
        const patch: Record<string, unknown> = {};
        for (const key of read.given) if (UPDATABLE.has(key)) patch[key] = (input as unknown as Record<string, unknown>)[key];
        const merged: Record<string, unknown> = {
          ...patch,
          type: patch.type ?? existing.type,
          specialKind: patch.specialKind ?? existing.specialKind,
        };
        errors.push(...profileViolations(merged, false).map((p) => userError(ctx.lang, p.code, ['row', p.field], p.message)));
        if (patch.name) patch.nameKey = nameKeyOf(String(patch.name));
        if (patch.phone) patch.phoneKey = phoneKeyOf(String(patch.phone));
        Object.assign(row, { customerId: existing.id, name: row.name ?? existing.name });
        row.apply = async (m) => {
          await updateCustomerRow(m, existing.id, patch, ctx.caller.id);
          return existing.id;
        };
        if (!errors.length) row.action = 'UPDATE';
        continue;
      }
      for (const field of ['name', 'entityKind', 'type'] as const) {
        if (!input[field] && !errors.some((e) => e.field[1] === field)) {
          errors.push(invalid(ctx, 'REQUIRED', ['row', field], { zh: `缺少 ${field}`, en: `${field} is required` }));
        }
      }
      errors.push(...ownerViolations(input, ctx, this.rt.config.staffDirectory, ['row']));
      if (input.name && input.entityKind && input.type) {
        errors.push(...profileViolations(input, true).map((p) => userError(ctx.lang, p.code, ['row', p.field], p.message)));
        const hits = await findDuplicates(manager, input, this.rt.policy.duplicateWarningKeys, ctx);
        row.warnings = hits.map((hit) => `${hit.matchedOn.join('+')}: ${hit.code} ${hit.name}`);
      }
      row.apply = async (m) =>
        (await insertCustomer(m, this.rt, input, ctx, { reason: 'IMPORT', createdBy: read.createdBy ?? undefined })).id;
      if (!errors.length) row.action = 'CREATE';
    }
    return planned;
  }
}

/** the rows that failed, one line per problem, as a CSV file for Excel. */
function errorReport(rows: PlannedRow[]): string {
  const lines: (string | number | null)[][] = [['line', 'usccCode', 'name', 'field', 'code', 'message']];
  for (const row of rows)
    for (const error of row.errors)
      lines.push([row.line, row.usccCode, row.name, error.field.slice(1).join('.'), error.code, error.message]);
  return csvFileBase64(lines);
}
