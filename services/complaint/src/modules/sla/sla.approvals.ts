import type { ApprovalTemplate } from '@crm/platform';

/**
 * The X-054 template that extends a complaint's RESOLUTION due time once, with a reason (CMP-034): the customer
 * service manager decides. Submitted once the SLA engine measures that deadline.
 */
export const COMPLAINT_EXTENSION_TEMPLATE = 'COMPLAINT_EXTENSION';

/** The SLA engine's approval templates (X-054 defaults, configuration). */
export const SLA_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  { code: COMPLAINT_EXTENSION_TEMPLATE, title: '投诉延期', chains: [{ steps: ['CS_MANAGER'] }] },
];
