import type { Message } from '@crm/platform';
import { isValidDate, parseDecimal, usccProblem } from '@crm/platform';

/** One thing wrong with a profile: the field (input name), a stable code and the message in both languages. */
export interface ProfileViolation {
  field: string;
  code: string;
  message: Message;
}

/** The editable profile fields as they arrive (undefined = not sent, null = clear). */
export interface ProfileFields {
  name?: string | null;
  entityKind?: string | null;
  type?: string | null;
  specialKind?: string | null;
  usccCode?: string | null;
  postcode?: string | null;
  phone?: string | null;
  fax?: string | null;
  website?: string | null;
  registeredCapital?: string | null;
  foundedOn?: string | null;
}

const PHONE = /^[0-9+\-() ]{5,32}$/;
const POSTCODE = /^\d{6}$/;
const WEBSITE = /^(https?:\/\/)?[\w.-]+\.[a-z]{2,}(\/\S*)?$/i;

/** Field lengths match the columns, so a too-long value is a clear userError, not a database error. */
export const MAX_LENGTH: Record<string, number> = {
  name: 200,
  region: 64,
  legalRepresentative: 64,
  address: 300,
  website: 200,
  businessScope: 1000,
};

const v = (field: string, code: string, zh: string, en: string): ProfileViolation => ({ field, code, message: { zh, en } });

/**
 * Checks the profile fields of a create (`creating`, all required fields present) or an update (only the sent ones).
 * Pure: the duplicate check, which needs the database, is the service's.
 */
export function profileViolations(fields: ProfileFields & Record<string, unknown>, creating: boolean): ProfileViolation[] {
  const out: ProfileViolation[] = [];
  const sent = (key: keyof ProfileFields) => fields[key] !== undefined;

  if (creating || sent('name')) {
    if (!fields.name || fields.name.trim() === '') out.push(v('name', 'REQUIRED', '客户名称不能为空', 'Customer name is required'));
  }
  for (const [field, max] of Object.entries(MAX_LENGTH)) {
    const value = fields[field];
    if (typeof value === 'string' && value.length > max) {
      out.push(v(field, 'TOO_LONG', `${field} 不能超过 ${max} 个字符`, `${field} must be at most ${max} characters`));
    }
  }
  if (fields.usccCode) {
    const problem = usccProblem(fields.usccCode);
    if (problem === 'FORMAT') {
      out.push(
        v(
          'usccCode',
          'INVALID_USCC',
          '统一社会信用代码须为18位数字或大写字母(不含I、O、S、V、Z)',
          'USCC must be 18 characters from 0-9 and A-Y without I, O, S, V, Z',
        ),
      );
    } else if (problem === 'CHECK_DIGIT') {
      out.push(v('usccCode', 'INVALID_USCC', '统一社会信用代码校验位错误', 'USCC check digit is wrong'));
    }
  }
  if (fields.type !== undefined || fields.specialKind !== undefined) {
    if (fields.type === 'SPECIAL' && creating && !fields.specialKind) {
      out.push(v('specialKind', 'REQUIRED', '特殊客户须注明类别', 'A SPECIAL customer needs its special kind'));
    }
    if (fields.specialKind && fields.type !== undefined && fields.type !== 'SPECIAL') {
      out.push(v('specialKind', 'NOT_ALLOWED', '只有特殊客户才有特殊类别', 'Only SPECIAL customers have a special kind'));
    }
  }
  if (fields.postcode && !POSTCODE.test(fields.postcode))
    out.push(v('postcode', 'INVALID_POSTCODE', '邮编须为6位数字', 'Postcode must be 6 digits'));
  for (const field of ['phone', 'fax'] as const) {
    const value = fields[field];
    if (value && !PHONE.test(value)) out.push(v(field, 'INVALID_PHONE', '电话号码格式不正确', 'Phone number is not valid'));
  }
  if (fields.website && !WEBSITE.test(fields.website))
    out.push(v('website', 'INVALID_WEBSITE', '网址格式不正确', 'Website is not a valid address'));
  if (fields.registeredCapital) {
    let amount: string | null = null;
    try {
      amount = parseDecimal(fields.registeredCapital);
    } catch {
      amount = null;
    }
    if (amount === null || amount.startsWith('-')) {
      out.push(v('registeredCapital', 'INVALID_AMOUNT', '注册资本须为非负金额', 'Registered capital must be a non-negative amount'));
    }
  }
  if (fields.foundedOn && !isValidDate(fields.foundedOn))
    out.push(v('foundedOn', 'INVALID_DATE', '成立日期无效', 'Founding date is not a valid date'));
  return out;
}

/** The contact fields as they arrive (undefined = not sent, null = clear). */
export interface ContactFieldsInput {
  name?: string | null;
  birthday?: string | null;
  phone?: string | null;
  mobile?: string | null;
  email?: string | null;
  position?: string | null;
  needs?: string | null;
  feedback?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTACT_MAX_LENGTH: Record<string, number> = { name: 64, position: 64, email: 120, needs: 1000, feedback: 1000 };

/** Checks a contact; `prefix` is the path of the contact in the input (e.g. ['input', 'contacts', '0']). */
export function contactViolations(fields: ContactFieldsInput & Record<string, unknown>, creating: boolean): ProfileViolation[] {
  const out: ProfileViolation[] = [];
  if ((creating || fields.name !== undefined) && (!fields.name || fields.name.trim() === '')) {
    out.push(v('name', 'REQUIRED', '联系人姓名不能为空', 'Contact name is required'));
  }
  for (const [field, max] of Object.entries(CONTACT_MAX_LENGTH)) {
    const value = fields[field];
    if (typeof value === 'string' && value.length > max) {
      out.push(v(field, 'TOO_LONG', `${field} 不能超过 ${max} 个字符`, `${field} must be at most ${max} characters`));
    }
  }
  for (const field of ['phone', 'mobile'] as const) {
    const value = fields[field];
    if (value && !PHONE.test(value)) out.push(v(field, 'INVALID_PHONE', '电话号码格式不正确', 'Phone number is not valid'));
  }
  if (fields.email && !EMAIL.test(fields.email)) out.push(v('email', 'INVALID_EMAIL', '电子邮件格式不正确', 'Email address is not valid'));
  if (fields.birthday && !isValidDate(fields.birthday))
    out.push(v('birthday', 'INVALID_DATE', '生日日期无效', 'Birthday is not a valid date'));
  return out;
}
