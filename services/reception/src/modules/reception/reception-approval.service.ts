import type { DataSource, EntityManager } from 'typeorm';
import type { Access, ApprovalRequestEntity, Outcome, RequestContext, UseCaseContext } from '@crm/platform';
import { Approvals, refusableTransaction, refused, succeeded, userError } from '@crm/platform';
import type { ReceptionEntity } from './entities/reception.entity';
import type { GiftRequestEntity } from './entities/gift-request.entity';
import { assessGifts } from './gift-request.rules';
import { approvalsToSubmit, RECEPTION_SUBJECT, submissionOutcome } from './reception-approval.rules';
import { receptionApprovalTemplates } from './reception.approvals';
import { budgetOf } from './reception-budget.rules';
import type { ReceptionPolicy } from './reception-policy';
import { DEFAULT_RECEPTION_POLICY } from './reception-policy';
import { requestViolations } from './reception-request.rules';
import type { SubmitReceptionInput } from '../../generated/resolvers-types';
import { receptionNotFound, staleReception } from './reception-refusals';
import { RECEPTION, receptionRefusals } from '../../shared/reception-refusals';
import { receptionPlacement } from './reception-scope';
import {
  approvalsByIds,
  giftRequestOf,
  receptionById,
  receptionByIdOrFail,
  updateGiftRequestVersioned,
  updateReceptionVersioned,
  withdrawApproval,
} from './reception.store';

type Ctx = UseCaseContext;

/** Requests still open (pending, or returned and not resubmitted) are closed when their reception moves on. */
const OPEN_STATES = new Set(['PENDING', 'DRAFT']);

export async function closeOpenApprovals(
  manager: EntityManager,
  reception: ReceptionEntity,
  approvals: readonly ApprovalRequestEntity[],
  why: string,
): Promise<void> {
  for (const approval of approvals.filter((a) => OPEN_STATES.has(a.state))) {
    if (!(await withdrawApproval(manager, approval, why))) throw concurrentDecision(reception);
  }
}

/**
 * Another decision on the reception's approvals got there first. Thrown, so the whole transaction rolls back; the
 * mutation reports it in its userErrors like any stale version.
 */
const concurrentDecision = (reception: ReceptionEntity) =>
  receptionRefusals.refuse('STALE_VERSION', { what: RECEPTION, current: reception.version });

/** The approval requests of a reception's latest submission: by class, over standard, important gifts (REC-008, REC-009). */
const approvalIdsOf = (reception: ReceptionEntity, gifts: GiftRequestEntity | null): string[] =>
  [reception.approvalId, reception.overStandardApprovalId, gifts?.approvalId ?? null].filter((id): id is string => id !== null);

