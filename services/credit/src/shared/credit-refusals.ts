import type { Message } from '@crm/platform';
import { platformRefusals } from '@crm/platform';

export const CREDIT_PROFILE: Message = { zh: '信用档案', en: 'Credit profile' };

/** Every refusal the credit subgraph gives, by code: a code always comes out with the same message and field. */
export const creditRefusals = platformRefusals.extend({
  /** a receivable is placed by its selling department. */
  DEPARTMENT_OUT_OF_SCOPE: {
    field: ['input', 'departmentId'],
    message: ({ departmentId }: { departmentId: string }): Message => ({
      zh: `部门 ${departmentId} 不在您的数据范围内`,
      en: `Department ${departmentId} is outside your data scope`,
    }),
  },
  DUPLICATE_INVOICE_REF: {
    field: ['input', 'invoiceRef'],
    message: ({ invoiceRef }: { invoiceRef: string }): Message => ({
      zh: `发票 ${invoiceRef} 已登记为应收账款`,
      en: `Invoice ${invoiceRef} is already recorded as a receivable`,
    }),
  },
  /** CRD-027: without a term of its own or of its grade, the feed must send one. */
  PAYMENT_TERM_UNKNOWN: {
    field: ['input', 'termDays'],
    message: (): Message => ({
      zh: '客户没有账期(无信用档案或未评级),请提供账期天数',
      en: 'The customer has no payment term (no credit profile or no grade); send termDays',
    }),
  },
  LIMIT_CHANGE_PENDING: {
    field: ['input', 'customerId'],
    message: ({ approvalId }: { approvalId: string | null }): Message => ({
      zh: `该客户已有待审批的额度变更(审批单 ${approvalId}),请待审批完成或撤回后再申请`,
      en: `A limit change for this customer awaits approval (request ${approvalId}); wait for the decision or withdraw it`,
    }),
  },
  /** CRD-020: standing limits are set in date order, so two never overlap. */
  LIMIT_PERIOD_OVERLAP: {
    field: ['input', 'validFrom'],
    message: ({ validFrom }: { validFrom: string }): Message => ({
      zh: `已有自 ${validFrom} 起生效的常设额度,请按日期顺序设置额度`,
      en: `A standing limit already starts on ${validFrom}; set limits in date order`,
    }),
  },
  /** CRD-018; the exposure figure only for callers who may read it. */
  LIMIT_BELOW_EXPOSURE: {
    field: ['input', 'amount'],
    message: ({ amount, exposure }: { amount: string; exposure: string | null }): Message =>
      exposure === null
        ? { zh: `信用额度 ${amount} 低于客户当前敞口`, en: `The limit ${amount} is below the customer's current exposure` }
        : {
            zh: `信用额度 ${amount} 低于客户当前敞口 ${exposure}`,
            en: `The limit ${amount} is below the customer's current exposure ${exposure}`,
          },
  },
  /** CRD-001: one profile per customer. */
  CREDIT_PROFILE_EXISTS: {
    field: ['input', 'customerId'],
    message: (): Message => ({ zh: '该客户已有信用档案', en: 'The customer already has a credit profile' }),
  },
  /** Also what a caller outside the profile's scope is told. */
  CREDIT_PROFILE_NOT_FOUND: {
    field: ['input', 'customerId'],
    message: (): Message => ({ zh: '该客户没有信用档案', en: 'The customer has no credit profile' }),
  },
});
