import type { ApprovalAttributes, ApprovalState, ApprovalTemplate } from '@crm/platform';
import { formatCents, toCents } from '@crm/platform';
import type { CreditGrade, CreditLimitState, CreditSubjectType } from '../../generated/resolvers-types';
import type { CreditPolicy } from '../../shared/credit-policy';

/** The X-054 template that approves a limit change (CRD-017). */
export const CREDIT_LIMIT_TEMPLATE = 'CREDIT_LIMIT';
/** The subject of a limit's approval request: the table of the limit row it decides. */
export const CREDIT_LIMIT_SUBJECT = 'credit_limit';

/** Why a limit change skips the amount bands and goes to the top of the CREDIT_LIMIT chain (the GM). */
export type LimitEscalation = 'ABOVE_GRADE_CAP' | 'RELATED_PARTY';
const ESCALATIONS: readonly LimitEscalation[] = ['ABOVE_GRADE_CAP', 'RELATED_PARTY'];

/** CRD-005: a customer that is not rated yet is treated as grade C, so C's cap applies to it. */
export const UNRATED_CAP_GRADE: CreditGrade = 'C';

/** What of the customer's profile decides who approves its limit. */
export interface LimitApprovalProfile {
  grade: CreditGrade | null;
  subjectType: CreditSubjectType;
}

/**
 * Whether a limit change goes straight to the top of the chain:
 * - CRD-006: a related party's limit changes always need the GM, whatever the amount;
 * - CRD-017: a limit above the grade's cap needs the GM, whatever its amount band.
 */
export function limitEscalation(amount: string, profile: LimitApprovalProfile, policy: CreditPolicy): LimitEscalation | null {
  if (profile.subjectType === 'RELATED_PARTY') return 'RELATED_PARTY';
  const cap = policy.limitCapByGrade[profile.grade ?? UNRATED_CAP_GRADE];
  if (cap !== null && toCents(amount) > toCents(cap)) return 'ABOVE_GRADE_CAP';
  return null;
}

/**
 * The attributes a CREDIT_LIMIT request is submitted with: the amount selects the band, the escalation (as
 * the request's kind) the top chain; the grade is kept with the request to show why.
 */
export function limitApprovalAttributes(amount: string, profile: LimitApprovalProfile, policy: CreditPolicy): ApprovalAttributes {
  return { amount: formatCents(toCents(amount)), grade: profile.grade, kind: limitEscalation(amount, profile, policy) };
}

/**
 * A template catalogue with the CRD-017 escalation in front of the CREDIT_LIMIT amount bands: an
 * escalated request takes the template's last chain, the one for amounts above every band (the GM by default), so
 * the bands and the top approver stay the catalogue's configuration.
 */
export function withLimitEscalation(catalogue: readonly ApprovalTemplate[]): ApprovalTemplate[] {
  return catalogue.map((template) => {
    if (template.code !== CREDIT_LIMIT_TEMPLATE || template.chains.length === 0) return template;
    const top = template.chains[template.chains.length - 1];
    return { ...template, chains: [{ when: { kinds: [...ESCALATIONS] }, steps: [...top.steps] }, ...template.chains] };
  });
}

/**
 * The state a pending limit takes when its request reaches `approval`: EFFECTIVE once approved, REJECTED when
 * rejected or withdrawn; null while undecided (a step approved with more to come, or returned to the requester).
 */
export function limitStateAfter(approval: ApprovalState): CreditLimitState | null {
  if (approval === 'APPROVED') return 'EFFECTIVE';
  if (approval === 'REJECTED' || approval === 'WITHDRAWN') return 'REJECTED';
  return null;
}
