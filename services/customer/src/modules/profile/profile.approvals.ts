import type { ApprovalEffect } from '../../shared/customer-approvals';
import { filingDecided } from './profile.service';

/** Filing (CUS-002, CUS-004): a decided CUSTOMER_FILING or COUNTERPARTY_ADMISSION request files or rejects the profile. */
export const PROFILE_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  CUSTOMER_FILING: filingDecided,
  COUNTERPARTY_ADMISSION: filingDecided,
};
