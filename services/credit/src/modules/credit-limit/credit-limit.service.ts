import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Access, Approvals, Outcome } from '@crm/platform';
import { formatCents, refused, succeeded, toCents, trimmed, writeTransaction } from '@crm/platform';
import { creditRefusals } from '../../shared/credit-refusals';
import type { CreditPolicy } from '../../shared/credit-policy';
import { reachesEveryCustomer } from '../../shared/credit-scope';
import type { Ctx } from '../../shared/service-context';
import { userErrorsOf } from '../../shared/service-context';
import type { SetCreditLimitInput } from '../../generated/resolvers-types';
import { lockCreditProfile, notFound } from '../credit-profile/credit-profile.service';
import { exposureCentsOf } from '../receivables/receivables.service';
import type { CreditLimitEntity } from './entities/credit-limit.entity';
import { CREDIT_APPROVALS } from './credit-limit.approvals';
import { insertLimit, pendingLimitsOf, standingRowsFrom } from './credit-limit.store';
import { limitBelowExposure, limitViolations } from './credit-limit.rules';
import { CREDIT_LIMIT_SUBJECT, CREDIT_LIMIT_TEMPLATE, limitApprovalAttributes } from './limit-approval.rules';

/** Credit limit use cases: a customer's own standing limit, requested here and made effective by its approval. */
export class CreditLimitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly policy: CreditPolicy,
    private readonly approvals: Approvals = CREDIT_APPROVALS,
  ) {}

  /**
   * Requests a standing limit from validFrom: the row is recorded PENDING_APPROVAL and a CREDIT_LIMIT request is
   * submitted in the same transaction (CRD-017); `applyLimitDecision` makes it effective once approved. Refused at
   * request time: a limit below the exposure (CRD-018), a second change while one awaits approval, and a limit
   * starting before an approved standing limit that starts later (limits are set in date order, so two standing
   * limits never overlap, CRD-020).
   */
  async request(raw: SetCreditLimitInput, ctx: Ctx): Promise<Outcome<CreditLimitEntity>> {
    const input = trimmed(raw);
    const violations = limitViolations(input);
    if (violations.length) return refused(userErrorsOf(violations, ctx));
    // Outside the caller's scope the profile is not found; by customer id only ALL scopes reach it.
    if (!reachesEveryCustomer(this.access, 'credit:UPDATE')) return refused([notFound(ctx)]);
    return writeTransaction(this.dataSource, async (manager) => {
      // The profile row lock serialises this with every other credit write for the customer, decisions included.
      const profile = await lockCreditProfile(manager, input.customerId);
      if (!profile) return refused<CreditLimitEntity>([notFound(ctx)]);
      const exposure = await exposureCentsOf(manager, input.customerId);
      if (limitBelowExposure(toCents(input.amount), exposure)) {
        return refused<CreditLimitEntity>([this.belowExposure(input.amount, exposure, ctx)]);
      }
      const [pending] = await pendingLimitsOf(manager, [input.customerId]);
      if (pending) {
        return refused<CreditLimitEntity>([creditRefusals.userError(ctx.lang, 'LIMIT_CHANGE_PENDING', { approvalId: pending.approvalId })]);
      }
      const later = (await standingRowsFrom(manager, input.customerId, input.validFrom)).find((row) => row.validFrom > input.validFrom);
      if (later) {
        return refused<CreditLimitEntity>([creditRefusals.userError(ctx.lang, 'LIMIT_PERIOD_OVERLAP', { validFrom: later.validFrom })]);
      }
      const id = randomUUID();
      const approval = await this.approvals.submit(
        manager,
        CREDIT_LIMIT_TEMPLATE,
        { type: CREDIT_LIMIT_SUBJECT, id },
        limitApprovalAttributes(input.amount, profile, this.policy),
        ctx,
        input.reason || null,
      );
      const limit = await insertLimit(manager, {
        id,
        scope: 'CUSTOMER',
        scopeId: input.customerId,
        kind: 'STANDING',
        amount: input.amount,
        validFrom: input.validFrom,
        validUntil: input.validUntil ?? null,
        state: 'PENDING_APPROVAL',
        approvalId: approval.id,
        version: 1,
        createdBy: ctx.caller.id,
      });
      return succeeded(limit);
    });
  }

  /** CRD-018 refusal; the exposure figure only for callers who may read it. */
  private belowExposure(amount: string, exposure: bigint, ctx: Ctx) {
    const shown = this.access.can('credit.rating:READ') ? formatCents(exposure) : null;
    return creditRefusals.userError(ctx.lang, 'LIMIT_BELOW_EXPOSURE', { amount, exposure: shown });
  }
}
