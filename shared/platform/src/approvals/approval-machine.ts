import { Caller } from '../auth/caller';

/** X-050 states of an approval request. */
export const APPROVAL_STATES = ['DRAFT', 'PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export type ApprovalDecision = 'APPROVE' | 'REJECT' | 'RETURN' | 'WITHDRAW' | 'SUBMIT';

/**
 * One step of a frozen chain and, once decided, who decided it, when, and with what comment. `role` is one role, or
 * alternatives any one of which may decide the step, written `GM|VP` (X-034: "GM or VP").
 */
export interface ApprovalStep {
  role: string;
  /** When the step became current (X-052: its due date runs from here); absent in requests stored before. */
  activatedAt?: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decision: 'APPROVED' | 'REJECTED' | 'RETURNED' | null;
  comment: string | null;
}

export interface ApprovalSnapshot {
  state: ApprovalState;
  requesterId: string;
  steps: ApprovalStep[];
  currentStep: number;
}

/** Why a decision is refused: a stable code and both languages. */
export interface ApprovalRefusal {
  code: 'NOT_PENDING' | 'NOT_YOUR_STEP' | 'OWN_REQUEST' | 'ALREADY_DECIDED_A_STEP' | 'COMMENT_REQUIRED' | 'NOT_REQUESTER';
  zh: string;
  en: string;
}

export type DecisionResult = { ok: true; next: ApprovalSnapshot } | { ok: false; refusal: ApprovalRefusal };

const refuse = (code: ApprovalRefusal['code'], zh: string, en: string): DecisionResult => ({ ok: false, refusal: { code, zh, en } });

/**
 * the approval state machine, pure: who may decide what, and the state a decision leads to.
 * The requester may not approve their own request; one person may not decide two steps of one request.
 */
export function decide(
  request: ApprovalSnapshot,
  decision: ApprovalDecision,
  actor: Caller,
  comment: string | null,
  at: Date,
): DecisionResult {
  if (decision === 'SUBMIT') {
    // A request returned for changes goes round the same frozen chain again, every step undecided.
    if (request.state !== 'DRAFT')
      return refuse('NOT_PENDING', '只有退回的申请可以重新提交', 'Only a returned request can be submitted again');
    if (actor.id !== request.requesterId) return refuse('NOT_REQUESTER', '只有申请人可以重新提交', 'Only the requester may submit again');
    return {
      ok: true,
      next: {
        ...request,
        state: 'PENDING',
        currentStep: 0,
        steps: stepsFor(
          request.steps.map((s) => s.role),
          at,
        ),
      },
    };
  }
  if (decision === 'WITHDRAW') {
    if (request.state !== 'PENDING' && request.state !== 'DRAFT')
      return refuse('NOT_PENDING', '审批已结束', 'The request is no longer open');
    if (actor.id !== request.requesterId) return refuse('NOT_REQUESTER', '只有申请人可以撤回', 'Only the requester may withdraw');
    return { ok: true, next: { ...request, state: 'WITHDRAWN' } };
  }
  if (request.state !== 'PENDING') return refuse('NOT_PENDING', '审批不在待审状态', 'The request is not pending');
  const step = request.steps[request.currentStep];
  if (!mayDecideStep(step.role, actor.roles)) {
    const who = stepRoles(step.role).join(' / ');
    return refuse('NOT_YOUR_STEP', `当前步骤须由 ${who} 审批`, `The current step is for ${who}`);
  }
  if (actor.id === request.requesterId) return refuse('OWN_REQUEST', '不能审批自己的申请', 'You cannot approve your own request');
  if (request.steps.some((s) => s.decidedBy === actor.id))
    return refuse('ALREADY_DECIDED_A_STEP', '同一人不能审批同一申请的两个步骤', 'One person may not decide two steps of a request');
  const trimmed = comment?.trim() || null;
  if ((decision === 'REJECT' || decision === 'RETURN') && !trimmed) {
    return refuse(
      'COMMENT_REQUIRED',
      decision === 'REJECT' ? '驳回须说明理由' : '退回须说明意见',
      decision === 'REJECT' ? 'A rejection needs a reason' : 'Returning for changes needs a comment',
    );
  }
  const decided: ApprovalStep = {
    ...step,
    decidedBy: actor.id,
    decidedByName: actor.name,
    decidedAt: at.toISOString(),
    decision: decision === 'APPROVE' ? 'APPROVED' : decision === 'REJECT' ? 'REJECTED' : 'RETURNED',
    comment: trimmed,
  };
  const steps = request.steps.map((s, i) => (i === request.currentStep ? decided : s));
  if (decision === 'REJECT') return { ok: true, next: { ...request, steps, state: 'REJECTED' } };
  if (decision === 'RETURN') return { ok: true, next: { ...request, steps, state: 'DRAFT' } };
  const last = request.currentStep === request.steps.length - 1;
  if (last) return { ok: true, next: { ...request, steps, state: 'APPROVED' } };
  const following = request.currentStep + 1;
  const activated = steps.map((s, i) => (i === following ? { ...s, activatedAt: at.toISOString() } : s));
  return { ok: true, next: { ...request, steps: activated, state: 'PENDING', currentStep: following } };
}

/** The roles any one of which may decide a step (`GM|VP` → GM, VP). */
export const stepRoles = (role: string): string[] => role.split('|');

/** Does one of the caller's roles decide a step written as `role` (alternatives allowed)? */
export const mayDecideStep = (role: string, callerRoles: readonly string[]): boolean =>
  stepRoles(role).some((r) => callerRoles.includes(r));

/** A fresh chain of undecided steps, the first current from `at` when given. */
export function stepsFor(roles: readonly string[], at?: Date): ApprovalStep[] {
  return roles.map((role, i) => ({
    role,
    activatedAt: i === 0 && at ? at.toISOString() : null,
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    decision: null,
    comment: null,
  }));
}
