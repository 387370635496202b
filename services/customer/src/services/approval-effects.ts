import type { ApprovalEffect } from './customer-approvals';
import { exportDecided, fileAccessDecided, fileLoanDecided } from './confidentiality.service';
import { filingDecided } from './customer.service';
import { disclosureDecided } from './disclosure.service';
import { gradeResultDecided, overrideDecided } from './grading.service';
import { terminationDecided } from './lifecycle.service';
import { transferDecided } from './ownership-transfer.service';

/** What each approval template of the customer subgraph unblocks when its request is decided. */
export const CUSTOMER_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  CUSTOMER_FILING: filingDecided,
  COUNTERPARTY_ADMISSION: filingDecided,
  GRADE_RESULT: gradeResultDecided,
  GRADE_OVERRIDE: overrideDecided,
  OWNERSHIP_TRANSFER: transferDecided,
  FILE_ACCESS: fileAccessDecided,
  FILE_LOAN: fileLoanDecided,
  EXPORT: exportDecided,
  CUSTOMER_TERMINATION: terminationDecided,
  EXTERNAL_DISCLOSURE: disclosureDecided,
};
