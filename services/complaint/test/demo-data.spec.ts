import { Caller, DEMO_STAFF } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { DEMO_COMPLAINT_COUNT, demoComplaints, demoSequences, seedDemoData } from '../src/demo/demo-data';
import { complaintNumberSequence, formatComplaintNumber, numberingPeriod } from '../src/modules/intake/complaint-number.rules';
import { COMPLAINT_TRANSITIONS, isOpenComplaintState } from '../src/modules/intake/complaint-state.rules';
import { intakeViolations } from '../src/modules/intake/intake.rules';

const now = new Date('2026-11-26T08:00:00Z');

describe('complaint demo data', () => {
  const complaints = demoComplaints(now);

  it('is deterministic for a given month', () => {
    expect(demoComplaints(new Date('2026-11-02T00:00:00Z'))).toEqual(complaints);
  });

  it('has about 40 cases over the 12 whole months before now, across case types, channels, severities and states', () => {
    expect(complaints).toHaveLength(DEMO_COMPLAINT_COUNT);
    const months = new Set(complaints.map((c) => numberingPeriod(c.registeredAt)));
    expect([...months].sort()).toEqual([
      '202511',
      '202512',
      '202601',
      '202602',
      '202603',
      '202604',
      '202605',
      '202606',
      '202607',
      '202608',
      '202609',
      '202610',
    ]);
    expect(new Set(complaints.map((c) => c.caseType)).size).toBe(4);
    expect(new Set(complaints.map((c) => c.channel)).size).toBe(9);
    expect(new Set(complaints.map((c) => c.severity))).toEqual(new Set(['MAJOR', 'GENERAL']));
    expect(new Set(complaints.map((c) => c.state)).size).toBeGreaterThanOrEqual(8);
    expect(complaints.filter((c) => isOpenComplaintState(c.state)).length).toBeGreaterThan(5);
    expect(complaints.every((c) => c.receivedAt <= c.registeredAt && c.registeredAt < now)).toBe(true);
  });

  it('CMP-011 CMP-012 numbers each month from 0001 in registration order', () => {
    const byMonth = new Map<string, string[]>();
    for (const c of complaints) {
      const period = numberingPeriod(c.registeredAt);
      byMonth.set(period, [...(byMonth.get(period) ?? []), c.number]);
    }
    for (const [period, numbers] of byMonth) expect(numbers).toEqual(numbers.map((_, i) => formatComplaintNumber(period, i + 1)));
    expect(new Set(complaints.map((c) => c.number)).size).toBe(complaints.length);
  });

  it('CMP-013 sets each month counter to its last serial, so registration continues without a gap', () => {
    const sequences = demoSequences(complaints);
    for (const s of sequences) {
      const last = complaints.filter((c) => complaintNumberSequence(numberingPeriod(c.registeredAt)) === s.name).length;
      expect(s.lastValue).toBe(last);
    }
    expect(sequences.reduce((sum, s) => sum + s.lastValue, 0)).toBe(complaints.length);
  });

  it('every case has the facts CMP-003 requires and refers to demo staff', () => {
    const staff = new Set(DEMO_STAFF.map((s) => s.id));
    for (const c of complaints) {
      expect([c.number, intakeViolations({ ...c, qualityDetails: { ...c } }, now)]).toEqual([c.number, []]);
      expect(staff.has(c.registeredBy)).toBe(true);
      if (c.handlerId) expect(staff.has(c.handlerId)).toBe(true);
    }
  });

  it('consultations and suggestions only take their short path (REGISTERED → CLOSED → ARCHIVED)', () => {
    const short = complaints.filter((c) => c.caseType === 'CONSULTATION' || c.caseType === 'SUGGESTION');
    expect(short.length).toBeGreaterThan(0);
    for (const c of short) expect(['REGISTERED', 'CLOSED', 'ARCHIVED']).toContain(c.state);
    expect(Object.keys(COMPLAINT_TRANSITIONS)).toEqual(expect.arrayContaining(complaints.map((c) => c.state)));
  });

  describe('seeded on first start', () => {
    let svc: TestSubgraph;
    // 客户服务部经理: complaint scope ALL, so every seeded case is counted.
    const manager: Caller = { id: 's-wuhui', name: '吴慧', roles: ['CS_MANAGER'], departmentId: 'd-cs' };
    beforeAll(async () => {
      svc = await startTestSubgraph('complaint', loadConfig, start, { DEMO_DATA: 'true' });
    });
    afterAll(() => svc.stop());

    it('loads the demo cases into an empty database only', async () => {
      const result = await svc.query<{ complaints: { totalCount: number } }>(manager, '{ complaints { totalCount } }');
      expect(result.data!.complaints.totalCount).toBe(DEMO_COMPLAINT_COUNT);
      await seedDemoData(svc.dataSource, svc.log);
      const again = await svc.query<{ complaints: { totalCount: number } }>(manager, '{ complaints { totalCount } }');
      expect(again.data!.complaints.totalCount).toBe(DEMO_COMPLAINT_COUNT);
    });
  });
});
