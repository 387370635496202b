import { toCents } from '../money/money';

// The templates themselves (X-054) are the subgraphs': each area declares its own in <area>.approvals.ts.

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
export function resolveChain(
  templates: readonly ApprovalTemplate[],
  code: string,
  attributes: ApprovalAttributes,
  requesterDepartmentId: string | null = null,
): string[] {
  const template = templates.find((t) => t.code === code);
  if (!template) throw new Error(`unknown approval template ${code}`);
  const chain = template.chains.find((c) => applies(c, attributes));
  if (!chain) throw new Error(`approval template ${code} has no chain for ${JSON.stringify(attributes)}`);
  return chain.steps.flatMap((step) => {
    const roles = step
      .split('|')
      .flatMap((role) => (role !== DEPARTMENT_HEAD ? [role] : requesterDepartmentId ? [departmentHeadStep(requesterDepartmentId)] : []));
    return roles.length ? [roles.join('|')] : [];
  });
}
