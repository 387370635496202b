import type { Message } from '@crm/platform';
import type { ComplaintChannel, ComplaintSeverity } from '../../generated/resolvers-types';
import type { IntakePolicy, QualityFact, RequiredFact } from './intake-policy';
import { INTAKE_POLICY } from './intake-policy';

export interface ComplainantFacts {
  name?: string | null;
  phone?: string | null;
  organisation?: string | null;
}

export interface QualityFacts {
  orderNo?: string | null;
  partNo?: string | null;
  quantity?: number | null;
  defectiveQty?: number | null;
  deliveryDate?: string | null;
  customerRequest?: string | null;
}

/** The facts of a case as they will be stored (registration input, or the current row merged with an edit). */
export interface IntakeFacts {
  /** Checked at registration only (a case never moves to another customer). */
  customerId?: string | null;
  channel?: ComplaintChannel | null;
  complainants?: readonly ComplainantFacts[] | null;
  targetType?: string | null;
  targetRef?: string | null;
  narrative?: string | null;
  incidentAt?: Date | null;
  receivedAt?: Date | null;
  desiredResolution?: string | null;
  nature?: string | null;
  qualityDetails?: QualityFacts | null;
}

/** One thing wrong with the facts: the path below `input`, a stable code and the message in both languages. */
export interface IntakeViolation {
  field: string[];
  code: string;
  message: Message;
}

/** Column sizes, so a value too long is a clear userError rather than a database error. */
export const MAX_LENGTH = {
  narrative: 4000,
  targetRef: 100,
  desiredResolution: 1000,
  name: 64,
  phone: 32,
  organisation: 200,
  orderNo: 64,
  partNo: 64,
  customerRequest: 1000,
  idempotencyKey: 64,
} as const;

const FACT_LABEL: Record<RequiredFact | QualityFact, Message> = {
  complainants: { zh: '投诉人', en: 'Complainant' },
  targetType: { zh: '投诉对象类型', en: 'Target type' },
  targetRef: { zh: '投诉对象', en: 'Target' },
  narrative: { zh: '投诉内容', en: 'Narrative' },
  channel: { zh: '受理渠道', en: 'Channel' },
  receivedAt: { zh: '受理时间', en: 'Received time' },
  orderNo: { zh: '订单编号', en: 'Order number' },
  partNo: { zh: '料号', en: 'Part number' },
  quantity: { zh: '数量', en: 'Quantity' },
  defectiveQty: { zh: '不良数量', en: 'Defective quantity' },
  deliveryDate: { zh: '交运日期', en: 'Delivery date' },
  customerRequest: { zh: '客户要求', en: "Customer's request" },
};

const PHONE = /^[0-9+\-() ]{5,32}$/;
/** Customer ids are the customer subgraph's UUIDs. */
const CUSTOMER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const required = (field: string[], label: Message): IntakeViolation => ({
  field,
  code: 'REQUIRED',
  message: { zh: `${label.zh}不能为空`, en: `${label.en} is required` },
});

const blank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** CMP-004: the receipt time to record: the one given, or the registration time on phone and online channels. */
export function receivedAtFor(
  channel: ComplaintChannel | null | undefined,
  given: Date | null | undefined,
  registeredAt: Date,
  policy: IntakePolicy = INTAKE_POLICY,
): Date | null {
  if (given) return given;
  return channel && policy.receivedAtDefaultChannels.includes(channel) ? registeredAt : null;
}

/** CMP-007 (the part known at intake): MAJOR when asked for or when the complaint is collective. */
export function severityFor(
  requested: ComplaintSeverity | null | undefined,
  complainantCount: number,
  policy: IntakePolicy = INTAKE_POLICY,
): ComplaintSeverity {
  return requested === 'MAJOR' || complainantCount >= policy.collectiveComplainantThreshold ? 'MAJOR' : 'GENERAL';
}

