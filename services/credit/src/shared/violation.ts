import type { Message } from '@crm/platform';

/** One thing wrong with an input: the input field, a stable code and the message in both languages. */
export interface Violation {
  field: string;
  code: string;
  message: Message;
}

export const violation = (field: string, code: string, zh: string, en: string): Violation => ({ field, code, message: { zh, en } });

const CUSTOMER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Customer ids are the customer subgraph's UUIDs; anything else cannot name a customer. */
export function customerIdViolation(customerId: string): Violation | null {
  return CUSTOMER_ID.test(customerId)
    ? null
    : violation('customerId', 'INVALID_CUSTOMER_ID', '客户编号格式不正确', 'Customer id is not a valid id');
}

/** A term in whole calendar days within the policy's maximum. */
export function termViolation(field: string, days: number | null | undefined, maxDays: number): Violation | null {
  if (days === null || days === undefined) return null;
  if (Number.isInteger(days) && days >= 0 && days <= maxDays) return null;
  return violation(
    field,
    'INVALID_PAYMENT_TERM',
    `账期须为 0 到 ${maxDays} 之间的整数天`,
    `Payment term must be a whole number of days from 0 to ${maxDays}`,
  );
}
