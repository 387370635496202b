import type { ApprovalEffect } from '../../shared/customer-approvals';
import { terminationDecided } from './lifecycle.service';

/** Termination (CUS-036): an approved request terminates the customer. */
export const LIFECYCLE_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  CUSTOMER_TERMINATION: terminationDecided,
};
