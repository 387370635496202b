import type { ProtectedFields } from '@crm/platform';

/** internal ratings, AML levels, limits and exposure are shown in full only with this permission. */
export const CREDIT_RATING_PERMISSION = 'credit.rating:READ';

const HIDDEN = { permission: CREDIT_RATING_PERMISSION, style: 'HIDE' } as const;

/** Where an audited value lives: table (as the trail names it) and entity property. */
export interface AuditedColumn {
  table: string;
  column: string;
}

/**
 * Every field the SDL masks with @masked, by schema coordinate, mapped to the audited column that holds its value,
 * or null when it is computed and never written (exposure and the grading figures are summed from receivables, whose
 * amounts are not masked). The trail must hide what the API hides (X-022 applies to the trail too).
 */
export const MASKED_FIELD_COLUMNS: Readonly<Record<string, AuditedColumn | null>> = {
  'CreditProfile.grade': { table: 'credit_profile', column: 'grade' },
  'CreditProfile.notch': { table: 'credit_profile', column: 'notch' },
  'CreditProfile.ratingValidUntil': { table: 'credit_profile', column: 'ratingValidUntil' },
  'CreditProfile.amlLevel': { table: 'credit_profile', column: 'amlLevel' },
  'CreditProfile.limit': { table: 'credit_limit', column: 'amount' },
  'CreditProfile.exposure': null,
  'CreditGradingInputs.contractAmount': null,
  'CreditGradingInputs.yearEndReceivable': null,
  'CreditLimit.amount': { table: 'credit_limit', column: 'amount' },
};

/**
 * The platform's view for the audit trail and its export: table → column → permission and mask. Besides the
 * columns above, a CREDIT_LIMIT approval request carries the requested amount (and the grade) in its attributes.
 */
export const CREDIT_PROTECTED_FIELDS: ProtectedFields = {
  credit_profile: { grade: HIDDEN, notch: HIDDEN, ratingValidUntil: HIDDEN, amlLevel: HIDDEN },
  credit_limit: { amount: HIDDEN },
  approval_request: { attributes: HIDDEN },
};
