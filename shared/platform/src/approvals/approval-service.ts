import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Caller } from '../auth/caller';
import { writeAudit } from '../audit/audit-writer';
import { updateVersioned } from '../audit/versioned-update';
import { Lang } from '../graphql/i18n';
import { Outcome, refused, succeeded, userError } from '../graphql/user-errors';
import { ApprovalDecision, ApprovalStep, decide, stepsFor } from './approval-machine';
import { ApprovalRequestEntity } from './approval-request.entity';
import { ApprovalAttributes, ApprovalTemplate, resolveChain } from './approval-templates';

export interface ApprovalSubject {
  type: string;
  id: string;
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
    requester: Caller,
    reason: string | null = null,
  ): Promise<ApprovalRequestEntity> {
    const chain = resolveChain(this.templates, template, attributes, requester.departmentId);
    const request = manager.create(ApprovalRequestEntity, {
      id: randomUUID(),
      template,
      subjectType: subject.type,
      subjectId: subject.id,
      requesterId: requester.id,
      attributes: JSON.stringify(attributes),
      steps: JSON.stringify(stepsFor(chain, new Date())),
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
    lang: Lang,
  ): Promise<Outcome<ApprovalRequestEntity>> {
    const current = await manager.findOneBy(ApprovalRequestEntity, { id });
    if (!current)
      return refused([userError(lang, 'NOT_FOUND', ['input', 'id'], { zh: '审批申请不存在', en: 'Approval request not found' })]);
    const result = decide(
      { state: current.state, requesterId: current.requesterId, steps: stepsOf(current), currentStep: current.currentStep },
      decision,
      actor,
      comment,
      new Date(),
    );
    if (!result.ok) return refused([userError(lang, result.refusal.code, ['input', 'decision'], result.refusal)]);
    const { next } = result;
    const currentRole = next.state === 'PENDING' ? next.steps[next.currentStep].role : null;
    const written = await updateVersioned(manager, ApprovalRequestEntity, current, version, {
      state: next.state,
      steps: JSON.stringify(next.steps),
      currentStep: next.currentStep,
      currentRole,
    });
    if (!written) {
      return refused([
        userError(lang, 'STALE_VERSION', ['input', 'version'], {
          zh: '审批申请已被他人处理,请刷新',
          en: 'The request was changed by someone else; reload',
        }),
      ]);
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
