import type { Message } from '@crm/platform';
import { platformRefusals } from '@crm/platform';

export const RECEPTION: Message = { zh: '接待记录', en: 'Reception' };

/** Every refusal the reception subgraph gives, by code: a code always comes out with the same message and field. */
export const receptionRefusals = platformRefusals.extend({
  /** REC-007: the request is changed only while the reception is a draft. */
  NOT_EDITABLE: {
    field: ['input', 'id'],
    message: ({ state }: { state: string }): Message => ({
      zh: `接待处于 ${state} 状态,只有草稿可以修改`,
      en: `The reception is ${state}; only a draft can be changed`,
    }),
  },
  NOT_DRAFT: {
    field: ['input', 'id'],
    message: ({ state }: { state: string }): Message => ({
      zh: `接待处于 ${state} 状态,只有草稿可以提交审批`,
      en: `The reception is ${state}; only a draft can be submitted`,
    }),
  },
  /** the requester submits; an approver must not be the one who submitted. */
  NOT_REQUESTER: {
    field: ['input', 'id'],
    message: (): Message => ({ zh: '只有申请人可以提交审批', en: 'Only the requester may submit the reception' }),
  },
  NO_GIFT_REQUEST: {
    field: ['input', 'receptionId'],
    message: (): Message => ({ zh: '该接待没有礼品申请', en: 'The reception has no gift request' }),
  },
  /** REC-010: the costs go to the requesting department. */
  NO_COST_DEPARTMENT: {
    message: (): Message => ({
      zh: '申请人不属于任何部门,无法承担接待费用',
      en: 'The requester belongs to no department to charge the costs to',
    }),
  },
  /** REC-011: settlement follows completion. */
  NOT_COMPLETED: {
    field: ['input', 'id'],
    message: ({ state }: { state: string }): Message => ({
      zh: `接待处于 ${state} 状态,只有已完成的接待可以结算`,
      en: `The reception is ${state}; only a completed reception can be settled`,
    }),
  },
  /** REC-011, CUS-004: expenses are reimbursed only for an existing, filed, not-deleted customer. */
  CUSTOMER_NOT_FOUND: {
    field: ['input', 'id'],
    message: (): Message => ({
      zh: '客户不存在或已删除,费用不能报销',
      en: 'The customer does not exist or was deleted; its expenses cannot be reimbursed',
    }),
  },
  CUSTOMER_NOT_FILED: {
    field: ['input', 'id'],
    message: (): Message => ({ zh: '客户尚未备案,费用不能报销', en: 'The customer is not filed; its expenses cannot be reimbursed' }),
  },
});
