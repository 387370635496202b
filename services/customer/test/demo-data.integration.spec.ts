import { businessDate } from '@crm/platform';
import { Harness, startHarness, staff } from './support/harness';

/** The demo data set loads, reads through every relation, and already agrees with the rules it illustrates. */
describe('demo data (integration)', () => {
  let h: Harness;
  const today = businessDate(new Date(), 'Asia/Shanghai');
  beforeAll(async () => {
    h = await startHarness(new Date().toISOString(), undefined, { DEMO_DATA: 'true' });
  });
  afterAll(() => h.stop());

  it('loads 60 customers with contacts, grades, history, visit plans and records', async () => {
    const data = await h.gql<{
      customers: {
        totalCount: number;
        edges: {
          node: { contacts: unknown[]; grade: string | null; gradeHistory: unknown[]; visitPlan: unknown; communications: unknown[] };
        }[];
      };
    }>(
      staff.gm,
      '{ customers(first: 60) { totalCount edges { node { grade contacts { name } gradeHistory { grade } visitPlan { nextDueOn } communications { subject } } } } }',
    );
    expect(data.customers.totalCount).toBe(60);
    const nodes = data.customers.edges.map((e) => e.node);
    expect(nodes.every((c) => c.contacts.length >= 1 && c.communications.length === 1)).toBe(true);
    expect(nodes.filter((c) => c.grade).every((c) => c.gradeHistory.length >= 1 && c.visitPlan !== null)).toBe(true);
  });

  it('agrees with the lifecycle, churn and dormancy rules: a detection run on the day it is loaded changes nothing', async () => {
    const run = await h.gql<{ runChurnDetection: { changes: unknown[] } }>(
      staff.system,
      'mutation($asOf: Date) { runChurnDetection(asOf: $asOf) { changes { field } } }',
      { asOf: today },
    );
    expect(run.runChurnDetection.changes).toEqual([]);
  });

  it('has grade migrations between the last two review cycles and customers in every lifecycle stage', async () => {
    const cycle = Number(today.slice(0, 4)) - (today.slice(5) >= '04-01' ? 0 : 1);
    const migrations = await h.gql<{ gradeMigrations: { count: number }[] }>(
      staff.salesManager,
      'query($a: Int!, $b: Int!) { gradeMigrations(fromCycle: $a, toCycle: $b) { count } }',
      { a: cycle - 1, b: cycle },
    );
    expect(migrations.gradeMigrations.reduce((sum, m) => sum + m.count, 0)).toBeGreaterThan(20);
    const stages = await h.gql<{ customerCounts: { lifecycleStage: string }[] }>(
      staff.salesManager,
      '{ customerCounts(groupBy: [LIFECYCLE_STAGE]) { lifecycleStage count } }',
    );
    expect(stages.customerCounts.map((c) => c.lifecycleStage).sort()).toEqual(['CHURNED', 'LOYAL', 'NEW', 'POTENTIAL']);
  });
});
