import type { ApprovalTemplate } from '@crm/platform';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { disclosureDecided } from './disclosure.service';

/** External disclosure: a decided request clears or refuses the disclosure. */
export const DISCLOSURE_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  EXTERNAL_DISCLOSURE: disclosureDecided,
};

/** Disclosure: disclosing customer data outside the company. */
export const DISCLOSURE_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  { code: 'EXTERNAL_DISCLOSURE', title: '对外披露', chains: [{ steps: ['INFO_SUPERVISOR', 'CS_MANAGER', 'GM'] }] },
];
