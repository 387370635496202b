import { usccProblem } from '@crm/platform';
import type { Message } from '@crm/platform';
import type { SupplierKind, SupplyScope } from '../../generated/resolvers-types';
import { isValidAccountNo } from '../../shared/bank-account';
import { isOwningUnit } from './owning-unit.rules';
import type { SupplierPolicy } from '../../shared/supplier-policy';

/** One thing wrong with a supplier profile: the input path below `input`, a stable code, both languages. */
export interface ProfileViolation {
  field: string[];
  code: string;
  message: Message;
}

/** The profile as it arrives (undefined = not sent, null = clear), already trimmed and normalised. */
export interface SupplierProfileFields {
  name?: string | null;
  usccCode?: string | null;
  kind?: SupplierKind | null;
  scopes?: readonly SupplyScope[] | null;
  owningUnitId?: string | null;
  customerId?: string | null;
  isDirect?: boolean | null;
  bankAccount?: { bank: string; accountNo: string } | null;
  legalRepresentative?: string | null;
  address?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
}

const PHONE = /^[0-9+\-() ]{5,32}$/;
/** Customer ids are UUIDs (customer subgraph); anything else cannot refer to a customer. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Field lengths match the columns, so a too-long value is a clear userError, not a database error. */
export const MAX_LENGTH = {
  name: 200,
  legalRepresentative: 64,
  address: 300,
  contactName: 64,
} as const;
const BANK_NAME_MAX = 100;

const v = (field: string[], code: string, zh: string, en: string): ProfileViolation => ({ field, code, message: { zh, en } });

/** Removes repeated scopes, keeping the first occurrence so the main scope stays first. */
export function distinctScopes(scopes: readonly SupplyScope[]): SupplyScope[] {
  return [...new Set(scopes)];
}

/**
 * Checks a registration (`creating`: every required field present) or the fields an update sends. For an update the
 * caller passes the supplier's current kind and isDirect so the pair is checked as it will be saved. Pure: duplicate
 * and blacklist checks need the database and are the service's.
 */
export function profileViolations(fields: SupplierProfileFields, creating: boolean, policy: SupplierPolicy): ProfileViolation[] {
  const out: ProfileViolation[] = [];
  const sent = (key: keyof SupplierProfileFields) => fields[key] !== undefined;

  if ((creating || sent('name')) && !fields.name) out.push(v(['name'], 'REQUIRED', '供应商名称不能为空', 'Supplier name is required'));
  for (const [field, max] of Object.entries(MAX_LENGTH)) {
    const value = fields[field as keyof typeof MAX_LENGTH];
    if (typeof value === 'string' && value.length > max) {
      out.push(v([field], 'TOO_LONG', `${field} 不能超过 ${max} 个字符`, `${field} must be at most ${max} characters`));
    }
  }
  if (creating || sent('usccCode')) {
    const problem = fields.usccCode ? usccProblem(fields.usccCode) : 'MISSING';
    if (problem === 'MISSING') out.push(v(['usccCode'], 'REQUIRED', '统一社会信用代码不能为空', 'USCC is required'));
    if (problem === 'FORMAT') {
      out.push(
        v(
          ['usccCode'],
          'INVALID_USCC',
          '统一社会信用代码须为18位数字或大写字母(不含I、O、S、V、Z)',
          'USCC must be 18 characters from 0-9 and A-Y without I, O, S, V, Z',
        ),
      );
    }
    if (problem === 'CHECK_DIGIT') out.push(v(['usccCode'], 'INVALID_USCC', '统一社会信用代码校验位错误', 'USCC check digit is wrong'));
  }
  if (creating || sent('kind')) {
    if (!fields.kind) out.push(v(['kind'], 'REQUIRED', '供应商类型不能为空', 'Supplier kind is required'));
  }
  // SUP-001: a supplier supplies in at least one scope.
  if ((creating || sent('scopes')) && !fields.scopes?.length) {
    out.push(v(['scopes'], 'REQUIRED', '至少选择一个供应范围', 'At least one supply scope is required'));
  }
  if (fields.owningUnitId && !isOwningUnit(fields.owningUnitId, policy)) {
    out.push(v(['owningUnitId'], 'UNKNOWN_OWNING_UNIT', '归口管理单位不存在', 'Unknown owning unit'));
  }
  if (sent('owningUnitId') && !creating && !fields.owningUnitId) {
    out.push(v(['owningUnitId'], 'REQUIRED', '归口管理单位不能为空', 'Owning unit is required'));
  }
  if (fields.customerId && !UUID.test(fields.customerId)) {
    out.push(v(['customerId'], 'INVALID_CUSTOMER_ID', '客户编号无效', 'Not a customer id'));
  }
  // SUP-004: a trader is by definition not a direct supplier.
  if (fields.kind === 'TRADER' && fields.isDirect === true) {
    out.push(v(['isDirect'], 'TRADER_NOT_DIRECT', '贸易型供应商不能标记为直供商', 'A TRADER supplier cannot be a direct supplier'));
  }
  if (creating || sent('bankAccount')) out.push(...bankAccountViolations(fields.bankAccount ?? null, policy));
  if (fields.contactPhone && !PHONE.test(fields.contactPhone)) {
    out.push(v(['contactPhone'], 'INVALID_PHONE', '电话号码格式不正确', 'Phone number is not valid'));
  }
  return out;
}

/** SUP-010: exactly one settlement account, with a bank and a well-formed number. */
function bankAccountViolations(account: { bank: string; accountNo: string } | null, policy: SupplierPolicy): ProfileViolation[] {
  if (!account) return [v(['bankAccount'], 'REQUIRED', '结算银行账户不能为空', 'A settlement bank account is required')];
  const out: ProfileViolation[] = [];
  if (!account.bank) out.push(v(['bankAccount', 'bank'], 'REQUIRED', '开户银行不能为空', 'Bank is required'));
  if (account.bank.length > BANK_NAME_MAX) {
    out.push(
      v(
        ['bankAccount', 'bank'],
        'TOO_LONG',
        `开户银行不能超过 ${BANK_NAME_MAX} 个字符`,
        `Bank must be at most ${BANK_NAME_MAX} characters`,
      ),
    );
  }
  if (!isValidAccountNo(account.accountNo, policy)) {
    const { min, max } = policy.bankAccountDigits;
    out.push(
      v(
        ['bankAccount', 'accountNo'],
        'INVALID_BANK_ACCOUNT',
        `银行账号须为${min}至${max}位数字`,
        `Account number must be ${min} to ${max} digits`,
      ),
    );
  }
  return out;
}
