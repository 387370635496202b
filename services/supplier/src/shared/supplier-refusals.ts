import type { Message } from '@crm/platform';
import { platformRefusals } from '@crm/platform';

export const SUPPLIER: Message = { zh: '供应商', en: 'Supplier' };

/** Every refusal the supplier subgraph gives, by code: a code always comes out with the same message and field. */
export const supplierRefusals = platformRefusals.extend({
  /** SUP-010: an admitted supplier's settlement account changes only through FINANCE approval. */
  BANK_ACCOUNT_CHANGE_NEEDS_APPROVAL: {
    field: ['input', 'bankAccount', 'accountNo'],
    message: (): Message => ({
      zh: '已准入供应商变更结算账户须经财务审批',
      en: 'Changing the settlement account of an admitted supplier needs FINANCE approval',
    }),
  },
  DUPLICATE_USCC: {
    field: ['input', 'usccCode'],
    message: ({ holder }: { holder: string }): Message => ({
      zh: `供应商 ${holder} 已使用该统一社会信用代码`,
      en: `Supplier ${holder} already has this USCC`,
    }),
  },
  /** SUP-010: one settlement account, one supplier. */
  BANK_ACCOUNT_IN_USE: {
    field: ['input', 'bankAccount', 'accountNo'],
    message: ({ holder }: { holder: string }): Message => ({
      zh: `该银行账号已被供应商 ${holder} 使用`,
      en: `This account number is already held by supplier ${holder}`,
    }),
  },
  /** SUP-013: a USCC or account on an active blacklist entry. */
  SUPPLIER_BLACKLISTED: {
    message: ({ through }: { through: string }): Message => ({
      zh: `该申请人在黑名单中,禁入期至 ${through}`,
      en: `The applicant is blacklisted until ${through}`,
    }),
  },
  /** supplier.md §3: an admission decided after its supplier stopped applying cannot admit it. */
  SUPPLIER_NOT_APPLYING: {
    message: ({ code, status }: { code: string; status: string }): Message => ({
      zh: `供应商 ${code} 已不在申请中(${status}),不能准入`,
      en: `Supplier ${code} is no longer applying (${status}) and cannot be admitted`,
    }),
  },
});
