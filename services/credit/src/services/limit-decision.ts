import { EntityManager } from 'typeorm';
import { addCalendarDays, ApprovalRequestEntity, updateVersioned } from '@crm/platform';
import { CreditLimitEntity } from '../entities/credit-limit.entity';
import { CREDIT_LIMIT_SUBJECT, CREDIT_LIMIT_TEMPLATE, limitStateAfter } from '../domain/limit-approval';
import { lockedProfile, standingRowsFrom } from './credit-standing.queries';

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
  const limit = await manager.findOneBy(CreditLimitEntity, { id: request.subjectId });
  // A decided request whose limit is gone or no longer pending is an inconsistency: fail the decision, change nothing.
  if (!limit || limit.state !== 'PENDING_APPROVAL' || !limit.scopeId) {
    throw new Error(`credit limit ${request.subjectId} of approval ${request.id} is not pending (state ${limit?.state ?? 'missing'})`);
  }
  // Same lock as a limit request: the customer's standing rows cannot change while this decision applies.
  await lockedProfile(manager, limit.scopeId);
  if (next === 'EFFECTIVE') {
    for (const row of await standingRowsFrom(manager, limit.scopeId, limit.validFrom)) {
      const patch: Partial<CreditLimitEntity> = row.validFrom >= limit.validFrom ? { state: 'SUPERSEDED' } : { validUntil: addCalendarDays(limit.validFrom, -1) };
      await mustUpdate(manager, row, patch);
    }
  }
  await mustUpdate(manager, limit, { state: next });
}

async function mustUpdate(manager: EntityManager, row: CreditLimitEntity, patch: Partial<CreditLimitEntity>): Promise<void> {
  // Rows read under the profile lock cannot be stale; if one is, the decision must not half-apply.
  if (!(await updateVersioned(manager, CreditLimitEntity, row, row.version, patch))) throw new Error(`credit limit ${row.id} changed while its approval was decided`);
}
