import type { ApprovalTemplate } from '@crm/platform';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { terminationDecided } from './lifecycle.service';

/** Termination (CUS-036): an approved request terminates the customer. */
export const LIFECYCLE_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  CUSTOMER_TERMINATION: terminationDecided,
};

/** Lifecycle (CUS-036): terminating a customer. */
export const LIFECYCLE_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  { code: 'CUSTOMER_TERMINATION', title: '客户终止', chains: [{ steps: ['SALES_DEPT_MANAGER'] }] },
];