function complainantViolations(complainants: readonly ComplainantFacts[], policy: IntakePolicy): IntakeViolation[] {
  const out: IntakeViolation[] = [];
  if (complainants.length > policy.maxComplainants) {
    out.push({
      field: ['complainants'],
      code: 'TOO_MANY_COMPLAINANTS',
      message: { zh: `投诉人不能超过 ${policy.maxComplainants} 位`, en: `At most ${policy.maxComplainants} complainants` },
    });
  }
  complainants.forEach((c, i) => {
    const at = (key: string) => ['complainants', String(i), key];
    if (blank(c.name)) out.push(required(at('name'), { zh: '投诉人姓名', en: 'Complainant name' }));
    if (blank(c.phone)) out.push(required(at('phone'), { zh: '投诉人电话', en: 'Complainant phone' }));
    else if (!PHONE.test(c.phone!.trim()))
      out.push({ field: at('phone'), code: 'INVALID_PHONE', message: { zh: '电话号码格式不正确', en: 'Phone number is not valid' } });
    for (const key of ['name', 'phone', 'organisation'] as const) out.push(...tooLong(at(key), c[key], MAX_LENGTH[key]));
  });
  return out;
}

function tooLong(field: string[], value: unknown, max: number): IntakeViolation[] {
  if (typeof value !== 'string' || value.length <= max) return [];
  return [{ field, code: 'TOO_LONG', message: { zh: `不能超过 ${max} 个字符`, en: `Must be at most ${max} characters` } }];
}

function qualityViolations(details: QualityFacts | null | undefined, isQuality: boolean, policy: IntakePolicy): IntakeViolation[] {
  const out: IntakeViolation[] = [];
  if (isQuality) {
    for (const fact of policy.qualityRequiredFacts) {
      if (blank(details?.[fact])) out.push(required(['qualityDetails', fact], FACT_LABEL[fact]));
    }
  }
  if (!details) return out;
  for (const key of ['orderNo', 'partNo', 'customerRequest'] as const)
    out.push(...tooLong(['qualityDetails', key], details[key], MAX_LENGTH[key]));
  const { quantity, defectiveQty } = details;
  if (quantity != null && quantity <= 0) {
    out.push({
      field: ['qualityDetails', 'quantity'],
      code: 'INVALID_QUANTITY',
      message: { zh: '数量须大于 0', en: 'Quantity must be greater than 0' },
    });
  }
  if (defectiveQty != null && (defectiveQty < 0 || (quantity != null && defectiveQty > quantity))) {
    out.push({
      field: ['qualityDetails', 'defectiveQty'],
      code: 'INVALID_QUANTITY',
      message: { zh: '不良数量须在 0 与数量之间', en: 'Defective quantity must be from 0 to the quantity' },
    });
  }
  return out;
}

/**
 * CMP-003: every required fact that is missing, one violation each, plus what cannot be true (a receipt in the
 * future, an incident after the receipt, impossible quantities, values too long for their columns). Pure; `now` is
 * the registration (or edit) instant.
 */
export function intakeViolations(facts: IntakeFacts, now: Date, policy: IntakePolicy = INTAKE_POLICY): IntakeViolation[] {
  const out: IntakeViolation[] = [];
  for (const fact of policy.requiredFacts) {
    const value = facts[fact];
    if (blank(value) || (Array.isArray(value) && value.length === 0)) out.push(required([fact], FACT_LABEL[fact]));
  }
  if (facts.customerId !== undefined && !CUSTOMER_ID.test(facts.customerId ?? '')) {
    out.push({
      field: ['customerId'],
      code: 'INVALID_CUSTOMER_ID',
      message: { zh: '客户标识格式不正确', en: 'Customer id is not a valid id' },
    });
  }
  out.push(...complainantViolations(facts.complainants ?? [], policy));
  out.push(...qualityViolations(facts.qualityDetails, facts.nature === 'QUALITY', policy));
  for (const key of ['narrative', 'targetRef', 'desiredResolution'] as const) out.push(...tooLong([key], facts[key], MAX_LENGTH[key]));
  const latest = now.getTime() + policy.clockSkewMinutes * 60_000;
  if (facts.receivedAt && facts.receivedAt.getTime() > latest) {
    out.push({
      field: ['receivedAt'],
      code: 'RECEIVED_IN_FUTURE',
      message: { zh: '受理时间不能晚于当前时间', en: 'Received time cannot be in the future' },
    });
  }
  if (facts.incidentAt) {
    const bound = facts.receivedAt ? Math.min(facts.receivedAt.getTime(), latest) : latest;
    if (facts.incidentAt.getTime() > bound) {
      out.push({
        field: ['incidentAt'],
        code: 'INCIDENT_AFTER_RECEIPT',
        message: { zh: '事发时间不能晚于受理时间', en: 'The incident cannot be after the complaint was received' },
      });
    }
  }
  return out;
}
