import type { ApprovalTemplate } from '@crm/platform';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { gradeResultDecided, overrideDecided } from './grading.service';

/** Grading (CUS-019, CUS-021): an approved result or manual grade becomes the customer's grade. */
export const GRADING_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  GRADE_RESULT: gradeResultDecided,
  GRADE_OVERRIDE: overrideDecided,
};

/** Grading: an assessment's result, an A grade also by the GM, and a grade override. */
export const GRADING_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  { code: 'GRADE_RESULT', title: '客户等级评定', chains: [{ when: { grades: ['A'] }, steps: ['VP', 'GM'] }, { steps: ['VP'] }] },
  { code: 'GRADE_OVERRIDE', title: '等级调整', chains: [{ steps: ['VP'] }] },
];
