import { addCalendarDays, calendarDaysBetween, type Message } from '@crm/platform';
import type { EntityKind, FilingStatus } from '../../generated/resolvers-types';
import type { CustomerPolicy } from '../../shared/customer-policy';
import { addWorkingDays } from '../../shared/support/calendar-months';

/** What filing needs to know about a customer (CUS-002). */
export interface FilingFacts {
  entityKind: EntityKind;
  usccCode: string | null;
  /** Profile fields by name, as stored. */
  fields: Record<string, unknown>;
  contactsWithPhone: number;
}

export interface FilingGap {
  field: string;
  code: 'REQUIRED' | 'CONTACT_WITH_PHONE_REQUIRED';
  message: Message;
}

const LABELS: Record<string, string> = {
  name: '客户名称',
  legalRepresentative: '法定代表人',
  address: '地址',
  phone: '电话',
  postcode: '邮编',
  businessScope: '经营范围',
  registeredCapital: '注册资本',
  usccCode: '统一社会信用代码',
};

/** CUS-002: one gap per missing requirement; empty when the profile may be filed. The USCC itself is valid (CUS-003). */
export function filingGaps(facts: FilingFacts, policy: CustomerPolicy): FilingGap[] {
  const gaps: FilingGap[] = [];
  const missing = (field: string) => {
    const value = facts.fields[field];
    return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  };
  for (const field of policy.filing.requiredFields) {
    if (missing(field)) {
      gaps.push({ field, code: 'REQUIRED', message: { zh: `备案须填写${LABELS[field] ?? field}`, en: `Filing requires ${field}` } });
    }
  }
  if (facts.entityKind === 'COMPANY' && !facts.usccCode) {
    gaps.push({
      field: 'usccCode',
      code: 'REQUIRED',
      message: { zh: '单位客户备案须填写统一社会信用代码', en: 'Filing a company requires its USCC' },
    });
  }
  if (facts.contactsWithPhone === 0) {
    gaps.push({
      field: 'contacts',
      code: 'CONTACT_WITH_PHONE_REQUIRED',
      message: { zh: '备案须至少有一位留有电话的联系人', en: 'Filing requires at least one contact with a phone number' },
    });
  }
  return gaps;
}

/** Section 3: a filing may be submitted from DRAFT or, after a rejection, from REJECTED. */
export const maySubmitFiling = (status: FilingStatus): boolean => status === 'DRAFT' || status === 'REJECTED';

/** CUS-004: a trade counterparty (客商) goes through the counterparty admission instead of customer filing. */
export const filingTemplate = (isCounterparty: boolean): 'CUSTOMER_FILING' | 'COUNTERPARTY_ADMISSION' =>
  isCounterparty ? 'COUNTERPARTY_ADMISSION' : 'CUSTOMER_FILING';

/**
 * CUS-004: a customer still DRAFT 3 working days after its first communication record is reminded to its owner,
 * then every 7 days. Returns the due dates of the reminders due by `asOf` (1st, 2nd, …).
 */
export function filingReminderDates(firstContactOn: string, asOf: string, policy: CustomerPolicy): string[] {
  const { reminderAfterWorkingDays, reminderEveryDays } = policy.filing;
  const first = addWorkingDays(firstContactOn, reminderAfterWorkingDays, policy.calendar.holidays, policy.calendar.makeUpWorkdays);
  if (asOf < first) return [];
  const count = Math.floor(calendarDaysBetween(first, asOf) / reminderEveryDays) + 1;
  return Array.from({ length: count }, (_, n) => addCalendarDays(first, n * reminderEveryDays));
}
