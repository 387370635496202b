import type { EntityManager } from 'typeorm';
import type { Lang, UserError } from '@crm/platform';
import { receptionRefusals } from '../../shared/reception-refusals';
import { customerFilingOf } from './customer-filing.store';
import { settlementVerdict } from './customer-filing.rules';

/**
 * REC-011 at settlement, against reception's projection of the customer's filing state: a userError when the
 * customer is unknown, deleted or not filed, null when its expenses may be reimbursed.
 */
export async function settlementRefusal(manager: EntityManager, customerId: string, lang: Lang): Promise<UserError | null> {
  const verdict = settlementVerdict(await customerFilingOf(manager, customerId));
  if (verdict === 'CUSTOMER_NOT_FOUND' || verdict === 'CUSTOMER_NOT_FILED') return receptionRefusals.userError(lang, verdict);
  return null;
}
