import type { ReceptionState } from '../../generated/resolvers-types';

/** A request starts as a draft the requester can still change (state machine, reception.md §3). */
export const INITIAL_RECEPTION_STATE: ReceptionState = 'DRAFT';

/**
 * Only a draft is edited in place: once submitted, a change would bypass the approval it is under; the approver
 * returns it to DRAFT for changes.
 */
export function isEditable(state: ReceptionState): boolean {
  return state === 'DRAFT';
}
