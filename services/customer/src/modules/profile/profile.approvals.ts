import type { ApprovalTemplate } from '@crm/platform';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { filingDecided } from './profile.service';

/** Filing (CUS-002, CUS-004): a decided CUSTOMER_FILING or COUNTERPARTY_ADMISSION request files or rejects the profile. */
export const PROFILE_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  CUSTOMER_FILING: filingDecided,
  COUNTERPARTY_ADMISSION: filingDecided,
};

/** Filing (CUS-002, CUS-004): a customer's filing, and a counterparty's admission. */
export const PROFILE_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  { code: 'CUSTOMER_FILING', title: '客户备案', chains: [{ steps: ['SALES_DEPT_MANAGER'] }] },
  { code: 'COUNTERPARTY_ADMISSION', title: '客商准入', chains: [{ steps: ['RISK_CONTROL', 'VP', 'GM'] }] },
];
