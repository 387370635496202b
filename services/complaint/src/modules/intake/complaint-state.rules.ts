import type { ComplaintState } from '../../generated/resolvers-types';

/**
 * The complaint state machine of the rule book (section 3), without guards: which state may follow which. The
 * guards (who, which facts) belong to the handling flow; this table is what "open" and "terminal" are derived from.
 */
export const COMPLAINT_TRANSITIONS: Readonly<Record<ComplaintState, readonly ComplaintState[]>> = {
  // CONSULTATION and SUGGESTION go straight from REGISTERED to CLOSED with the reply.
  REGISTERED: ['INVESTIGATING', 'INVALID', 'WAITING_CUSTOMER', 'CLOSED'],
  INVESTIGATING: ['PLANNED', 'INVALID', 'WAITING_CUSTOMER'],
  PLANNED: ['IMPLEMENTING', 'WAITING_CUSTOMER'],
  IMPLEMENTING: ['CLOSED', 'WAITING_CUSTOMER'],
  // Back to the state it came from.
  WAITING_CUSTOMER: ['REGISTERED', 'INVESTIGATING', 'PLANNED', 'IMPLEMENTING'],
  // → INVESTIGATING is a reopening: cycle + 1 (CMP-026).
  CLOSED: ['RETURN_VISITED', 'INVESTIGATING', 'ARCHIVED'],
  RETURN_VISITED: ['INVESTIGATING', 'ARCHIVED'],
  INVALID: ['ARCHIVED'],
  ARCHIVED: [],
};

export const COMPLAINT_STATES = Object.keys(COMPLAINT_TRANSITIONS) as ComplaintState[];

/** A registered case starts here, whatever its type (— → REGISTERED). */
export const INITIAL_COMPLAINT_STATE: ComplaintState = 'REGISTERED';

/** Transitions out of a terminal state that start a new handling cycle rather than continue the ended one. */
export const REOPENING_TRANSITIONS: readonly (readonly [ComplaintState, ComplaintState])[] = [
  ['CLOSED', 'INVESTIGATING'],
  ['RETURN_VISITED', 'INVESTIGATING'],
];

/**
 * Terminal for handling: the case was decided invalid or closed. What may follow is only the return visit,
 * archiving, or a reopening that starts a new cycle. These are not "open" (work queues, Customer.openComplaintCount,
 * the `open` filter), and they are not edited any more (CMP-041).
 */
export const TERMINAL_COMPLAINT_STATES: readonly ComplaintState[] = ['INVALID', 'CLOSED', 'RETURN_VISITED', 'ARCHIVED'];

/** Every other state: the handling is under way (the "any open state" of the WAITING_CUSTOMER row). */
export const OPEN_COMPLAINT_STATES: readonly ComplaintState[] = COMPLAINT_STATES.filter((s) => !TERMINAL_COMPLAINT_STATES.includes(s));

export function isOpenComplaintState(state: ComplaintState): boolean {
  return !TERMINAL_COMPLAINT_STATES.includes(state);
}
