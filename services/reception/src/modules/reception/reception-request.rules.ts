import { isNegativeMoney } from '@crm/platform';
import type { Message } from '@crm/platform';
import type { HostedPartyType, HostRank, ReceptionClass } from '../../generated/resolvers-types';
import type { ReceptionGuest } from './entities/reception.entity';
import type { ReceptionPolicy } from './reception-policy';
import { rankAtLeast } from './reception-policy';

/** One thing wrong with a request: the input path at fault, a stable code and the message in both languages. */
export interface ReceptionViolation {
  field: string[];
  code: string;
  message: Message;
}

export interface BudgetFields {
  hospitality: string;
  lodging: string;
  transport: string;
  gifts: string;
}

/** A reception as requested, or as it would be after an update (current values merged with the sent ones). */
export interface ReceptionRequestFields {
  class: ReceptionClass | null;
  hostedPartyType: HostedPartyType | null;
  customerId: string | null;
  supplierId: string | null;
  organisation: string | null;
  guestCount: number | null;
  guests: ReceptionGuest[];
  hostId: string | null;
  hostRank: HostRank | null;
  hostSubstitutionReason: string | null;
  startOn: string | null;
  endOn: string | null;
  purpose: string | null;
  budget: BudgetFields;
}

/** Field lengths match the columns, so a too-long value is a clear userError, not a database error. */
export const MAX_LENGTH = {
  organisation: 200,
  purpose: 2000,
  hostSubstitutionReason: 500,
  hostId: 64,
  customerId: 36,
  supplierId: 36,
  guestName: 64,
  guestTitle: 64,
} as const;

const v = (field: string[], code: string, zh: string, en: string): ReceptionViolation => ({ field, code, message: { zh, en } });

const blank = (value: string | null): boolean => value === null || value.trim() === '';

const CLASS_NAMES: Record<ReceptionClass, string> = { A: '公司贵客', B: '贵宾接待', C: '业务接待', D: '普通接待' };
const RANK_NAMES: Record<HostRank, string> = {
  SENIOR_MANAGEMENT: '公司高层',
  DEPARTMENT_DIRECTOR: '部门总监',
  DEPARTMENT_MANAGER: '部门经理',
  SUPERVISOR: '部门主管/业务负责人',
};

function requiredViolations(f: ReceptionRequestFields): ReceptionViolation[] {
  const out: ReceptionViolation[] = [];
  const required: [keyof ReceptionRequestFields, string, string][] = [
    ['class', '接待类别', 'Reception class'],
    ['hostedPartyType', '来访方类型', 'Hosted party type'],
    ['guestCount', '来宾人数', 'Guest count'],
    ['hostRank', '主持人职级', 'Host rank'],
    ['startOn', '开始日期', 'Start date'],
    ['endOn', '结束日期', 'End date'],
  ];
  for (const [key, zh, en] of required) {
    if (f[key] === null) out.push(v([key], 'REQUIRED', `${zh}不能为空`, `${en} is required`));
  }
  const text: [keyof ReceptionRequestFields & ('organisation' | 'hostId' | 'purpose'), string, string][] = [
    ['organisation', '来访单位', 'Visiting organisation'],
    ['hostId', '接待主持人', 'Host'],
    ['purpose', '接待事由', 'Purpose'],
  ];
  for (const [key, zh, en] of text) {
    if (blank(f[key])) out.push(v([key], 'REQUIRED', `${zh}不能为空`, `${en} is required`));
  }
  return out;
}

function lengthViolations(f: ReceptionRequestFields): ReceptionViolation[] {
  const out: ReceptionViolation[] = [];
  const tooLong = (path: string[], value: string | null, max: number) => {
    if (value !== null && value.length > max) {
      out.push(v(path, 'TOO_LONG', `${path.join('.')} 不能超过 ${max} 个字符`, `${path.join('.')} must be at most ${max} characters`));
    }
  };
  for (const key of ['organisation', 'purpose', 'hostSubstitutionReason', 'hostId', 'customerId', 'supplierId'] as const) {
    tooLong([key], f[key], MAX_LENGTH[key]);
  }
  f.guests.forEach((guest, i) => {
    if (blank(guest.name)) out.push(v(['guests', String(i), 'name'], 'REQUIRED', '来宾姓名不能为空', 'Guest name is required'));
    tooLong(['guests', String(i), 'name'], guest.name, MAX_LENGTH.guestName);
    tooLong(['guests', String(i), 'title'], guest.title, MAX_LENGTH.guestTitle);
  });
  return out;
}

