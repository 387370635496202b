import type { EntityManager } from 'typeorm';
import type { Lang, UserError } from '@crm/platform';
import { userError } from '@crm/platform';
import { customerFilingOf } from './customer-filing.store';
import { settlementVerdict } from './customer-filing.rules';

/**
 * REC-011 at settlement, against reception's projection of the customer's filing state: a userError when the
 * customer is unknown, deleted or not filed, null when its expenses may be reimbursed.
 */
export async function settlementRefusal(manager: EntityManager, customerId: string, lang: Lang): Promise<UserError | null> {
  const verdict = settlementVerdict(await customerFilingOf(manager, customerId));
  if (verdict === 'CUSTOMER_NOT_FOUND') {
    return userError(lang, 'CUSTOMER_NOT_FOUND', ['input', 'id'], {
      zh: '客户不存在或已删除,费用不能报销',
      en: 'The customer does not exist or was deleted; its expenses cannot be reimbursed',
    });
  }
  if (verdict === 'CUSTOMER_NOT_FILED') {
    return userError(lang, 'CUSTOMER_NOT_FILED', ['input', 'id'], {
      zh: '客户尚未备案,费用不能报销',
      en: 'The customer is not filed; its expenses cannot be reimbursed',
    });
  }
  return null;
}