/** Submitting a reception for approval (REC-008, REC-009) and following the approvers' decisions (X-050). */
export class ReceptionApprovalService {
  private readonly approvals: Approvals;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly policy: ReceptionPolicy = DEFAULT_RECEPTION_POLICY,
  ) {
    this.approvals = new Approvals(receptionApprovalTemplates(policy));
  }

  /** DRAFT → SUBMITTED by the requester, opening the approvals REC-008 and REC-009 ask for in the same transaction. */
  async submit(input: SubmitReceptionInput, ctx: Ctx): Promise<Outcome<ReceptionEntity>> {
    // A refusal rolls back whatever the submission wrote before it: the approvals it opened go with it.
    return refusableTransaction(this.dataSource, async (manager) => {
      const found = await receptionById(manager, input.id);
      // Outside the caller's scope is reported as not found.
      const current = found && this.access.covers('reception:UPDATE', receptionPlacement(found)) ? found : null;
      if (!current) return refused<ReceptionEntity>([receptionNotFound(ctx.lang)]);
      if (current.state !== 'DRAFT') {
        return refused<ReceptionEntity>([receptionRefusals.userError(ctx.lang, 'NOT_DRAFT', { state: current.state })]);
      }
      // The state machine lets the requester submit; an approver must not be the one who submitted.
      if (current.createdBy !== ctx.caller.id) {
        return refused<ReceptionEntity>([receptionRefusals.userError(ctx.lang, 'NOT_REQUESTER')]);
      }
      if (current.version !== input.version) return refused<ReceptionEntity>([staleReception(ctx.lang, current.version)]);
      // The rules may have changed since the draft was saved (e.g. a higher minimum host rank): it must pass them now.
      const problems = requestViolations({ ...current, budget: budgetOf(current) }, this.policy);
      if (problems.length) return refused<ReceptionEntity>(problems.map((p) => userError(ctx.lang, p.code, p.field, p.message)));

      const gifts = await giftRequestOf(manager, current.id);
      // A request returned for changes is superseded by this submission.
      const earlier = approvalIdsOf(current, gifts);
      if (earlier.length)
        await closeOpenApprovals(manager, current, await approvalsByIds(manager, earlier), 'superseded by a new submission');
      const ids: Pick<ReceptionEntity, 'approvalId' | 'overStandardApprovalId'> = { approvalId: null, overStandardApprovalId: null };
      let giftApprovalId: string | null = null;
      for (const needed of approvalsToSubmit(current, this.policy, gifts?.items ?? [])) {
        const opened = await this.approvals.submit(
          manager,
          needed.template,
          { type: RECEPTION_SUBJECT, id: current.id },
          needed.attributes,
          ctx,
          needed.reason,
        );
        if (needed.template === 'RECEPTION') ids.approvalId = opened.id;
        else if (needed.template === 'RECEPTION_OVER_STANDARD') ids.overStandardApprovalId = opened.id;
        else giftApprovalId = opened.id;
      }
      // The reception is written first: its version condition is what serialises this submission with gift edits.
      const written = await updateReceptionVersioned(manager, current, input.version, {
        state: 'SUBMITTED',
        ...ids,
        updatedBy: ctx.caller.id,
      });
      if (!written) return refused<ReceptionEntity>([staleReception(ctx.lang, current.version)]);
      if (gifts) {
        // REC-009 is judged under the policy in force at submission, which may differ from the one the list was saved under.
        const important = assessGifts(gifts.items, this.policy).important;
        if (gifts.approvalId !== giftApprovalId || gifts.important !== important) {
          const giftsWritten = await updateGiftRequestVersioned(manager, gifts, gifts.version, {
            approvalId: giftApprovalId,
            important,
            updatedBy: ctx.caller.id,
          });
          if (!giftsWritten) return refused<ReceptionEntity>([staleReception(ctx.lang, current.version)]);
        }
      }
      return succeeded(await receptionByIdOrFail(manager, current.id));
    });
  }
}

/**
 * The platform calls this in the deciding transaction (governance.onApprovalDecided): the reception follows its
 * approvals (REC-008, REC-009, reception.md §3). APPROVED once every approval it needs is approved; REJECTED on a
 * rejection; back to DRAFT when an approval is returned for changes or withdrawn. An approval left open then is
 * withdrawn.
 */
export async function applyApprovalDecision(
  manager: EntityManager,
  request: ApprovalRequestEntity,
  context: RequestContext<unknown>,
): Promise<void> {
  // A multi-step chain still under way changes nothing yet.
  if (request.subjectType !== RECEPTION_SUBJECT || request.state === 'PENDING') return;
  const reception = await receptionById(manager, request.subjectId);
  // Requests of an earlier submission no longer steer the reception.
  if (!reception || reception.state !== 'SUBMITTED') return;
  const current = approvalIdsOf(reception, await giftRequestOf(manager, reception.id));
  if (!current.includes(request.id)) return;
  const otherIds = current.filter((id) => id !== request.id);
  const others = otherIds.length ? await approvalsByIds(manager, otherIds) : [];
  const next = submissionOutcome([request.state, ...others.map((o) => o.state)]);
  if (next !== 'SUBMITTED')
    await closeOpenApprovals(manager, reception, others, `reception ${next} after ${request.template} ${request.state}`);
  // Written even while another approval is pending: the version condition serialises decisions on the reception's
  // approvals, so one taken on a stale view of the other is rolled back instead of leaving the reception waiting.
  const patch: Partial<ReceptionEntity> =
    next === 'SUBMITTED' ? { updatedBy: context.caller.id } : { state: next, updatedBy: context.caller.id };
  if (!(await updateReceptionVersioned(manager, reception, reception.version, patch))) throw concurrentDecision(reception);
}
