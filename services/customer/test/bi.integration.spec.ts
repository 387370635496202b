import { randomUUID } from 'node:crypto';
import { Caller } from '@crm/platform';
import { GradeAssessmentEntity } from '../src/shared/entities/grade-assessment.entity';
import { fileCustomer, Harness, startHarness, staff } from './support/harness';

/** BI aggregates through GraphQL: GROUP BY in SQL, within the caller's scope (section 5, X-021, X-026). */
describe('BI aggregates (integration)', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    // X-021 worked example 5 has a SALES_REP read customerCounts: the default role table grants reps aggregates (OWN).
    h = await startHarness('2026-01-15T02:00:00Z');
    const open = async (key: string, caller: Caller, type: string, orderedOn: string | null) => {
      const created = await h.mutate<{ customer: { id: string } }>(
        caller,
        'createCustomer',
        { name: `BI客户${key}`, entityKind: 'COMPANY', type, region: 'BI区' },
        'customer { id }',
      );
      ids[key] = created.customer.id;
      if (orderedOn)
        await h.mutate(
          caller,
          'recordCustomerOrder',
          { customerId: ids[key], orderRef: `SO-${key}`, orderedOn, amount: '1000', paid: true },
          'order { id }',
        );
    };
    await open('r1', staff.rep, 'DEALER', '2026-01-10');
    await open('r2', staff.rep, 'DEALER', '2026-02-03');
    await open('r3', staff.rep, 'RETAILER', null);
    await open('s1', staff.southRep, 'DEALER', '2026-02-20');
    await open('s2', staff.southRep, 'AGENT', null);
  });
  afterAll(() => h.stop());

  type Count = {
    grade: string | null;
    provisional: boolean | null;
    lifecycleStage: string | null;
    type: string | null;
    region: string | null;
    count: number;
  };
  const COUNTS =
    'query($groupBy: [CustomerDimension!]!) { customerCounts(groupBy: $groupBy, filter: { region: "BI区" }) { grade provisional lifecycleStage type region count } }';

  it('counts customers by grade × lifecycle × type × region in one SQL statement', async () => {
    h.svc.sqlCounter.reset();
    const rows = (
      await h.gql<{ customerCounts: Count[] }>(staff.salesManager, COUNTS, { groupBy: ['GRADE', 'LIFECYCLE_STAGE', 'TYPE', 'REGION'] })
    ).customerCounts;
    expect(h.svc.sqlCounter.count).toBe(1);
    expect(rows).toEqual(
      expect.arrayContaining([
        { grade: 'C', provisional: null, lifecycleStage: 'NEW', type: 'DEALER', region: 'BI区', count: 3 },
        { grade: null, provisional: null, lifecycleStage: 'POTENTIAL', type: 'RETAILER', region: 'BI区', count: 1 },
        { grade: null, provisional: null, lifecycleStage: 'POTENTIAL', type: 'AGENT', region: 'BI区', count: 1 },
      ]),
    );
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(5);
  });

  it('shows provisional grades separately', async () => {
    const rows = (await h.gql<{ customerCounts: Count[] }>(staff.salesManager, COUNTS, { groupBy: ['GRADE', 'PROVISIONAL'] }))
      .customerCounts;
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ grade: 'C', provisional: true, count: 3 }),
        expect.objectContaining({ grade: null, provisional: false, count: 2 }),
      ]),
    );
  });

  it('X-021 worked example 5: a SALES_REP’s counts cover only own customers', async () => {
    const rows = (await h.gql<{ customerCounts: Count[] }>(staff.rep, COUNTS, { groupBy: ['TYPE'] })).customerCounts;
    expect(rows.map((r) => [r.type, r.count])).toEqual([
      ['DEALER', 2],
      ['RETAILER', 1],
    ]);
  });

  it('new customers per month by first transaction, by filing date and by creation', async () => {
    const query =
      'query($basis: NewCustomerBasis!) { newCustomersPerMonth(from: "2025-12-01", to: "2026-03-31", basis: $basis) { month count } }';
    const byTrade = (
      await h.gql<{ newCustomersPerMonth: { month: string; count: number }[] }>(staff.salesManager, query, { basis: 'FIRST_TRADE' })
    ).newCustomersPerMonth;
    expect(byTrade).toEqual([
      { month: '2025-12', count: 0 },
      { month: '2026-01', count: 1 },
      { month: '2026-02', count: 2 },
      { month: '2026-03', count: 0 },
    ]);
    h.clock.set('2026-03-05T02:00:00Z');
    await fileCustomer(h, staff.rep, { region: 'BI区' });
    const byFiling = (
      await h.gql<{ newCustomersPerMonth: { month: string; count: number }[] }>(staff.salesManager, query, { basis: 'FILING' })
    ).newCustomersPerMonth;
    expect(byFiling.find((m) => m.month === '2026-03')!.count).toBeGreaterThanOrEqual(1);
    const byCreation = (
      await h.gql<{ newCustomersPerMonth: { month: string; count: number }[] }>(staff.salesManager, query, { basis: 'CREATED' })
    ).newCustomersPerMonth;
    expect(byCreation.reduce((sum, m) => sum + m.count, 0)).toBeGreaterThanOrEqual(6);
  });

  it('the grade migration matrix between two annual review cycles, within scope', async () => {
    const assessment = (customerId: string, cycleYear: number, resultGrade: string, state = 'APPROVED') =>
      Object.assign(new GradeAssessmentEntity(), {
        id: randomUUID(),
        customerId,
        kind: 'ANNUAL',
        cycleYear,
        periodFrom: `${cycleYear - 1}-01-01`,
        periodTo: `${cycleYear - 1}-12-31`,
        resultGrade,
        state,
        version: 1,
        createdBy: 's-test',
      });
    await h.svc.dataSource
      .getRepository(GradeAssessmentEntity)
      .insert([
        assessment(ids.r1, 2026, 'A'),
        assessment(ids.r1, 2027, 'B'),
        assessment(ids.r2, 2026, 'A'),
        assessment(ids.r2, 2027, 'B'),
        assessment(ids.r3, 2026, 'C'),
        assessment(ids.r3, 2027, 'C'),
        assessment(ids.s1, 2026, 'B'),
        assessment(ids.s1, 2027, 'A'),
        assessment(ids.s2, 2026, 'D'),
        assessment(ids.s2, 2027, 'C', 'SUBMITTED'),
      ]);
    const query = '{ gradeMigrations(fromCycle: 2026, toCycle: 2027) { fromGrade toGrade count } }';
    expect((await h.gql<{ gradeMigrations: unknown[] }>(staff.salesManager, query)).gradeMigrations).toEqual([
      { fromGrade: 'A', toGrade: 'B', count: 2 },
      { fromGrade: 'B', toGrade: 'A', count: 1 },
      { fromGrade: 'C', toGrade: 'C', count: 1 },
    ]);
    expect((await h.gql<{ gradeMigrations: unknown[] }>(staff.southRep, query)).gradeMigrations).toEqual([
      { fromGrade: 'B', toGrade: 'A', count: 1 },
    ]);
  });

  it('problem, dormant and churn-risk customers per department', async () => {
    await h.mutate(
      staff.southRep,
      'recordComplaintFacts',
      { customerId: ids.s1, asOf: '2026-03-01', openValidComplaints: 1, validComplaintsLast12Months: 4 },
      'customer { id }',
    );
    const rows = (
      await h.gql<{
        customerSignalsByDepartment: {
          departmentId: string;
          problemCustomers: number;
          dormantCustomers: number;
          churnRiskCustomers: number;
        }[];
      }>(staff.salesManager, '{ customerSignalsByDepartment { departmentId problemCustomers dormantCustomers churnRiskCustomers } }')
    ).customerSignalsByDepartment;
    expect(rows.find((r) => r.departmentId === 'd-sales-south')).toEqual({
      departmentId: 'd-sales-south',
      problemCustomers: 1,
      dormantCustomers: 0,
      churnRiskCustomers: 0,
    });
  });
});
