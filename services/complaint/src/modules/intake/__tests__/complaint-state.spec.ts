import {
  COMPLAINT_STATES,
  COMPLAINT_TRANSITIONS,
  INITIAL_COMPLAINT_STATE,
  isOpenComplaintState,
  OPEN_COMPLAINT_STATES,
  REOPENING_TRANSITIONS,
  TERMINAL_COMPLAINT_STATES,
} from '../complaint-state.rules';

describe('complaint state machine (rule book section 3)', () => {
  it('a registered case starts in REGISTERED', () => {
    expect(INITIAL_COMPLAINT_STATE).toBe('REGISTERED');
    expect(isOpenComplaintState(INITIAL_COMPLAINT_STATE)).toBe(true);
  });

  it('open and terminal states split all nine states', () => {
    expect(COMPLAINT_STATES).toHaveLength(9);
    expect([...OPEN_COMPLAINT_STATES, ...TERMINAL_COMPLAINT_STATES].sort()).toEqual([...COMPLAINT_STATES].sort());
    expect(OPEN_COMPLAINT_STATES.filter((s) => TERMINAL_COMPLAINT_STATES.includes(s))).toEqual([]);
    expect([...TERMINAL_COMPLAINT_STATES].sort()).toEqual(['ARCHIVED', 'CLOSED', 'INVALID', 'RETURN_VISITED']);
  });

  it('the open states are exactly "any open state" that may wait for the customer (plus waiting itself)', () => {
    const mayWait = COMPLAINT_STATES.filter((s) => COMPLAINT_TRANSITIONS[s].includes('WAITING_CUSTOMER'));
    expect([...mayWait, 'WAITING_CUSTOMER'].sort()).toEqual([...OPEN_COMPLAINT_STATES].sort());
  });

  it('CMP-026 from a terminal state the only way back to an open state is reopening (CLOSED/RETURN_VISITED → INVESTIGATING)', () => {
    const backToOpen = TERMINAL_COMPLAINT_STATES.flatMap((from) =>
      COMPLAINT_TRANSITIONS[from].filter(isOpenComplaintState).map((to) => [from, to]),
    );
    expect(backToOpen).toEqual(REOPENING_TRANSITIONS);
  });

  it('ARCHIVED is final and every state can reach it', () => {
    expect(COMPLAINT_TRANSITIONS.ARCHIVED).toEqual([]);
    const reaches = (from: string, seen = new Set<string>()): boolean => {
      if (from === 'ARCHIVED') return true;
      if (seen.has(from)) return false;
      seen.add(from);
      return COMPLAINT_TRANSITIONS[from as keyof typeof COMPLAINT_TRANSITIONS].some((to) => reaches(to, seen));
    };
    for (const state of COMPLAINT_STATES) expect([state, reaches(state)]).toEqual([state, true]);
  });

  it('every transition leads to a known state', () => {
    for (const targets of Object.values(COMPLAINT_TRANSITIONS)) for (const to of targets) expect(COMPLAINT_STATES).toContain(to);
  });
});
