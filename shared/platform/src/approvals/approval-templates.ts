import { toCents } from '../money/money';

/** What selects a chain: the amount at stake, the grade or level of the subject, a kind. */
export interface ApprovalAttributes {
  /** Yuan, as a decimal string. */
  amount?: string | null;
  grade?: string | null;
  level?: string | null;
  kind?: string | null;
}

/**
 * A step decided by the head of the requester's department (X-054 "requester's department head", 002 L343 and L355:
 * 所在单位(部门)盖章,负责人签字). At submission it becomes `DEPARTMENT_HEAD:<department id>` (departmentHeadStep), and
 * a caller in a role that heads departments decides it for their department and the departments below it.
 */
export const DEPARTMENT_HEAD = 'DEPARTMENT_HEAD';

/** The frozen form of a DEPARTMENT_HEAD step for a requester of `departmentId`. */
export const departmentHeadStep = (departmentId: string): string => `${DEPARTMENT_HEAD}:${departmentId}`;

/** A chain applies when every condition it names holds; the first applicable chain of a template is used. */
export interface ApprovalChain {
  when?: { maxAmount?: string; grades?: string[]; levels?: string[]; kinds?: string[] };
  /** Roles that approve one after the other; a step written `GM|VP` is decided by either. */
  steps: string[];
}

export interface ApprovalTemplate {
  code: string;
  title: string;
  chains: ApprovalChain[];
}

/**
 * X-054 template catalogue: the default chains (configuration, replaceable per deployment). Amount bands are
 * inclusive upper bounds in yuan.
 */
export const DEFAULT_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  { code: 'CUSTOMER_FILING', title: '客户备案', chains: [{ steps: ['SALES_DEPT_MANAGER'] }] },
  { code: 'COUNTERPARTY_ADMISSION', title: '客商准入', chains: [{ steps: ['RISK_CONTROL', 'VP', 'GM'] }] },
  { code: 'GRADE_RESULT', title: '客户等级评定', chains: [{ when: { grades: ['A'] }, steps: ['VP', 'GM'] }, { steps: ['VP'] }] },
  { code: 'GRADE_OVERRIDE', title: '等级调整', chains: [{ steps: ['VP'] }] },
  { code: 'OWNERSHIP_TRANSFER', title: '客户移交', chains: [{ steps: ['CUSTOMER_DEPT_MANAGER'] }] },
  {
    code: 'FILE_ACCESS',
    title: '档案查阅',
    chains: [{ when: { levels: ['CONFIDENTIAL', 'TOP_SECRET'] }, steps: [DEPARTMENT_HEAD, 'INFO_SPECIALIST', 'CS_MANAGER'] }, { steps: [DEPARTMENT_HEAD, 'INFO_SPECIALIST'] }],
  },
  { code: 'FILE_LOAN', title: '档案借阅', chains: [{ steps: [DEPARTMENT_HEAD, 'INFO_SPECIALIST'] }] },
  // one approver, any of the level's roles ("SECRET → INFO_SUPERVISOR or GM; CONFIDENTIAL/TOP_SECRET → GM or VP").
  { code: 'EXPORT', title: '客户资料导出', chains: [{ when: { levels: ['CONFIDENTIAL', 'TOP_SECRET'] }, steps: ['GM|VP'] }, { steps: ['INFO_SUPERVISOR|GM'] }] },
  { code: 'EXTERNAL_DISCLOSURE', title: '对外披露', chains: [{ steps: ['INFO_SUPERVISOR', 'CS_MANAGER', 'GM'] }] },
  { code: 'CREDIT_ADMISSION', title: '信用准入', chains: [{ when: { kinds: ['PROACTIVE'] }, steps: ['GM'] }, { steps: ['SALES_DEPT_MANAGER'] }] },
  {
    code: 'CREDIT_LIMIT',
    title: '信用额度',
    chains: [
      { when: { maxAmount: '500000.00' }, steps: ['SALES_DEPT_MANAGER'] },
      { when: { maxAmount: '2000000.00' }, steps: ['VP'] },
      { steps: ['GM'] },
    ],
  },
  { code: 'CREDIT_EXCEPTION', title: '超信用特殊合同', chains: [{ steps: ['GM'] }] },
  { code: 'BAD_DEBT', title: '坏账核销', chains: [{ steps: ['FINANCE', 'GM'] }] },
  { code: 'COMPLAINT_EXTENSION', title: '投诉延期', chains: [{ steps: ['CS_MANAGER'] }] },
  { code: 'SUPPLIER_ADMISSION', title: '供应商准入', chains: [{ when: { kinds: ['NEGOTIATED'] }, steps: ['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP', 'GM'] }, { steps: ['PROCUREMENT_UNIT', 'RISK_CONTROL', 'VP'] }] },
  { code: 'SUPPLIER_BLACKLIST', title: '供应商黑名单', chains: [{ steps: ['GM'] }] },
  { code: 'RECEPTION', title: '接待审批', chains: [{ when: { grades: ['A'] }, steps: ['GM'] }, { when: { grades: ['B'] }, steps: ['SALES_DIRECTOR'] }, { when: { grades: ['C'] }, steps: ['SALES_DEPT_MANAGER'] }, { steps: ['SECTION_CHIEF'] }] },
  { code: 'RECEPTION_OVER_STANDARD', title: '超标准接待', chains: [{ steps: ['GM'] }] },
  { code: 'GIFT_IMPORTANT', title: '重要礼品', chains: [{ steps: ['EXEC_COMMITTEE'] }] },
];

function applies(chain: ApprovalChain, attributes: ApprovalAttributes): boolean {
  const when = chain.when;
  if (!when) return true;
  if (when.maxAmount !== undefined && (attributes.amount == null || toCents(attributes.amount) > toCents(when.maxAmount))) return false;
  if (when.grades && !when.grades.includes(attributes.grade ?? '')) return false;
  if (when.levels && !when.levels.includes(attributes.level ?? '')) return false;
  if (when.kinds && !when.kinds.includes(attributes.kind ?? '')) return false;
  return true;
}

/**
 * the chain of a template for these attributes (resolved once, at submission). A DEPARTMENT_HEAD step names the
 * requester's department; a requester without one (a system task) has no department head, so the step is left out.
 */
export function resolveChain(templates: readonly ApprovalTemplate[], code: string, attributes: ApprovalAttributes, requesterDepartmentId: string | null = null): string[] {
  const template = templates.find((t) => t.code === code);
  if (!template) throw new Error(`unknown approval template ${code}`);
  const chain = template.chains.find((c) => applies(c, attributes));
  if (!chain) throw new Error(`approval template ${code} has no chain for ${JSON.stringify(attributes)}`);
  return chain.steps.flatMap((step) => {
    const roles = step.split('|').flatMap((role) => (role !== DEPARTMENT_HEAD ? [role] : requesterDepartmentId ? [departmentHeadStep(requesterDepartmentId)] : []));
    return roles.length ? [roles.join('|')] : [];
  });
}
