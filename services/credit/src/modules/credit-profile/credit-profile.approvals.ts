import type { ApprovalTemplate } from '@crm/platform';

/** The X-054 template that approves a credit admission (准入); a proactive grant of credit (主动授信) goes to the GM. */
export const CREDIT_ADMISSION_TEMPLATE = 'CREDIT_ADMISSION';

/** The credit profile's approval templates (X-054 defaults, configuration): credit admission. */
export const CREDIT_PROFILE_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  {
    code: CREDIT_ADMISSION_TEMPLATE,
    title: '信用准入',
    chains: [{ when: { kinds: ['PROACTIVE'] }, steps: ['GM'] }, { steps: ['SALES_DEPT_MANAGER'] }],
  },
];
