import type { ApprovalTemplate } from '@crm/platform';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { transferDecided } from './ownership-transfers.service';

/** Ownership (CUS-029, CUS-030): an approved transfer moves the customers. */
export const OWNERSHIP_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  OWNERSHIP_TRANSFER: transferDecided,
};

/** Ownership: a transfer of customers between owners. */
export const OWNERSHIP_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  { code: 'OWNERSHIP_TRANSFER', title: '客户移交', chains: [{ steps: ['CUSTOMER_DEPT_MANAGER'] }] },
];
