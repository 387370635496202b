import type { ApprovalTemplate } from '@crm/platform';

/** The X-054 template that approves a bad debt (坏账) and its write-off (核销, CRD-032): finance, then the GM. */
export const BAD_DEBT_TEMPLATE = 'BAD_DEBT';

/** The receivables' approval templates (X-054 defaults, configuration): bad debt and write-off. */
export const RECEIVABLES_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  { code: BAD_DEBT_TEMPLATE, title: '坏账核销', chains: [{ steps: ['FINANCE', 'GM'] }] },
];
