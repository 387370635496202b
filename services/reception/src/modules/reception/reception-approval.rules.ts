import type { ApprovalAttributes, ApprovalState } from '@crm/platform';
import type { ReceptionClass, ReceptionState } from '../../generated/resolvers-types';
import type { GiftItemModel } from './gift-request.rules';
import { assessGifts, importantGiftReason } from './gift-request.rules';
import type { ReceptionForStandard } from './hospitality-standard.rules';
import { hospitalityExcess, hospitalityStandard } from './hospitality-standard.rules';
import type { ReceptionPolicy } from './reception-policy';

/** The subject type of a reception's approval requests. */
export const RECEPTION_SUBJECT = 'reception';

export const RECEPTION_CLASSES: readonly ReceptionClass[] = ['A', 'B', 'C', 'D'];

export type ReceptionApprovalTemplate = 'RECEPTION' | 'RECEPTION_OVER_STANDARD' | 'GIFT_IMPORTANT';

/** One approval request a submission opens. */
export interface ApprovalToSubmit {
  template: ReceptionApprovalTemplate;
  attributes: ApprovalAttributes;
  /** Why it is requested, as the approver reads it. */
  reason: string;
}

export interface ReceptionForApproval extends ReceptionForStandard {
  purpose: string;
  budgetHospitality: string;
}

/** Approval reasons are one column of 500 characters. */
const REASON_LENGTH = 500;

/**
 * REC-008/REC-009: the approvals a submission needs. Always RECEPTION by class (attribute `grade` = the class); also
 * RECEPTION_OVER_STANDARD when the hospitality budget exceeds the REC-004/REC-005 cap, and GIFT_IMPORTANT (executive
 * committee) when the gifts are important. All must approve; gifts that are not important need no approval.
 */
export function approvalsToSubmit(
  reception: ReceptionForApproval,
  policy: ReceptionPolicy,
  gifts: readonly GiftItemModel[] = [],
): ApprovalToSubmit[] {
  const needed: ApprovalToSubmit[] = [
    {
      template: 'RECEPTION',
      attributes: { grade: reception.class },
      reason: reception.purpose.slice(0, REASON_LENGTH),
    },
  ];
  const standard = hospitalityStandard(reception, policy);
  const excess = hospitalityExcess(reception.budgetHospitality, standard, policy);
  if (excess !== null) {
    const reason =
      `招待预算 ${reception.budgetHospitality} 元超出 ${reception.class} 类标准上限 ${standard.cap} 元` +
      `(超 ${excess} 元;${standard.perPersonCap} 元/人/天 × ${standard.headcount} 人 × ${standard.days} 天)`;
    needed.push({
      template: 'RECEPTION_OVER_STANDARD',
      attributes: { grade: reception.class, amount: reception.budgetHospitality },
      reason: reason.slice(0, REASON_LENGTH),
    });
  }
  const assessment = assessGifts(gifts, policy);
  if (assessment.important) {
    needed.push({
      template: 'GIFT_IMPORTANT',
      attributes: { amount: assessment.total },
      reason: importantGiftReason(assessment, policy).slice(0, REASON_LENGTH),
    });
  }
  return needed;
}

/** Where a submitted reception stands once its approvals are in the given states (reception.md §3). */
export type SubmissionOutcome = Extract<ReceptionState, 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'DRAFT'>;

/**
 * The reception follows its approvals: one rejection rejects it; one returned (DRAFT) or withdrawn request sends it
 * back to DRAFT for changes; it is APPROVED only when every approval it needs is; otherwise it waits.
 */
export function submissionOutcome(approvalStates: readonly ApprovalState[]): SubmissionOutcome {
  if (approvalStates.includes('REJECTED')) return 'REJECTED';
  if (approvalStates.includes('DRAFT') || approvalStates.includes('WITHDRAWN')) return 'DRAFT';
  if (approvalStates.length > 0 && approvalStates.every((s) => s === 'APPROVED')) return 'APPROVED';
  return 'SUBMITTED';
}
