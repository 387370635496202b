import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Access, Outcome, UseCaseContext, UserError } from '@crm/platform';
import { refused, succeeded, userError, writeTransaction } from '@crm/platform';
import { RECEPTION, receptionRefusals } from '../../shared/reception-refusals';
import type { ReceptionEntity } from './entities/reception.entity';
import type { GiftItemModel } from './gift-request.rules';
import { assessGifts, giftViolations } from './gift-request.rules';
import type { ReceptionPolicy } from './reception-policy';
import { DEFAULT_RECEPTION_POLICY } from './reception-policy';
import { isEditable } from './reception-state.rules';
import type { GiftItemInput, RemoveReceptionGiftsInput, SetReceptionGiftsInput } from '../../generated/resolvers-types';
import { closeOpenApprovals } from './reception-approval.service';
import { receptionNotEditable, receptionNotFound } from './reception-refusals';
import { receptionPlacement } from './reception-scope';
import {
  approvalsByIds,
  giftRequestOf,
  insertGiftRequest,
  receptionById,
  receptionByIdOrFail,
  removeGiftRequest,
  updateGiftRequestVersioned,
  updateReceptionVersioned,
} from './reception.store';

type Ctx = UseCaseContext;

const RECEPTION_ID = ['input', 'receptionId'];

const itemsOf = (input: readonly GiftItemInput[]): GiftItemModel[] =>
  input.map((item) => ({ name: item.name.trim(), unitValue: item.unitValue, qty: item.qty }));

/**
 * 礼品申请 (REC-009): the gift list is part of a reception's request (REC-007), so it is changed only while the
 * reception is a draft (also after it was returned for changes) and under the reception's version: each change bumps
 * it, which keeps a submission from opening its approvals on a gift list that changed meanwhile.
 */
export class ReceptionGiftService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly policy: ReceptionPolicy = DEFAULT_RECEPTION_POLICY,
  ) {}

  /** Adds the reception's gift request, or replaces its items; the total and REC-009 importance are computed here. */
  async set(input: SetReceptionGiftsInput, ctx: Ctx): Promise<Outcome<ReceptionEntity>> {
    const items = itemsOf(input.items);
    return this.change(input, ctx, async (manager, reception) => {
      const problems = giftViolations(items);
      if (problems.length) return problems.map((p) => userError(ctx.lang, p.code, ['input', ...p.field], p.message));
      await this.bumpReception(manager, reception, input.version, ctx);
      const { total, important } = assessGifts(items, this.policy);
      const existing = await giftRequestOf(manager, reception.id);
      if (existing) {
        if (
          !(await updateGiftRequestVersioned(manager, existing, existing.version, { items, total, important, updatedBy: ctx.caller.id }))
        ) {
          throw staleGifts(reception);
        }
      } else {
        await insertGiftRequest(manager, {
          id: randomUUID(),
          receptionId: reception.id,
          items,
          total,
          important,
          approvalId: null,
          version: 1,
          createdBy: ctx.caller.id,
          updatedBy: ctx.caller.id,
        });
      }
      return [];
    });
  }

  /** Drops the reception's gift request; an approval of it still open from a returned submission is withdrawn. */
  async remove(input: RemoveReceptionGiftsInput, ctx: Ctx): Promise<Outcome<ReceptionEntity>> {
    return this.change(input, ctx, async (manager, reception) => {
      const existing = await giftRequestOf(manager, reception.id);
      if (!existing) {
        return [receptionRefusals.userError(ctx.lang, 'NO_GIFT_REQUEST')];
      }
      await this.bumpReception(manager, reception, input.version, ctx);
      if (existing.approvalId) {
        await closeOpenApprovals(manager, reception, await approvalsByIds(manager, [existing.approvalId]), 'gift request removed');
      }
      await removeGiftRequest(manager, existing);
      return [];
    });
  }

  /**
   * The common frame of a gift change, in one transaction: the reception in the caller's scope (else not found, X-021)
   * and still a draft; `apply` returns refusals or writes. The reception as it is afterwards is the result.
   */
  private async change(
    input: { receptionId: string; version: number },
    ctx: Ctx,
    apply: (manager: EntityManager, reception: ReceptionEntity) => Promise<UserError[]>,
  ): Promise<Outcome<ReceptionEntity>> {
    // A stale version found midway is thrown (staleGifts): the transaction rolls back and the mutation reports it.
    return writeTransaction(this.dataSource, async (manager) => {
      const found = await receptionById(manager, input.receptionId);
      const reception = found && this.access.covers('reception:UPDATE', receptionPlacement(found)) ? found : null;
      if (!reception) return refused<ReceptionEntity>([receptionNotFound(ctx.lang, RECEPTION_ID)]);
      if (!isEditable(reception.state)) return refused<ReceptionEntity>([receptionNotEditable(ctx.lang, reception.state, RECEPTION_ID)]);
      const refusals = await apply(manager, reception);
      if (refusals.length) return refused<ReceptionEntity>(refusals);
      return succeeded(await receptionByIdOrFail(manager, reception.id));
    });
  }

  /** The version check and the write are one statement; it runs before any gift row is touched. */
  private async bumpReception(manager: EntityManager, reception: ReceptionEntity, version: number, ctx: Ctx): Promise<void> {
    if (!(await updateReceptionVersioned(manager, reception, version, { updatedBy: ctx.caller.id }))) throw staleGifts(reception);
  }
}

/** The reception changed since the caller read it: thrown inside the transaction so everything written before it rolls back. */
const staleGifts = (reception: ReceptionEntity) =>
  receptionRefusals.refuse('STALE_VERSION', { what: RECEPTION, current: reception.version });
