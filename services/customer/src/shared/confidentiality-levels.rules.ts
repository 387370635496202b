import type { ConfidentialityLevel, CustomerGrade, CustomerSize } from '../generated/resolvers-types';
import type { CustomerPolicy } from './customer-policy';
import { holdsAny } from './roles';

const RANK: Record<ConfidentialityLevel, number> = { SECRET: 1, CONFIDENTIAL: 2, TOP_SECRET: 3 };

export const isClassified = (level: ConfidentialityLevel): boolean => RANK[level] >= RANK.CONFIDENTIAL;

export function highestLevel(levels: readonly ConfidentialityLevel[]): ConfidentialityLevel {
  return levels.reduce<ConfidentialityLevel>((top, level) => (RANK[level] > RANK[top] ? level : top), 'SECRET');
}

/** raised to CONFIDENTIAL when the customer becomes grade A or BIG; never lowered automatically. */
export function autoRaisedLevel(
  current: ConfidentialityLevel,
  grade: CustomerGrade | null,
  size: CustomerSize,
  policy: CustomerPolicy,
): ConfidentialityLevel {
  const important =
    (grade !== null && policy.confidentiality.raiseOnGrades.includes(grade)) || policy.confidentiality.raiseOnSizes.includes(size);
  return important && RANK[current] < RANK.CONFIDENTIAL ? 'CONFIDENTIAL' : current;
}

/** TOP_SECRET, and any lowering, only by the level setters (CS_MANAGER, GM). */
export function mayChangeLevel(
  from: ConfidentialityLevel,
  to: ConfidentialityLevel,
  roles: readonly string[],
  policy: CustomerPolicy,
): boolean {
  if (to === 'TOP_SECRET' || RANK[to] < RANK[from]) return holdsAny(roles, policy.confidentiality.levelSetterRoles);
  return true;
}
