import type { ApprovalTemplate } from '@crm/platform';
import { RECEPTION_CLASSES } from './reception-approval.rules';
import type { ReceptionPolicy } from './reception-policy';

/**
 * the reception subgraph's templates of the catalogue (configuration): RECEPTION by class (REC-008), the
 * fallback chain of RECEPTION_OVER_STANDARD, and GIFT_IMPORTANT for the executive committee (REC-009).
 */
export const RECEPTION_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  {
    code: 'RECEPTION',
    title: '接待审批',
    chains: [
      { when: { grades: ['A'] }, steps: ['GM'] },
      { when: { grades: ['B'] }, steps: ['SALES_DIRECTOR'] },
      { when: { grades: ['C'] }, steps: ['SALES_DEPT_MANAGER'] },
      { steps: ['SECTION_CHIEF'] },
    ],
  },
  { code: 'RECEPTION_OVER_STANDARD', title: '超标准接待', chains: [{ steps: ['GM'] }] },
  { code: 'GIFT_IMPORTANT', title: '重要礼品', chains: [{ steps: ['EXEC_COMMITTEE'] }] },
];

/**
 * X-054 as reception uses it: the catalogue, with RECEPTION_OVER_STANDARD chosen by class (REC-008: one level above
 * the class approver, at most GM). The catalogue's own chain stays as the fallback.
 */
export function receptionApprovalTemplates(
  policy: ReceptionPolicy,
  catalogue: readonly ApprovalTemplate[] = RECEPTION_APPROVAL_TEMPLATES,
): ApprovalTemplate[] {
  return catalogue.map((template) =>
    template.code === 'RECEPTION_OVER_STANDARD'
      ? {
          ...template,
          chains: [
            ...RECEPTION_CLASSES.map((c) => ({ when: { grades: [c] }, steps: [policy.overStandardApprover[c]] })),
            ...template.chains,
          ],
        }
      : template,
  );
}
