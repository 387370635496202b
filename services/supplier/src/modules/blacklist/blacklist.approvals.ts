import type { ApprovalTemplate } from '@crm/platform';

/** The X-054 template a blacklisting is approved through (SUP-034). */
export const BLACKLIST_TEMPLATE = 'SUPPLIER_BLACKLIST';

/** blacklisting a supplier needs the GM (SUP-034); configuration of the template catalogue. */
export const BLACKLIST_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  { code: BLACKLIST_TEMPLATE, title: '供应商黑名单', chains: [{ steps: ['GM'] }] },
];
