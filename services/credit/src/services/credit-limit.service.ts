import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThanOrEqual, Or } from 'typeorm';
import { Access, addCalendarDays, formatCents, Outcome, refused, succeeded, toCents, userError, writeTransaction } from '@crm/platform';
import { CreditLimitEntity } from '../entities/credit-limit.entity';
import { limitBelowExposure, limitViolations } from '../domain/credit-limit-input';
import type { SetCreditLimitInput } from '../generated/resolvers-types';
import { exposureCentsByCustomer, lockedProfile } from './credit-standing.queries';
import { notFound } from './credit-profile.service';
import { reachesEveryCustomer } from './credit-scope';
import { Ctx, trimmed, userErrorsOf } from './service-context';

/** Credit limit use cases. For now: a customer's own standing limit (the approval flow comes with CRD-017). */
export class CreditLimitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: Access,
  ) {}

  /**
   * Sets the customer's standing limit from validFrom. The standing limit in force on that day ends the day before
   * (its row stays as history); a limit starting the same day is replaced. Periods are set in date order: a standing
   * limit that starts later already is a refusal, so two standing limits never overlap (CRD-020).
   */
  async setStanding(raw: SetCreditLimitInput, ctx: Ctx): Promise<Outcome<CreditLimitEntity>> {
    const input = trimmed(raw);
    const violations = limitViolations(input);
    if (violations.length) return refused(userErrorsOf(violations, ctx));
    // Outside the caller's scope the profile is not found; by customer id only ALL scopes reach it.
    if (!reachesEveryCustomer(this.access, 'credit:UPDATE')) return refused([notFound(ctx)]);
    return writeTransaction(this.dataSource, async (manager) => {
      // The profile row lock serialises this with every other credit write for the customer.
      if (!(await lockedProfile(manager, input.customerId))) return refused<CreditLimitEntity>([notFound(ctx)]);
      const exposure = (await exposureCentsByCustomer(manager, [input.customerId])).get(input.customerId) ?? 0n;
      if (limitBelowExposure(toCents(input.amount), exposure)) {
        return refused<CreditLimitEntity>([this.belowExposure(input.amount, exposure, ctx)]);
      }
      const affected = await this.standingRowsFrom(manager, input.customerId, input.validFrom);
      const later = affected.find((row) => row.validFrom > input.validFrom);
      if (later) {
        return refused<CreditLimitEntity>([
          userError(ctx.lang, 'LIMIT_PERIOD_OVERLAP', ['input', 'validFrom'], {
            zh: `已有自 ${later.validFrom} 起生效的常设额度,请按日期顺序设置额度`,
            en: `A standing limit already starts on ${later.validFrom}; set limits in date order`,
          }),
        ]);
      }
      for (const row of affected) {
        if (row.validFrom === input.validFrom) await manager.delete(CreditLimitEntity, { id: row.id });
        else await manager.update(CreditLimitEntity, { id: row.id }, { validUntil: addCalendarDays(input.validFrom, -1) });
      }
      const limit = manager.create(CreditLimitEntity, {
        id: randomUUID(),
        scope: 'CUSTOMER',
        scopeId: input.customerId,
        kind: 'STANDING',
        amount: input.amount,
        validFrom: input.validFrom,
        validUntil: input.validUntil ?? null,
        createdBy: ctx.caller.id,
      });
      return succeeded(await manager.save(limit));
    });
  }

  /** CRD-018 refusal; the exposure figure only for callers who may read it. */
  private belowExposure(amount: string, exposure: bigint, ctx: Ctx) {
    if (!this.access.can('credit.rating:READ')) {
      return userError(ctx.lang, 'LIMIT_BELOW_EXPOSURE', ['input', 'amount'], {
        zh: `信用额度 ${amount} 低于客户当前敞口`,
        en: `The limit ${amount} is below the customer's current exposure`,
      });
    }
    return userError(ctx.lang, 'LIMIT_BELOW_EXPOSURE', ['input', 'amount'], {
      zh: `信用额度 ${amount} 低于客户当前敞口 ${formatCents(exposure)}`,
      en: `The limit ${amount} is below the customer's current exposure ${formatCents(exposure)}`,
    });
  }

  /** The customer's standing rows still in force on or after `date` (open-ended or ending then or later). */
  private standingRowsFrom(manager: EntityManager, customerId: string, date: string): Promise<CreditLimitEntity[]> {
    return manager.find(CreditLimitEntity, {
      where: { scope: 'CUSTOMER', kind: 'STANDING', scopeId: customerId, validUntil: Or(IsNull(), MoreThanOrEqual(date)) },
    });
  }
}
