import { complaintFactsOf } from '../complaint-facts.rules';

describe('the complaint facts announced to the customer subgraph', () => {
  const at = new Date('2026-12-06T08:00:00Z');
  it('CUS-035 counts the valid complaints received in the 12 months before the instant', () => {
    const facts = complaintFactsOf(
      [
        { state: 'CLOSED', receivedAt: new Date('2025-12-06T09:00:00Z') },
        { state: 'CLOSED', receivedAt: new Date('2025-12-06T07:00:00Z') },
        { state: 'CLOSED', receivedAt: new Date('2026-11-30T00:00:00Z') },
      ],
      at,
    );
    expect(facts.validComplaintsLast12Months).toBe(2);
  });
  it('CUS-033 counts the valid complaints still being handled as open', () => {
    const facts = complaintFactsOf(
      [
        { state: 'REGISTERED', receivedAt: new Date('2026-12-01T00:00:00Z') },
        { state: 'CLOSED', receivedAt: new Date('2026-12-01T00:00:00Z') },
      ],
      at,
    );
    expect(facts.openValidComplaints).toBe(1);
  });
});
