import type { EntityManager } from 'typeorm';
import type { ApprovalRequestEntity, ApprovalTemplate } from '@crm/platform';
import { addCalendarDays, Approvals } from '@crm/platform';
import { lockCreditProfile } from '../credit-profile/credit-profile.service';
import type { CreditLimitEntity } from './entities/credit-limit.entity';
import { limitById, standingRowsFrom, updateLimitVersioned } from './credit-limit.store';
import { CREDIT_LIMIT_SUBJECT, CREDIT_LIMIT_TEMPLATE, limitStateAfter, withLimitEscalation } from './limit-approval.rules';

/** The X-054 template for a special contract beyond the credit limit (超出信用范围的特殊合同, CRD-025): the GM decides. */
export const CREDIT_EXCEPTION_TEMPLATE = 'CREDIT_EXCEPTION';

/**
 * The credit limits' approval templates (X-054 defaults, configuration; amount bands are inclusive upper bounds in
 * yuan): a limit change by amount band (CRD-017), and the exception that overcomes a failed credit check (CRD-025).
 */
export const CREDIT_LIMIT_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  {
    code: CREDIT_LIMIT_TEMPLATE,
    title: '信用额度',
    chains: [
      { when: { maxAmount: '500000.00' }, steps: ['SALES_DEPT_MANAGER'] },
      { when: { maxAmount: '2000000.00' }, steps: ['VP'] },
      { steps: ['GM'] },
    ],
  },
  { code: CREDIT_EXCEPTION_TEMPLATE, title: '超信用特殊合同', chains: [{ steps: ['GM'] }] },
];

/** The catalogue credit limits are submitted with: CREDIT_LIMIT with its CRD-017/CRD-006 escalation in front. */
export const CREDIT_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = withLimitEscalation(CREDIT_LIMIT_APPROVAL_TEMPLATES);

/** The approvals engine limit requests are submitted to. */
export const CREDIT_APPROVALS = new Approvals(CREDIT_APPROVAL_TEMPLATES);

/**
 * The effect of a decided CREDIT_LIMIT request, applied in the deciding transaction (the platform's
 * decideCreditApproval calls it): APPROVED → the pending limit becomes EFFECTIVE and the standing limit in force on
 * its first day ends the day before (or, starting that same day, is SUPERSEDED); REJECTED or WITHDRAWN → the limit
 * is REJECTED and the standing limit stays in force. Undecided outcomes (a step approved with more to come, a return
 * for changes) leave the limit pending. Every change is a versioned, audited update.
 */
export async function applyLimitDecision(manager: EntityManager, request: ApprovalRequestEntity): Promise<void> {
  if (request.template !== CREDIT_LIMIT_TEMPLATE || request.subjectType !== CREDIT_LIMIT_SUBJECT) return;
  const next = limitStateAfter(request.state);
  if (!next) return;
  const limit = await limitById(manager, request.subjectId);
  // A decided request whose limit is gone or no longer pending is an inconsistency: fail the decision, change nothing.
  if (!limit || limit.state !== 'PENDING_APPROVAL' || !limit.scopeId) {
    throw new Error(`credit limit ${request.subjectId} of approval ${request.id} is not pending (state ${limit?.state ?? 'missing'})`);
  }
  // Same lock as a limit request: the customer's standing rows cannot change while this decision applies.
  await lockCreditProfile(manager, limit.scopeId);
  if (next === 'EFFECTIVE') {
    for (const row of await standingRowsFrom(manager, limit.scopeId, limit.validFrom)) {
      const patch: Partial<CreditLimitEntity> =
        row.validFrom >= limit.validFrom ? { state: 'SUPERSEDED' } : { validUntil: addCalendarDays(limit.validFrom, -1) };
      await mustUpdate(manager, row, patch);
    }
  }
  await mustUpdate(manager, limit, { state: next });
}

async function mustUpdate(manager: EntityManager, row: CreditLimitEntity, patch: Partial<CreditLimitEntity>): Promise<void> {
  // Rows read under the profile lock cannot be stale; if one is, the decision must not half-apply.
  if (!(await updateLimitVersioned(manager, row, row.version, patch)))
    throw new Error(`credit limit ${row.id} changed while its approval was decided`);
}
