import type { MaskStyle } from '@crm/platform';
import { isValidDate, parseDecimal } from '@crm/platform';
import type { CreateCustomerInput } from '../../generated/resolvers-types';

/**
 * The customer CSV: one column per field, English field names in the header so BI tools and a
 * re-import read it; the import also accepts the Chinese column names. The 密级 is in every exported row.
 */
export interface CsvColumn {
  key: string;
  zh: string;
  /** Values an enum column accepts. */
  values?: readonly string[];
  kind?: 'decimal' | 'date' | 'boolean';
  /** Read by the import (exported-only columns are computed by the system). */
  importable: boolean;
  /** the permission that reveals the value in an export, and the mask otherwise. */
  masked?: { permission: string; style: MaskStyle };
}

const CONTACT_MASK = { permission: 'customer.contact:READ', style: 'PHONE' } as const;
const PROTECTED = (style: MaskStyle) => ({ permission: 'customer.protected:READ', style });

const ENTITY_KINDS = ['COMPANY', 'INDIVIDUAL'];
const TYPES = ['DEALER', 'RETAILER', 'OEM_FACTORY', 'AGENT', 'END_USER', 'PARTNER', 'SUPPLIER', 'GOVERNMENT', 'SPECIAL'];
const SPECIAL_KINDS = ['LAWYER', 'FINANCIAL_ADVISOR', 'ADVERTISING', 'PUBLIC_RELATIONS', 'BANK', 'INSURANCE', 'FINANCING_AGENCY'];
const INDUSTRIES = ['INDUSTRIAL', 'AGRICULTURE', 'TRADE', 'TRANSPORT', 'REAL_ESTATE', 'CONSTRUCTION', 'PUBLIC_UTILITY', 'OTHER'];

export const CUSTOMER_COLUMNS: readonly CsvColumn[] = [
  { key: 'code', zh: '客户编号', importable: false },
  { key: 'name', zh: '客户名称', importable: true },
  { key: 'usccCode', zh: '统一社会信用代码', importable: true, masked: PROTECTED('TAIL4') },
  { key: 'entityKind', zh: '单位/个人', values: ENTITY_KINDS, importable: true },
  { key: 'type', zh: '客户类型', values: TYPES, importable: true },
  { key: 'specialKind', zh: '特殊客户类别', values: SPECIAL_KINDS, importable: true },
  { key: 'industry', zh: '行业', values: INDUSTRIES, importable: true },
  { key: 'region', zh: '区域', importable: true },
  { key: 'legalRepresentative', zh: '法定代表人', importable: true, masked: PROTECTED('HIDE') },
  { key: 'address', zh: '地址', importable: true },
  { key: 'postcode', zh: '邮编', importable: true },
  { key: 'phone', zh: '电话', importable: true, masked: CONTACT_MASK },
  { key: 'fax', zh: '传真', importable: true, masked: CONTACT_MASK },
  { key: 'website', zh: '网址', importable: true },
  { key: 'businessScope', zh: '经营范围', importable: true, masked: PROTECTED('HIDE') },
  { key: 'registeredCapital', zh: '注册资本', kind: 'decimal', importable: true, masked: PROTECTED('HIDE') },
  { key: 'foundedOn', zh: '成立时间', kind: 'date', importable: true },
  { key: 'isCounterparty', zh: '客商', kind: 'boolean', importable: true },
  { key: 'size', zh: '规模', importable: false },
  { key: 'grade', zh: '等级', importable: false },
  { key: 'gradeProvisional', zh: '暂定等级', importable: false },
  { key: 'lifecycleStage', zh: '生命周期', importable: false },
  { key: 'status', zh: '状态', importable: false },
  { key: 'filingStatus', zh: '备案状态', importable: false },
  { key: 'confidentiality', zh: '密级', importable: false },
  { key: 'ownerId', zh: '负责人', importable: true },
  { key: 'ownerDepartmentId', zh: '负责部门', importable: true },
  { key: 'custodianId', zh: '专人负责', importable: true },
  { key: 'createdBy', zh: '建档人', importable: true },
  { key: 'createdAt', zh: '建档时间', importable: false },
];

/** The column of a header cell (English key or Chinese name), or null. */
export function columnOf(header: string): CsvColumn | null {
  const text = header.trim();
  return CUSTOMER_COLUMNS.find((c) => c.key.toLowerCase() === text.toLowerCase() || c.zh === text) ?? null;
}

export interface CellProblem {
  field: string;
  code: 'INVALID_VALUE' | 'INVALID_AMOUNT' | 'INVALID_DATE';
  zh: string;
  en: string;
}

/** A row read into a create input plus the import-only columns; cells that cannot be read are problems. */
export interface ImportedRow {
  input: CreateCustomerInput;
  createdBy: string | null;
  /** The fields given (non-empty cells): an update changes only these. */
  given: string[];
  problems: CellProblem[];
}

const BOOLEAN: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, 是: true, 否: false, y: true, n: false };

export function readRow(columns: readonly (CsvColumn | null)[], cells: readonly string[]): ImportedRow {
  const values: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  const given: string[] = [];
  columns.forEach((column, index) => {
    if (!column?.importable) return;
    const raw = (cells[index] ?? '').trim();
    if (raw === '') return;
    given.push(column.key);
    if (column.values) {
      const value = raw.toUpperCase();
      if (column.values.includes(value)) values[column.key] = value;
      else
        problems.push({
          field: column.key,
          code: 'INVALID_VALUE',
          zh: `${column.zh}的值“${raw}”无效`,
          en: `"${raw}" is not a valid ${column.key}`,
        });
    } else if (column.kind === 'decimal') {
      try {
        values[column.key] = parseDecimal(raw.replace(/,/g, ''));
      } catch {
        problems.push({ field: column.key, code: 'INVALID_AMOUNT', zh: `${column.zh}须为金额`, en: `${column.key} must be an amount` });
      }
    } else if (column.kind === 'date') {
      const date = raw.replace(/\//g, '-').replace(/-(\d)(?=-|$)/g, '-0$1');
      if (isValidDate(date)) values[column.key] = date;
      else
        problems.push({
          field: column.key,
          code: 'INVALID_DATE',
          zh: `${column.zh}须为日期 YYYY-MM-DD`,
          en: `${column.key} must be a date YYYY-MM-DD`,
        });
    } else if (column.kind === 'boolean') {
      const value = BOOLEAN[raw.toLowerCase()];
      if (value === undefined)
        problems.push({
          field: column.key,
          code: 'INVALID_VALUE',
          zh: `${column.zh}须为 是/否`,
          en: `${column.key} must be true or false`,
        });
      else values[column.key] = value;
    } else {
      values[column.key] = raw;
    }
  });
  const { createdBy, ...input } = values;
  return { input: input as unknown as CreateCustomerInput, createdBy: typeof createdBy === 'string' ? createdBy : null, given, problems };
}