/** REC-001 and the hosted party: a customer reception names its customer, a supplier reception its supplier. */
export function partyViolations(
  f: Pick<ReceptionRequestFields, 'class' | 'hostedPartyType' | 'customerId' | 'supplierId'>,
): ReceptionViolation[] {
  const out: ReceptionViolation[] = [];
  if (f.hostedPartyType === 'CUSTOMER' && !f.customerId)
    out.push(v(['customerId'], 'REQUIRED', '接待客户须指明客户', 'A customer reception needs the customer'));
  if (f.hostedPartyType === 'SUPPLIER' && !f.supplierId)
    out.push(v(['supplierId'], 'REQUIRED', '接待供应商须指明供应商', 'A supplier reception needs the supplier'));
  if (f.customerId && f.hostedPartyType !== null && f.hostedPartyType !== 'CUSTOMER') {
    out.push(v(['customerId'], 'NOT_ALLOWED', '只有客户接待才可指明客户', 'Only a customer reception names a customer'));
  }
  if (f.supplierId && f.hostedPartyType !== null && f.hostedPartyType !== 'SUPPLIER') {
    out.push(v(['supplierId'], 'NOT_ALLOWED', '只有供应商接待才可指明供应商', 'Only a supplier reception names a supplier'));
  }
  if (f.class === 'C' && f.hostedPartyType !== null && f.hostedPartyType !== 'CUSTOMER') {
    out.push(v(['class'], 'CLASS_REQUIRES_CUSTOMER', '业务接待(C类)只用于接待客户', 'Class C (business reception) is only for customers'));
  }
  return out;
}

/** REC-003: the host ranks at least the class's minimum, or a substitution reason explains why not. */
export function hostRankViolations(
  f: Pick<ReceptionRequestFields, 'class' | 'hostRank' | 'hostSubstitutionReason'>,
  policy: ReceptionPolicy,
): ReceptionViolation[] {
  if (f.class === null || f.hostRank === null) return [];
  const minimum = policy.minimumHostRank[f.class];
  if (rankAtLeast(f.hostRank, minimum) || !blank(f.hostSubstitutionReason)) return [];
  return [
    v(
      ['hostRank'],
      'HOST_RANK_TOO_LOW',
      `${f.class}类(${CLASS_NAMES[f.class]})须由${RANK_NAMES[minimum]}或以上主持接待;由${RANK_NAMES[f.hostRank]}代为接待须填写替代原因`,
      `A class ${f.class} reception is hosted by ${minimum} or above; a ${f.hostRank} host needs a substitution reason`,
    ),
  ];
}

/** REC-003: a substitution reason is kept only when the host actually ranks below the minimum. */
export function substitutionReasonToKeep(
  f: Pick<ReceptionRequestFields, 'class' | 'hostRank' | 'hostSubstitutionReason'>,
  policy: ReceptionPolicy,
): string | null {
  if (f.class === null || f.hostRank === null || blank(f.hostSubstitutionReason)) return null;
  return rankAtLeast(f.hostRank, policy.minimumHostRank[f.class]) ? null : f.hostSubstitutionReason;
}

function quantityViolations(f: ReceptionRequestFields): ReceptionViolation[] {
  const out: ReceptionViolation[] = [];
  if (f.startOn !== null && f.endOn !== null && f.endOn < f.startOn) {
    out.push(v(['endOn'], 'INVALID_DATE_RANGE', '结束日期不能早于开始日期', 'The end date cannot be before the start date'));
  }
  if (f.guestCount !== null && f.guestCount < 1) {
    out.push(v(['guestCount'], 'INVALID_GUEST_COUNT', '来宾人数至少为 1', 'There must be at least 1 guest'));
  }
  if (f.guestCount !== null && f.guestCount >= 1 && f.guests.length > f.guestCount) {
    out.push(
      v(['guests'], 'GUEST_LIST_EXCEEDS_COUNT', '来宾名单人数多于来宾人数', 'The guest list names more guests than the guest count'),
    );
  }
  for (const key of ['hospitality', 'lodging', 'transport', 'gifts'] as const) {
    if (isNegativeMoney(f.budget[key]))
      out.push(v(['budget', key], 'NEGATIVE_AMOUNT', '预算金额不能为负数', 'A budget amount cannot be negative'));
  }
  return out;
}

/**
 * Checks a reception request (or the state an update would leave). Pure: the service maps the violations to
 * userErrors under `input`.
 */
export function requestViolations(f: ReceptionRequestFields, policy: ReceptionPolicy): ReceptionViolation[] {
  return [
    ...requiredViolations(f),
    ...lengthViolations(f),
    ...partyViolations(f),
    ...hostRankViolations(f, policy),
    ...quantityViolations(f),
  ];
}
