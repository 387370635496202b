import { mergeAreaResolvers, trimmed } from '../src';

describe('shared fittings of the subgraphs', () => {
  it('merges the resolvers of every area per type, and refuses a field two areas both resolve', () => {
    const profile = { Query: { customer: (): string => 'c' }, Customer: { name: (): string => 'n' } };
    const grading = { Query: { gradeAssessments: (): string[] => [] }, Customer: { gradeHistory: (): string[] => [] } };
    const merged = mergeAreaResolvers<Record<string, Record<string, unknown>>>([profile, grading]);
    expect(Object.keys(merged.Query).sort()).toEqual(['customer', 'gradeAssessments']);
    expect(Object.keys(merged.Customer).sort()).toEqual(['gradeHistory', 'name']);
    expect(() => mergeAreaResolvers([profile, { Customer: { name: (): string => 'other' } }])).toThrow(
      'Customer.name is resolved by two areas',
    );
  });

  it('trims every string of an input and keeps the other values', () => {
    expect(trimmed({ name: ' 杭州华越商贸 ', grade: null, count: 3 })).toEqual({ name: '杭州华越商贸', grade: null, count: 3 });
  });
});
