import { toCents } from '@crm/platform';
import type { Violation } from '../../shared/violation';
import { customerIdViolation, violation } from '../../shared/violation';

/** A customer's standing limit as setCreditLimit receives it. */
export interface LimitRequest {
  customerId: string;
  amount: string;
  validFrom: string;
  validUntil?: string | null;
  reason?: string | null;
}

/** The approval request keeps the reason in 500 characters. */
export const LIMIT_REASON_MAX_LENGTH = 500;

/** Checks a limit request (pure): a non-negative amount over a non-empty period, a reason that fits. CRD-018 needs the exposure. */
export function limitViolations(request: LimitRequest): Violation[] {
  const out: Violation[] = [];
  const badCustomer = customerIdViolation(request.customerId);
  if (badCustomer) out.push(badCustomer);
  if (toCents(request.amount) < 0n) out.push(violation('amount', 'INVALID_AMOUNT', '信用额度不能为负', 'Credit limit cannot be negative'));
  if (request.validUntil && request.validUntil < request.validFrom) {
    out.push(
      violation('validUntil', 'INVALID_PERIOD', '失效日期不能早于生效日期', 'Valid-until date cannot be before the valid-from date'),
    );
  }
  if (request.reason && request.reason.length > LIMIT_REASON_MAX_LENGTH) {
    out.push(
      violation(
        'reason',
        'TOO_LONG',
        `申请理由不能超过 ${LIMIT_REASON_MAX_LENGTH} 个字符`,
        `Reason must be at most ${LIMIT_REASON_MAX_LENGTH} characters`,
      ),
    );
  }
  return out;
}

/**
 * CRD-018: true when the limit would be below the current exposure, so it is refused.
 */
export function limitBelowExposure(amountCents: bigint, exposureCents: bigint): boolean {
  return amountCents < exposureCents;
}
