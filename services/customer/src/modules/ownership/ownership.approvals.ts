import type { ApprovalEffect } from '../../shared/customer-approvals';
import { transferDecided } from './ownership-transfers.service';

/** Ownership (CUS-029, CUS-030): an approved transfer moves the customers. */
export const OWNERSHIP_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  OWNERSHIP_TRANSFER: transferDecided,
};
