import type { Message } from '@crm/platform';
import { platformRefusals } from '@crm/platform';

export const COMPLAINT: Message = { zh: '投诉', en: 'Complaint' };

/** Every refusal the complaint subgraph gives, by code: a code always comes out with the same message and field. */
export const complaintRefusals = platformRefusals.extend({
  TOO_LONG: {
    message: ({ label, max }: { label: Message; max: number }): Message => ({
      zh: `${label.zh}不能超过 ${max} 个字符`,
      en: `${label.en} must be at most ${max} characters`,
    }),
  },
  /** X-080, CMP-013: a key is kept for the idempotency window, then may not be used again. */
  IDEMPOTENCY_KEY_REUSED: {
    field: ['input', 'idempotencyKey'],
    message: ({ windowHours, number }: { windowHours: number; number: string }): Message => ({
      zh: `该幂等键已用于 ${windowHours} 小时前登记的投诉 ${number},请使用新的键`,
      en: `This idempotency key was used for complaint ${number} more than ${windowHours} hours ago; use a new key`,
    }),
  },
  COMPLAINT_CLOSED: {
    field: ['input', 'id'],
    message: ({ number }: { number: string }): Message => ({
      zh: `投诉 ${number} 已结束处理,只能通过重新开启修改`,
      en: `Complaint ${number} is no longer open; it changes only by reopening`,
    }),
  },
});
