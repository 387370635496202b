import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rowById, rowByIdOrFail, saveNew } from '../../shared/support/rows.store';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import type { Connection, Outcome, PageArgs } from '@crm/platform';
import { connectionOf, refused, succeeded, writeTransaction } from '@crm/platform';
import { OwnershipClaimEntity } from './entities/ownership-claim.entity';
import { customerById } from '../../shared/customer.store';
import { claimAwaitsConfirmation, claimsInStates, claimsVisibleTo } from './ownership.store';
import { claimRefusal, protectedUntil } from '../../shared/ownership.rules';
import { holdsAny } from '../../shared/roles';
import type {
  ExtendOwnershipClaimInput,
  OwnershipClaimDecisionInput,
  OwnershipClaimFilter,
  SubmitOwnershipClaimInput,
} from '../../generated/resolvers-types';
import { updateRecord } from '../../shared/support/audited-update.store';
import { activeCustomer, updateCustomerBySystem } from '../../shared/customer-writes';
import { recordOwnerChange } from './ownership-changes.service';
import { invalid, invalidState, notFound, required, roleNotAllowed } from '../../shared/refusals';
import { departedRefusal } from './ownership-staff-access.service';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';

const CLAIM = { zh: '客户申报', en: 'Ownership claim' };

const alreadyClaimed = (ctx: Ctx) =>
  invalid(ctx, 'ALREADY_CLAIMED', ['input', 'id'], {
    zh: '该客户已被其他申报确认',
    en: 'Another claim for this customer was confirmed first',
  });

/** Claims still holding a customer: a later confirmed claim or a release ends them. */
const HOLDING = ['PROTECTED', 'EXTENDED', 'LAPSED'] as const;

