import type { ApprovalEffect } from '../../shared/customer-approvals';
import { gradeResultDecided, overrideDecided } from './grading.service';

/** Grading (CUS-019, CUS-021): an approved result or manual grade becomes the customer's grade. */
export const GRADING_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  GRADE_RESULT: gradeResultDecided,
  GRADE_OVERRIDE: overrideDecided,
};
