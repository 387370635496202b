import { BenchOperation } from './operation';

const LIFECYCLE_STAGES = ['POTENTIAL', 'NEW', 'LOYAL', 'CHURNED'];
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The 12 calendar months (Asia/Shanghai) ending with the current one, as [from, to) instants. */
export function lastTwelveMonths(now: Date): { label: string; from: string; to: string }[] {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const start = (y: number, m: number) => new Date(Date.UTC(y, m, 1) - SHANGHAI_OFFSET_MS).toISOString();
  return Array.from({ length: 12 }, (_, k) => {
    const m = month - 11 + k;
    const first = new Date(Date.UTC(year, m, 1));
    return {
      label: `m${first.getUTCFullYear()}_${String(first.getUTCMonth() + 1).padStart(2, '0')}`,
      from: start(year, m),
      to: start(year, m + 1),
    };
  });
}

/**
 * Q3 BI: complaints per month for the last 12 months, and customer counts by grade × lifecycle stage. Until the
 * complaint monthly analysis exists, the months are 12 aliased complaints(filter: receivedFrom/To) totalCounts.
 * The customer counts use customerCounts(groupBy: [GRADE, LIFECYCLE_STAGE]) when the supergraph has it, else 16
 * aliased customers(filter) totalCounts.
 */
export const biOverview: BenchOperation = {
  id: 'Q3',
  title: 'BI overview',
  description: 'complaints per month for 12 months + customer counts by grade × lifecycle stage (COUNT queries)',
  targets: ['apollo', 'hive'],
  prepare: ({ now, grades, supergraph }) => {
    const months = lastTwelveMonths(now);
    const aggregate = /\bcustomerCounts\s*\(/.test(supergraph);
    const customerPart = aggregate
      ? '  customersByGradeAndStage: customerCounts(groupBy: [GRADE, LIFECYCLE_STAGE]) { grade lifecycleStage count }'
      : grades
          .flatMap((grade) =>
            LIFECYCLE_STAGES.map(
              (stage) =>
                `  c${grade}_${stage}: customers(filter: { grades: [${grade}], lifecycleStages: [${stage}] }, first: 0) { totalCount }`,
            ),
          )
          .join('\n');
    const complaintPart = months
      .map(
        (m) => `  ${m.label}: complaints(filter: { receivedFrom: $${m.label}_from, receivedTo: $${m.label}_to }, first: 0) { totalCount }`,
      )
      .join('\n');
    const parameters = months.map((m) => `$${m.label}_from: DateTime!, $${m.label}_to: DateTime!`).join(', ');
    const variables = Object.fromEntries(
      months.flatMap((m) => [
        [`${m.label}_from`, m.from],
        [`${m.label}_to`, m.to],
      ]),
    );
    return {
      query: `query BiOverview(${parameters}) {\n${complaintPart}\n${customerPart}\n}`,
      variables: () => variables,
      variant: aggregate
        ? '12 complaint month counts + customerCounts(groupBy: [GRADE, LIFECYCLE_STAGE])'
        : `12 complaint month counts + ${grades.length * LIFECYCLE_STAGES.length} customer counts (aliases)`,
    };
  },
};
