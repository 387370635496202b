import type { Outcome, UserError } from '@crm/platform';

/**
 * Maps an outcome with several result fields to a payload `{ ...fields, userErrors }`; on refusal the fields take
 * the given empty values. (The platform's toPayload covers the one-field case.)
 */
export function payloadOf<T extends object, E extends { [K in keyof T]: T[K] | null }>(
  outcome: Outcome<T>,
  empty: E,
): (T | E) & { userErrors: UserError[] } {
  return outcome.ok ? { ...outcome.value, userErrors: [] } : { ...empty, userErrors: outcome.userErrors };
}
