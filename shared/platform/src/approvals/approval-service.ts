import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Caller } from '../auth/caller';
import { writeAudit } from '../audit/audit-writer';
import { updateVersioned } from '../audit/versioned-update';
import { Clock } from '../clock/clock';
import { Lang, Message } from '../graphql/i18n';
import { DomainError, platformRefusals } from '../graphql/refusals';
import { Outcome, refused, succeeded } from '../graphql/user-errors';
import { ApprovalDecision, ApprovalStep, decide, stepsFor } from './approval-machine';
import { ApprovalRequestEntity } from './approval-request.entity';
import { ApprovalAttributes, ApprovalTemplate, resolveChain } from './approval-templates';

export interface ApprovalSubject {
  type: string;
  id: string;
}

const APPROVAL_REQUEST: Message = { zh: '审批申请', en: 'Approval request' };

/** Who submits, and the request's clock: a request run "as of" an instant stamps its steps then. */
export type Submitter = Caller | { caller: Caller; clock: Clock };

/** What a decision needs of the request: its language and its clock (the decision is stamped on it). */
export interface DecidingRequest {
  lang: Lang;
  clock: Clock;
}

/** Decoded steps of a stored request. */
export const stepsOf = (request: ApprovalRequestEntity): ApprovalStep[] => JSON.parse(request.steps) as ApprovalStep[];

/**
 * The approvals engine as a subgraph uses it, inside its own write transaction: submit a request for a subject
 * (chain resolved and frozen now, X-051), decide it (X-050 state machine, versioned and audited as DECISION, X-041).
 * The subgraph applies the effect of an APPROVED request (the state it unblocks) in the same transaction.
 */
export class Approvals {
  /** `templates`: the subgraph's own (X-054); deciding needs none, a request follows the chain frozen at submission. */
  constructor(private readonly templates: readonly ApprovalTemplate[] = []) {}

  async submit(
    manager: EntityManager,
    template: string,
    subject: ApprovalSubject,
    attributes: ApprovalAttributes,
    submitter: Submitter,
    reason: string | null = null,
  ): Promise<ApprovalRequestEntity> {
    const [requester, now] = 'clock' in submitter ? [submitter.caller, submitter.clock.now()] : [submitter, new Date()];
    const chain = resolveChain(this.templates, template, attributes, requester.departmentId);
    const request = manager.create(ApprovalRequestEntity, {
      id: randomUUID(),
      template,
      subjectType: subject.type,
      subjectId: subject.id,
      requesterId: requester.id,
      attributes: JSON.stringify(attributes),
      steps: JSON.stringify(stepsFor(chain, now)),
      currentStep: 0,
      currentRole: chain[0],
      state: 'PENDING',
      reason,
      version: 1,
    });
    await manager.insert(ApprovalRequestEntity, request);
    return manager.findOneByOrFail(ApprovalRequestEntity, { id: request.id });
  }

  async decide(
    manager: EntityManager,
    id: string,
    version: number,
    decision: ApprovalDecision,
    comment: string | null,
    actor: Caller,
    { lang, clock }: DecidingRequest,
  ): Promise<Outcome<ApprovalRequestEntity>> {
    const current = await manager.findOneBy(ApprovalRequestEntity, { id });
    if (!current) return refused([platformRefusals.userError(lang, 'NOT_FOUND', { what: APPROVAL_REQUEST })]);
    const result = decide(
      { state: current.state, requesterId: current.requesterId, steps: stepsOf(current), currentStep: current.currentStep },
      decision,
      actor,
      comment,
      clock.now(),
    );
    // The state machine's refusals (X-050) carry their own codes and texts; they point at the decision.
    if (!result.ok) return refused([new DomainError(result.refusal.code, ['input', 'decision'], result.refusal).toUserError(lang)]);
    const { next } = result;
    const currentRole = next.state === 'PENDING' ? next.steps[next.currentStep].role : null;
    const written = await updateVersioned(manager, ApprovalRequestEntity, current, version, {
      state: next.state,
      steps: JSON.stringify(next.steps),
      currentStep: next.currentStep,
      currentRole,
    });
    if (!written) {
      return refused([platformRefusals.userError(lang, 'STALE_VERSION', { what: APPROVAL_REQUEST, current: current.version })]);
    }
    await writeAudit(manager, [
      {
        entityType: 'approval_request',
        entityId: id,
        action: 'DECISION',
        note: `${current.template} ${decision}${comment ? `: ${comment}` : ''} → ${next.state}`,
      },
    ]);
    return succeeded(await manager.findOneByOrFail(ApprovalRequestEntity, { id }));
  }
}
