import type { EntityManager } from 'typeorm';
import type { ApprovalAttributes, ApprovalRequestEntity, Governance, Lang, UserError } from '@crm/platform';
import { Approvals } from '@crm/platform';
import type { Ctx, RuleEnv } from './runtime';

/** The records of the customer subgraph that approval requests are about (the request's subjectType). */
export const APPROVAL_SUBJECT = {
  customer: 'customer',
  assessment: 'grade_assessment',
  override: 'grade_override',
  transfer: 'ownership_transfer',
  fileAccess: 'file_access_request',
  fileLoan: 'file_loan',
  export: 'export_request',
  termination: 'termination_request',
  disclosure: 'disclosure_request',
} as const;

/**
 * How a decided request ends for its subject: approved, rejected, returned for changes (the engine's DRAFT) or
 * withdrawn by the requester. A step approved with more to come is not an outcome yet.
 */
export type Verdict = 'APPROVED' | 'REJECTED' | 'RETURNED' | 'WITHDRAWN';

export function verdictOf(request: Pick<ApprovalRequestEntity, 'state'>): Verdict | null {
  switch (request.state) {
    case 'APPROVED':
      return 'APPROVED';
    case 'REJECTED':
      return 'REJECTED';
    case 'DRAFT':
      return 'RETURNED';
    case 'WITHDRAWN':
      return 'WITHDRAWN';
    default:
      return null;
  }
}

/**
 * What the subject's owner does when its request ends, in the deciding transaction. Returning userErrors (in the
 * decider's language) refuses the decision when a rule forbids its effect by now: nothing of it is kept.
 */
export type ApprovalEffect = (
  manager: EntityManager,
  request: ApprovalRequestEntity,
  verdict: Verdict,
  env: RuleEnv,
  actor: string,
  lang?: Lang,
) => Promise<void | UserError[]>;

/**
 * Opens the approval request for a subject through the platform's engine, in the caller's transaction:
 * the chain for these attributes is resolved and frozen now. Returns the request id the subject keeps.
 */
export async function submitApproval(
  manager: EntityManager,
  env: RuleEnv,
  template: string,
  subject: { type: string; id: string },
  attributes: ApprovalAttributes,
  ctx: Ctx,
  reason: string | null = null,
): Promise<string> {
  const request = await new Approvals(env.policy.approvalTemplates).submit(manager, template, subject, attributes, ctx.caller, reason);
  return request.id;
}

/**
 * The seam the approvals engine calls when a customer request is decided (Governance.onApprovalDecided): the
 * template's effect runs once the request has an outcome.
 */
export function approvalDecided(
  env: RuleEnv,
  effects: Readonly<Record<string, ApprovalEffect>>,
): NonNullable<Governance['onApprovalDecided']> {
  return async (manager, request, context) => {
    const verdict = verdictOf(request);
    const effect = effects[request.template];
    return verdict && effect ? effect(manager, request, verdict, env, context.caller.id, context.lang) : undefined;
  };
}
