import type { ApprovalEffect } from '../../shared/customer-approvals';
import { disclosureDecided } from './disclosure.service';

/** External disclosure: a decided request clears or refuses the disclosure. */
export const DISCLOSURE_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  EXTERNAL_DISCLOSURE: disclosureDecided,
};