/** 客户申报 (CUS-027, CUS-028, CUS-029): claim, confirm (first confirmed wins), protection, lapse, extension and release. */
export class OwnershipClaimService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** Claims on customers in the caller's scope, and the caller's own claims. */
  list(filter: OwnershipClaimFilter | null | undefined, page: PageArgs, ctx: Ctx): Promise<Connection<OwnershipClaimEntity>> {
    return connectionOf(
      claimsVisibleTo(this.rt.dataSource, filter, ctx.access),
      { property: 'submittedAt', direction: 'DESC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  /** CUS-027, CUS-028: reported in the weekly or monthly report, for a customer without owner or a dormant one. */
  async submit(input: SubmitOwnershipClaimInput, ctx: Ctx): Promise<Outcome<OwnershipClaimEntity>> {
    if (!input.reportRef.trim())
      return refused([required(ctx, ['input', 'reportRef'], { zh: '周报/月报', en: 'The weekly or monthly report' })]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const departed = await departedRefusal(manager, ctx, ['input', 'customerId']);
      if (departed) return refused([departed]);
      // A claim is about a customer the claimant does not own: any customer, not only those in their scope (CUS-028).
      const found = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId'], null);
      if (!found.ok) return refused(found.userErrors);
      const refusal = claimRefusal(found.value, ctx.caller.id);
      if (refusal) return refused([invalid(ctx, refusal.code, ['input', 'customerId'], refusal.message)]);
      if (await claimAwaitsConfirmation(manager, input.customerId, ctx.caller.id)) {
        return refused([
          invalid(ctx, 'ALREADY_SUBMITTED', ['input', 'customerId'], {
            zh: '你已申报该客户,等待确认',
            en: 'Your claim for this customer awaits confirmation',
          }),
        ]);
      }
      const claim = await saveNew(manager, OwnershipClaimEntity, {
        id: randomUUID(),
        customerId: input.customerId,
        claimantId: ctx.caller.id,
        claimantDepartmentId: ctx.caller.departmentId,
        reportRef: input.reportRef.trim(),
        state: 'SUBMITTED',
        submittedAt: this.rt.clock.now(),
      });
      return succeeded(claim);
    });
  }

  /**
   * CUS-027: the first confirmed claim wins. Confirmation is serialised per customer by a conditional update of the
   * customer row on the version read: of two confirmations racing, one changes the row and the other finds it
   * changed and is refused ALREADY_CLAIMED. The winner is protected for 2 months (CUS-029); open rival claims are
   * refused in the same transaction.
   */
  async confirm(input: OwnershipClaimDecisionInput, ctx: Ctx): Promise<Outcome<OwnershipClaimEntity>> {
    const roles = this.rt.policy.ownership.claimConfirmerRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'id'], roles)]);
    const today = todayIn(this.rt);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const claim = await rowById(manager, OwnershipClaimEntity, input.id);
      if (!claim) return refused([notFound(ctx, CLAIM)]);
      if (claim.state === 'REFUSED' && claim.refusalCode === 'ALREADY_CLAIMED') return refused([alreadyClaimed(ctx)]);
      if (claim.state !== 'SUBMITTED') return refused([invalidState(ctx, CLAIM, claim.state)]);
      const customer = await rowById(manager, CustomerEntity, claim.customerId);
      if (!customer) return refused([notFound(ctx, { zh: '客户', en: 'Customer' })]);
      if (claimRefusal(customer, claim.claimantId)) return refused([alreadyClaimed(ctx)]);
      // The condition on the version read serialises confirmations of one customer: the second finds it changed.
      const moved = await updateCustomerBySystem(
        manager,
        customer,
        {
          ownerId: claim.claimantId,
          ownerDepartmentId: claim.claimantDepartmentId,
          ownerSince: today,
          dormant: false,
          lastServiceOn: null,
        },
        ctx.caller.id,
        { version: customer.version },
      );
      if (!moved) return refused([alreadyClaimed(ctx)]);
      await endClaims(manager, customer.id, ctx.caller.id, 'ALREADY_CLAIMED', claim.id);
      await updateRecord(manager, OwnershipClaimEntity, claim, {
        state: 'PROTECTED',
        confirmedAt: this.rt.clock.now(),
        decidedBy: ctx.caller.id,
        protectedUntil: protectedUntil(today, this.rt.policy),
      });
      await recordOwnerChange(
        manager,
        customer.id,
        customer.ownerId,
        { ownerId: claim.claimantId, departmentId: claim.claimantDepartmentId },
        'CLAIM',
        ctx.caller.id,
        { claimId: claim.id },
      );
      return succeeded(await rowByIdOrFail(manager, OwnershipClaimEntity, claim.id));
    });
  }

  async refuse(input: OwnershipClaimDecisionInput, ctx: Ctx): Promise<Outcome<OwnershipClaimEntity>> {
    const roles = this.rt.policy.ownership.claimConfirmerRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'id'], roles)]);
    if (!input.reason?.trim()) return refused([required(ctx, ['input', 'reason'], { zh: '不予确认的理由', en: 'The reason' })]);
    return this.decideLapsedOr(input.id, 'SUBMITTED', ctx, async (manager, claim) => {
      await updateRecord(manager, OwnershipClaimEntity, claim, {
        state: 'REFUSED',
        refusalCode: 'REFUSED_BY_MANAGER',
        decidedBy: ctx.caller.id,
      });
    });
  }

  /** CUS-029: a lapsed claim extended by re-declaration is protected for another period from today. */
  async extend(input: ExtendOwnershipClaimInput, ctx: Ctx): Promise<Outcome<OwnershipClaimEntity>> {
    const roles = this.rt.policy.ownership.claimConfirmerRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'id'], roles)]);
    if (!input.reportRef.trim())
      return refused([required(ctx, ['input', 'reportRef'], { zh: '重新申报的报表', en: 'The report with the re-declaration' })]);
    return this.decideLapsedOr(input.id, 'LAPSED', ctx, async (manager, claim) => {
      await updateRecord(manager, OwnershipClaimEntity, claim, {
        state: 'EXTENDED',
        reportRef: input.reportRef.trim(),
        protectedUntil: protectedUntil(todayIn(this.rt), this.rt.policy),
        decidedBy: ctx.caller.id,
      });
    });
  }

  /** CUS-029: a lapsed claim released: the customer has no owner and may be claimed (CUS-028). */
  async release(input: OwnershipClaimDecisionInput, ctx: Ctx): Promise<Outcome<OwnershipClaimEntity>> {
    const roles = this.rt.policy.ownership.claimConfirmerRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'id'], roles)]);
    return this.decideLapsedOr(input.id, 'LAPSED', ctx, async (manager, claim) => {
      await updateRecord(manager, OwnershipClaimEntity, claim, { state: 'RELEASED', decidedBy: ctx.caller.id });
      const customer = await customerById(manager, claim.customerId);
      if (customer.ownerId === claim.claimantId) {
        await updateCustomerBySystem(
          manager,
          customer,
          { ownerId: null, ownerSince: null, dormant: false, lastServiceOn: null },
          ctx.caller.id,
        );
        await recordOwnerChange(
          manager,
          customer.id,
          customer.ownerId,
          { ownerId: null, departmentId: customer.ownerDepartmentId },
          'RELEASED',
          ctx.caller.id,
          { claimId: claim.id },
        );
      }
    });
  }

  private decideLapsedOr(
    id: string,
    state: 'SUBMITTED' | 'LAPSED',
    ctx: Ctx,
    apply: (manager: EntityManager, claim: OwnershipClaimEntity) => Promise<void>,
  ): Promise<Outcome<OwnershipClaimEntity>> {
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const claim = await rowById(manager, OwnershipClaimEntity, id);
      if (!claim) return refused([notFound(ctx, CLAIM)]);
      if (claim.state !== state) return refused([invalidState(ctx, CLAIM, claim.state)]);
      await apply(manager, claim);
      return succeeded(await rowByIdOrFail(manager, OwnershipClaimEntity, id));
    });
  }
}

/**
 * Ends the claims on a customer that has changed hands: holding claims are RELEASED, open ones REFUSED with the
 * reason (ALREADY_CLAIMED when another claim won, TRANSFERRED when the company reassigned it).
 */
export async function endClaims(
  manager: EntityManager,
  customerId: string,
  actor: string,
  refusalCode: string,
  exceptId: string | null = null,
): Promise<void> {
  const claims = await claimsInStates(manager, customerId, ['SUBMITTED', ...HOLDING]);
  for (const claim of claims.filter((c) => c.id !== exceptId)) {
    const ended =
      claim.state === 'SUBMITTED' ? { state: 'REFUSED', refusalCode, decidedBy: actor } : { state: 'RELEASED', decidedBy: actor };
    await updateRecord(manager, OwnershipClaimEntity, claim, ended);
  }
}
