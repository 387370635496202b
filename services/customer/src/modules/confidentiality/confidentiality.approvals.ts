import type { ApprovalEffect } from '../../shared/customer-approvals';
import { exportDecided, fileAccessDecided, fileLoanDecided } from './confidentiality.service';

/** File access, loans and exports: a decided request grants, lends or clears the export. */
export const CONFIDENTIALITY_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  FILE_ACCESS: fileAccessDecided,
  FILE_LOAN: fileLoanDecided,
  EXPORT: exportDecided,
};
