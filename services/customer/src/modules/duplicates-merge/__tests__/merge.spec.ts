import type { MergeRecord } from '../merge.rules';
import { MERGE_FIELDS, mergeRequestProblems, planMerge } from '../merge.rules';

const record = (id: string, values: Partial<MergeRecord>): MergeRecord =>
  ({ id, ...Object.fromEntries(MERGE_FIELDS.map((f) => [f, null])), ...values }) as MergeRecord;

describe('merge rules', () => {
  it('CUS-006 a field conflicts when two records hold different values; the caller picks the winner per field', () => {
    const survivor = record('s', { name: '杭州恒信机械', phone: '0571-1', address: null });
    const merged = record('m', { name: '杭州恒信机械制造有限公司', phone: '0571-1', address: '杭州市1号' });
    const plan = planMerge(survivor, [merged], new Map([['name', 'm']]));
    expect(plan.conflicts.map((c) => [c.field, c.chosenCustomerId])).toEqual([['name', 'm']]);
    expect(plan.winners.name).toBe('m');
    expect(plan.winners.phone).toBe('s');
    expect(plan.winners.address).toBe('m');
  });

  it('CUS-006 a merge request names a survivor and distinct other customers, and only mergeable fields', () => {
    expect(mergeRequestProblems('a', ['b', 'c'], [{ field: 'phone', customerId: 'c' }])).toEqual([]);
    expect(mergeRequestProblems('a', [], []).map((p) => p.code)).toEqual(['REQUIRED']);
    expect(mergeRequestProblems('a', ['a', 'b', 'b'], []).map((p) => p.code)).toEqual(['SURVIVOR_IN_MERGED', 'DUPLICATE_ID']);
    expect(mergeRequestProblems('a', ['b'], [{ field: 'grade', customerId: 'x' }]).map((p) => p.code)).toEqual([
      'NOT_MERGEABLE',
      'NOT_IN_MERGE',
    ]);
  });
});
