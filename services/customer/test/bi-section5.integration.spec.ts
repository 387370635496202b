import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Caller, DEFAULT_ACCESS_POLICY } from '@crm/platform';
import { DEFAULT_CUSTOMER_POLICY } from '../src';
import { CommunicationRecordEntity } from '../src/shared/entities/communication-record.entity';
import { CustomerEntity } from '../src/shared/entities/customer.entity';
import { CustomerStateChangeEntity } from '../src/shared/entities/customer-state-change.entity';
import { PeriodicReportEntity } from '../src/shared/entities/periodic-report.entity';
import { PointsEntryEntity } from '../src/shared/entities/points-entry.entity';
import { SatisfactionSurveyEntity } from '../src/shared/entities/satisfaction-survey.entity';
import { VisitPlanEntity } from '../src/shared/entities/visit-plan.entity';
import { Harness, startHarness, staff } from './support/harness';

/**
 * Section 5 aggregates added for BI: filing lag, churn and retention, periodic reports per step, points, satisfaction
 * and visits per owner and month. Facts are seeded straight into the tables with the dates each case needs; every
 * expected figure is worked out by hand in the comments. A SALES_REP (OWN scope, X-021) and a SALES_DEPT_MANAGER
 * (the sales department tree) read the same aggregates.
 */
describe('BI section 5 aggregates (integration)', () => {
  let h: Harness;
  // 2026-04-06 (a Monday) is a holiday in this deployment's calendar, so working days skip it.
  const policy = { ...DEFAULT_CUSTOMER_POLICY, calendar: { holidays: ['2026-04-06'], makeUpWorkdays: [] } };

  beforeAll(async () => {
    // As in bi.integration.spec: this deployment grants reps aggregates, which they read in OWN scope.
    const policyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'customer-bi5-')), 'access-policy.json');
    const access = {
      ...DEFAULT_ACCESS_POLICY,
      SALES_REP: { ...DEFAULT_ACCESS_POLICY.SALES_REP, grants: [...DEFAULT_ACCESS_POLICY.SALES_REP.grants, 'customer:AGGREGATE'] },
    };
    fs.writeFileSync(policyFile, JSON.stringify(access));
    h = await startHarness('2026-07-15T02:00:00Z', policy, { ACCESS_POLICY_FILE: policyFile });
  });
  afterAll(() => h.stop());

  let seq = 0;
  /** A customer opened by `caller`, who becomes its owner in their department. */
  const open = async (caller: Caller, key: string): Promise<string> => {
    seq += 1;
    const created = await h.mutate<{ customer: { id: string } }>(
      caller,
      'createCustomer',
      { name: `BI五${key}${seq}`, entityKind: 'COMPANY', type: 'DEALER' },
      'customer { id }',
    );
    return created.customer.id;
  };
  const repo = <T extends object>(entity: new () => T) => h.svc.dataSource.getRepository<T>(entity);
  const rows = async <T>(caller: Caller, query: string): Promise<T> => h.gql<T>(caller, query);

  describe('filing lag per owner and month (CUS-001, CUS-004)', () => {
    type Lag = {
      ownerId: string;
      month: string;
      filed: number;
      measured: number;
      averageLagDays: number | null;
      maxLagDays: number | null;
      overDeadline: number;
    };
    const QUERY =
      '{ filingLagByOwner(from: "2026-04-10", to: "2026-05-05") { ownerId month filed measured averageLagDays maxLagDays overDeadline } }';

    beforeAll(async () => {
      const filed = async (caller: Caller, firstContactOn: string | null, filedOn: string) => {
        const id = await open(caller, '备案');
        await repo(CustomerEntity).update(id, {
          filingStatus: 'FILED',
          filedOn,
          filedAt: new Date(`${filedOn}T02:00:00Z`),
          firstContactOn,
        });
      };
      // Deadline = 3 working days after the first contact; 2026-04-06 is a holiday.
      await filed(staff.rep, '2026-04-01', '2026-04-03'); // Wed → deadline Tue 04-07; lag 2, in time
      await filed(staff.rep, '2026-04-02', '2026-04-08'); // Thu → 03, (06 holiday) 07, 08: deadline 04-08; lag 6, in time
      await filed(staff.rep, '2026-04-01', '2026-04-20'); // deadline 04-07; lag 19, over
      await filed(staff.rep, null, '2026-04-15'); // no communication record: filed, not measured
      await filed(staff.rep, '2026-05-04', '2026-05-11'); // Mon → deadline Thu 05-07; lag 7, over
      await filed(staff.rep, '2026-05-20', '2026-05-18'); // filed before the first contact: not measured
      await filed(staff.rep, '2026-06-01', '2026-07-01'); // filed outside the months asked for
      await filed(staff.rep2, '2026-04-10', '2026-04-14'); // Fri → Mon 13, Tue 14, Wed 15; lag 4, in time
      await filed(staff.southRep, '2026-03-25', '2026-04-30'); // lag 36, over
    });

    it('CUS-004 lag from first contact to filing per owner and whole month, over the working-day deadline, in two SQL statements', async () => {
      h.svc.sqlCounter.reset();
      const { filingLagByOwner } = await rows<{ filingLagByOwner: Lag[] }>(staff.salesManager, QUERY);
      expect(h.svc.sqlCounter.count).toBe(2);
      expect(filingLagByOwner).toEqual([
        { ownerId: 's-lina', month: '2026-04', filed: 1, measured: 1, averageLagDays: 4, maxLagDays: 4, overDeadline: 0 },
        { ownerId: 's-lina', month: '2026-05', filed: 0, measured: 0, averageLagDays: null, maxLagDays: null, overDeadline: 0 },
        { ownerId: 's-wangfang', month: '2026-04', filed: 1, measured: 1, averageLagDays: 36, maxLagDays: 36, overDeadline: 1 },
        { ownerId: 's-wangfang', month: '2026-05', filed: 0, measured: 0, averageLagDays: null, maxLagDays: null, overDeadline: 0 },
        // (2 + 6 + 19) / 3 = 9
        { ownerId: 's-zhangwei', month: '2026-04', filed: 4, measured: 3, averageLagDays: 9, maxLagDays: 19, overDeadline: 1 },
        { ownerId: 's-zhangwei', month: '2026-05', filed: 2, measured: 1, averageLagDays: 7, maxLagDays: 7, overDeadline: 1 },
      ]);
    });

    it('X-021 a SALES_REP sees the filing lag of own customers only', async () => {
      const { filingLagByOwner } = await rows<{ filingLagByOwner: Lag[] }>(staff.rep, QUERY);
      expect(filingLagByOwner.map((r) => [r.ownerId, r.month, r.filed, r.overDeadline])).toEqual([
        ['s-zhangwei', '2026-04', 4, 1],
        ['s-zhangwei', '2026-05', 2, 1],
      ]);
    });
  });

  describe('churn and retention per quarter (CUS-033, CUS-034)', () => {
    type Retention = {
      quarter: string;
      activeAtStart: number;
      retainedAtEnd: number;
      churned: number;
      retentionRate: number | null;
      churnRate: number | null;
      churnReasons: { reason: string; count: number }[];
    };
    const QUERY =
      '{ customerRetentionByQuarter(from: "2026-02-01", to: "2026-06-30") { quarter activeAtStart retainedAtEnd churned retentionRate churnRate churnReasons { reason count } } }';

    beforeAll(async () => {
      const history = async (caller: Caller, changes: [string, string, string, string | null][]) => {
        const customerId = await open(caller, '流失');
        await repo(CustomerStateChangeEntity).insert(
          changes.map(([changedOn, fromValue, toValue, reason]) => ({
            id: randomUUID(),
            customerId,
            field: 'LIFECYCLE_STAGE' as const,
            fromValue,
            toValue,
            changedOn,
            reason,
            changedBy: 'SYSTEM',
          })),
        );
      };
      // R1: NEW since 2025 → active at both quarters' start and end.
      await history(staff.rep, [['2025-11-10', 'POTENTIAL', 'NEW', 'ORDER SO-1']]);
      // R2: churned 2026-02-15 → Q1 active at start, churned, not retained.
      await history(staff.rep, [
        ['2025-06-01', 'POTENTIAL', 'NEW', 'ORDER SO-2'],
        ['2026-02-15', 'NEW', 'CHURNED', 'NO_ORDER_12_MONTHS'],
      ]);
      // R3: NEW on 2025-12-31 (the eve of Q1), LOYAL in Q1, churned by hand in Q2.
      await history(staff.rep, [
        ['2025-12-31', 'POTENTIAL', 'NEW', 'ORDER SO-3'],
        ['2026-03-10', 'NEW', 'LOYAL', null],
        ['2026-05-05', 'LOYAL', 'CHURNED', '转向竞争对手'],
      ]);
      // R4: NEW on Q1's first day (not active at its start), churned and won back within Q2.
      await history(staff.rep, [
        ['2026-01-01', 'POTENTIAL', 'NEW', 'ORDER SO-4'],
        ['2026-04-20', 'NEW', 'CHURNED', 'NO_ORDER_12_MONTHS'],
        ['2026-06-10', 'CHURNED', 'NEW', 'ORDER SO-5'],
      ]);
      // R5 (south): churned on Q1's last day.
      await history(staff.southRep, [
        ['2025-10-01', 'POTENTIAL', 'NEW', 'ORDER SO-6'],
        ['2026-03-31', 'NEW', 'CHURNED', 'NO_ORDER_12_MONTHS'],
      ]);
      // R6: churned before the range: never active in it.
      await history(staff.rep2, [
        ['2025-05-01', 'POTENTIAL', 'NEW', 'ORDER SO-7'],
        ['2025-12-01', 'NEW', 'CHURNED', 'NO_ORDER_12_MONTHS'],
      ]);
      // R7: still POTENTIAL, no history.
      await open(staff.rep, '潜在');
    });

    it('section 5 retention and churn rates per quarter with churn reasons, from the lifecycle history', async () => {
      h.svc.sqlCounter.reset();
      const { customerRetentionByQuarter } = await rows<{ customerRetentionByQuarter: Retention[] }>(staff.salesManager, QUERY);
      expect(h.svc.sqlCounter.count).toBe(2);
      expect(customerRetentionByQuarter).toEqual([
        // Active at start R1 R2 R3 R5; retained R1 R3; churned R2 R5.
        {
          quarter: '2026-Q1',
          activeAtStart: 4,
          retainedAtEnd: 2,
          churned: 2,
          retentionRate: 0.5,
          churnRate: 0.5,
          churnReasons: [{ reason: 'NO_ORDER_12_MONTHS', count: 2 }],
        },
        // Active at start R1 R3 R4; retained R1 R4 (won back); churned R3 R4.
        {
          quarter: '2026-Q2',
          activeAtStart: 3,
          retainedAtEnd: 2,
          churned: 2,
          retentionRate: 0.6667,
          churnRate: 0.6667,
          churnReasons: [
            { reason: 'NO_ORDER_12_MONTHS', count: 1 },
            { reason: '转向竞争对手', count: 1 },
          ],
        },
      ]);
    });

    it('X-021 a SALES_REP’s retention covers own customers only', async () => {
      const { customerRetentionByQuarter } = await rows<{ customerRetentionByQuarter: Retention[] }>(staff.rep, QUERY);
      // Without R5 (south): Q1 active R1 R2 R3, retained R1 R3, churned R2.
      expect(customerRetentionByQuarter.map((q) => [q.quarter, q.activeAtStart, q.retainedAtEnd, q.churned, q.retentionRate])).toEqual([
        ['2026-Q1', 3, 2, 1, 0.6667],
        ['2026-Q2', 3, 2, 2, 0.6667],
      ]);
    });

    it('a quarter with nobody active has zero counts and no rates', async () => {
      const { customerRetentionByQuarter } = await rows<{ customerRetentionByQuarter: Retention[] }>(
        staff.salesManager,
        '{ customerRetentionByQuarter(from: "2024-01-01", to: "2024-03-31") { quarter activeAtStart retainedAtEnd churned retentionRate churnRate churnReasons { reason count } } }',
      );
      expect(customerRetentionByQuarter).toEqual([
        { quarter: '2024-Q1', activeAtStart: 0, retainedAtEnd: 0, churned: 0, retentionRate: null, churnRate: null, churnReasons: [] },
      ]);
    });
  });

  describe('periodic reports on time per step (CUS-024, CUS-025)', () => {
    type StepCount = { month: string; step: string; due: number; onTime: number; late: number; missing: number; pending: number };
    const QUERY = (from: string, to: string) =>
      `{ periodicReportTimeliness(from: "${from}", to: "${to}", asOf: "2026-05-10") { month step due onTime late missing pending } }`;

    beforeAll(async () => {
      const report = async (
        caller: Caller,
        period: string,
        submittedAt: string | null,
        supervisorForwardedAt: string | null = null,
        managerForwardedAt: string | null = null,
      ) => {
        const customerId = await open(caller, '报告');
        const [y, m] = period.split('-').map(Number);
        const dueOn = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
        const at = (iso: string | null) => (iso ? new Date(iso) : null);
        await repo(PeriodicReportEntity).insert({
          id: randomUUID(),
          customerId,
          ownerId: caller.id,
          gradeAtDue: 'B',
          period,
          dueOn,
          summary: null,
          submittedAt: at(submittedAt),
          supervisorForwardedAt: at(supervisorForwardedAt),
          managerForwardedAt: at(managerForwardedAt),
        });
      };
      // Instants are UTC; Shanghai is UTC+8. April reports are due 2026-04-30, May reports 2026-05-31.
      // P1, worked example 7: in by 04-30 23:59:59; supervisor forwards 05-02 23:00 (by end of 04-30+2: in time);
      // the manager forwards 05-07 00:30, after the end of 05-02+4 = 05-06: late.
      await report(staff.rep, '2026-04', '2026-04-30T15:59:59Z', '2026-05-02T15:00:00Z', '2026-05-06T16:30:00Z');
      // P2: submitted 05-01 00:00 Shanghai: late; not forwarded 9 days later: supervisor step missing.
      await report(staff.rep, '2026-04', '2026-04-30T16:00:00Z');
      // P3: never submitted, past the due day: missing.
      await report(staff.rep, '2026-04', null);
      // P4: in time; supervisor forwards 05-02 00:00 after receipt 04-29 (deadline end of 05-01): late; manager missing.
      await report(staff.rep, '2026-04', '2026-04-29T02:00:00Z', '2026-05-01T16:00:00Z');
      // P5: May report not yet in, due day still ahead: pending.
      await report(staff.rep, '2026-05', null);
      // P6: May report in on 05-09; the supervisor has until the end of 05-11: pending.
      await report(staff.rep, '2026-05', '2026-05-09T02:00:00Z');
      // P7 (south): April report never submitted: missing.
      await report(staff.southRep, '2026-04', null);
      // P8: June, outside the months asked for.
      await report(staff.rep, '2026-06', null);
    });

    it('CUS-025 due, on time, late, missing and pending per month and step, in one SQL statement', async () => {
      h.svc.sqlCounter.reset();
      const { periodicReportTimeliness } = await rows<{ periodicReportTimeliness: StepCount[] }>(
        staff.salesManager,
        QUERY('2026-04-01', '2026-05-31'),
      );
      expect(h.svc.sqlCounter.count).toBe(1);
      expect(periodicReportTimeliness).toEqual([
        { month: '2026-04', step: 'SUBMITTED', due: 5, onTime: 2, late: 1, missing: 2, pending: 0 },
        { month: '2026-04', step: 'SUPERVISOR_FORWARDED', due: 3, onTime: 1, late: 1, missing: 1, pending: 0 },
        { month: '2026-04', step: 'MANAGER_FORWARDED', due: 2, onTime: 0, late: 1, missing: 1, pending: 0 },
        { month: '2026-05', step: 'SUBMITTED', due: 2, onTime: 1, late: 0, missing: 0, pending: 1 },
        { month: '2026-05', step: 'SUPERVISOR_FORWARDED', due: 1, onTime: 0, late: 0, missing: 0, pending: 1 },
        { month: '2026-05', step: 'MANAGER_FORWARDED', due: 0, onTime: 0, late: 0, missing: 0, pending: 0 },
      ]);
    });

    it('X-021 a SALES_REP counts the reports of own customers only', async () => {
      const { periodicReportTimeliness } = await rows<{ periodicReportTimeliness: StepCount[] }>(
        staff.rep,
        QUERY('2026-04-01', '2026-04-30'),
      );
      expect(periodicReportTimeliness[0]).toEqual({
        month: '2026-04',
        step: 'SUBMITTED',
        due: 4,
        onTime: 2,
        late: 1,
        missing: 1,
        pending: 0,
      });
    });
  });

  describe('points issued per month (CUS-038)', () => {
    type Points = { month: string; points: number; entries: number; customers: number };
    const QUERY = '{ pointsIssuedPerMonth(from: "2026-03-01", to: "2026-05-31") { month points entries customers } }';

    beforeAll(async () => {
      const [a, b, c] = [await open(staff.rep, '积分'), await open(staff.rep, '积分'), await open(staff.southRep, '积分')];
      const referred = await open(staff.rep, '被推荐');
      const entry = (customerId: string, occurredOn: string, points: number) => ({
        id: randomUUID(),
        customerId,
        points,
        reason: 'REFERRAL_ATTENDED' as const,
        referredCustomerId: referred,
        salesAmount: null,
        occurredOn,
        sourceRef: `CLUB-${randomUUID()}`,
        recordedBy: staff.rep.id,
      });
      await repo(PointsEntryEntity).insert([
        entry(a, '2026-03-05', 100),
        entry(a, '2026-03-20', 300),
        entry(b, '2026-03-28', 200),
        entry(c, '2026-03-15', 100),
        entry(c, '2026-05-02', 500),
        entry(a, '2026-06-01', 100), // outside the range
      ]);
    });

    it('section 5 points issued per month with zero months, within scope', async () => {
      const all = (await rows<{ pointsIssuedPerMonth: Points[] }>(staff.salesManager, QUERY)).pointsIssuedPerMonth;
      expect(all).toEqual([
        { month: '2026-03', points: 700, entries: 4, customers: 3 },
        { month: '2026-04', points: 0, entries: 0, customers: 0 },
        { month: '2026-05', points: 500, entries: 1, customers: 1 },
      ]);
      const own = (await rows<{ pointsIssuedPerMonth: Points[] }>(staff.rep, QUERY)).pointsIssuedPerMonth;
      expect(own).toEqual([
        { month: '2026-03', points: 600, entries: 3, customers: 2 },
        { month: '2026-04', points: 0, entries: 0, customers: 0 },
        { month: '2026-05', points: 0, entries: 0, customers: 0 },
      ]);
    });
  });

  describe('satisfaction average by department and quarter (CUS-037)', () => {
    type Satisfaction = { departmentId: string; quarter: string; surveys: number; averageScore: number | null };
    const QUERY = '{ satisfactionByDepartment(from: "2026-01-15", to: "2026-06-30") { departmentId quarter surveys averageScore } }';

    beforeAll(async () => {
      const [a, b, lina, south] = [
        await open(staff.rep, '满意度'),
        await open(staff.rep, '满意度'),
        await open(staff.rep2, '满意度'),
        await open(staff.southRep, '满意度'),
      ];
      const survey = (customerId: string, departmentId: string, surveyedOn: string, score: number) => ({
        id: randomUUID(),
        customerId,
        departmentId,
        surveyedOn,
        score,
        recordedBy: 's-test',
      });
      await repo(SatisfactionSurveyEntity).insert([
        survey(a, 'd-sales-east', '2026-01-10', 5),
        survey(b, 'd-sales-east', '2026-02-20', 4),
        survey(lina, 'd-sales-east', '2026-03-31', 2),
        survey(a, 'd-sales-east', '2026-04-01', 3),
        survey(south, 'd-sales-south', '2026-05-15', 4),
        survey(south, 'd-sales-south', '2026-06-30', 5),
        survey(a, 'd-sales-east', '2025-12-31', 1), // before the first quarter asked for
      ]);
    });

    it('section 5 survey count and average score per department and whole quarter', async () => {
      const { satisfactionByDepartment } = await rows<{ satisfactionByDepartment: Satisfaction[] }>(staff.salesManager, QUERY);
      expect(satisfactionByDepartment).toEqual([
        { departmentId: 'd-sales-east', quarter: '2026-Q1', surveys: 3, averageScore: 3.67 }, // (5 + 4 + 2) / 3
        { departmentId: 'd-sales-east', quarter: '2026-Q2', surveys: 1, averageScore: 3 },
        { departmentId: 'd-sales-south', quarter: '2026-Q1', surveys: 0, averageScore: null },
        { departmentId: 'd-sales-south', quarter: '2026-Q2', surveys: 2, averageScore: 4.5 },
      ]);
    });

    it('X-021 a SALES_REP’s averages cover surveys of own customers only', async () => {
      const { satisfactionByDepartment } = await rows<{ satisfactionByDepartment: Satisfaction[] }>(staff.rep, QUERY);
      expect(satisfactionByDepartment).toEqual([
        { departmentId: 'd-sales-east', quarter: '2026-Q1', surveys: 2, averageScore: 4.5 },
        { departmentId: 'd-sales-east', quarter: '2026-Q2', surveys: 1, averageScore: 3 },
      ]);
    });
  });

  describe('visits due / done / overdue per owner and month (CUS-039, CUS-040)', () => {
    type Visits = { ownerId: string; month: string; due: number; overdue: number; done: number };
    const QUERY =
      '{ visitCountsByOwnerAndMonth(from: "2026-04-01", to: "2026-06-30", asOf: "2026-05-10") { ownerId month due overdue done } }';

    beforeAll(async () => {
      const plan = async (caller: Caller, nextDueOn: string, active = true) => {
        const customerId = await open(caller, '拜访');
        const id = randomUUID();
        await repo(VisitPlanEntity).insert({
          id,
          customerId,
          treatmentClass: 'ORD-C',
          visitorRoles: ['SALES_REP'],
          method: 'ON_SITE',
          intervalMonths: 12,
          nextDueOn,
          lastVisitOn: null,
          active,
        });
        return { id, customerId };
      };
      const visit = (p: { id: string; customerId: string }, caller: Caller, occurredOn: string, countedAsVisit: boolean) => ({
        id: randomUUID(),
        customerId: p.customerId,
        channel: 'ON_SITE' as const,
        serviceType: 'ROUTINE' as const,
        occurredAt: new Date(`${occurredOn}T02:00:00Z`),
        occurredOn,
        subject: '拜访',
        handlerId: caller.id,
        visitPlanId: p.id,
        countedAsVisit,
        recordedBy: caller.id,
      });
      const v1 = await plan(staff.rep, '2026-04-20'); // April, overdue at 05-10
      const v2 = await plan(staff.rep, '2026-05-10'); // due on asOf itself: not yet overdue
      await plan(staff.rep, '2026-05-09'); // overdue since 05-10
      await plan(staff.rep, '2026-06-15', false); // inactive plan (grade D): never due
      const v5 = await plan(staff.southRep, '2026-06-01');
      const v6 = await plan(staff.rep2, '2026-07-01'); // due outside the range
      await repo(CommunicationRecordEntity).insert([
        visit(v1, staff.rep, '2026-04-02', true),
        visit(v2, staff.rep, '2026-05-03', true),
        visit(v2, staff.rep, '2026-05-04', false), // not counted as the planned visit
        visit(v5, staff.southRep, '2026-04-10', true),
        visit(v6, staff.rep2, '2026-06-20', true),
      ]);
    });

    it('section 5 visits due, overdue and done per owner and month, zeros included', async () => {
      const { visitCountsByOwnerAndMonth } = await rows<{ visitCountsByOwnerAndMonth: Visits[] }>(staff.salesManager, QUERY);
      expect(visitCountsByOwnerAndMonth).toEqual([
        { ownerId: 's-lina', month: '2026-04', due: 0, overdue: 0, done: 0 },
        { ownerId: 's-lina', month: '2026-05', due: 0, overdue: 0, done: 0 },
        { ownerId: 's-lina', month: '2026-06', due: 0, overdue: 0, done: 1 },
        { ownerId: 's-wangfang', month: '2026-04', due: 0, overdue: 0, done: 1 },
        { ownerId: 's-wangfang', month: '2026-05', due: 0, overdue: 0, done: 0 },
        { ownerId: 's-wangfang', month: '2026-06', due: 1, overdue: 0, done: 0 },
        { ownerId: 's-zhangwei', month: '2026-04', due: 1, overdue: 1, done: 1 },
        { ownerId: 's-zhangwei', month: '2026-05', due: 2, overdue: 1, done: 1 },
        { ownerId: 's-zhangwei', month: '2026-06', due: 0, overdue: 0, done: 0 },
      ]);
    });

    it('X-021 a SALES_REP sees the visit counts of own customers only', async () => {
      const { visitCountsByOwnerAndMonth } = await rows<{ visitCountsByOwnerAndMonth: Visits[] }>(staff.rep, QUERY);
      expect(visitCountsByOwnerAndMonth.map((r) => r.ownerId)).toEqual(['s-zhangwei', 's-zhangwei', 's-zhangwei']);
      expect(visitCountsByOwnerAndMonth[1]).toEqual({ ownerId: 's-zhangwei', month: '2026-05', due: 2, overdue: 1, done: 1 });
    });
  });

  describe('ranges', () => {
    const errorOf = async (query: string) => {
      const result = await h.svc.query(staff.salesManager, query);
      return result.errors?.[0];
    };

    it('a range whose start is after its end is refused as BAD_USER_INPUT', async () => {
      const error = await errorOf('{ pointsIssuedPerMonth(from: "2026-05-01", to: "2026-04-30") { month } }');
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain('from 2026-05-01 is after to 2026-04-30');
    });

    it('more than 120 months or 40 quarters is refused; exactly 120 months is answered', async () => {
      expect((await errorOf('{ visitCountsByOwnerAndMonth(from: "2016-01-01", to: "2026-01-31") { month } }'))?.extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await errorOf('{ customerRetentionByQuarter(from: "2016-01-01", to: "2026-01-01") { quarter } }'))?.extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        (await errorOf('{ newCustomersPerMonth(from: "2026-02-01", to: "2026-01-01", basis: CREATED) { month } }'))?.extensions?.code,
      ).toBe('BAD_USER_INPUT');
      const { pointsIssuedPerMonth } = await rows<{ pointsIssuedPerMonth: unknown[] }>(
        staff.salesManager,
        '{ pointsIssuedPerMonth(from: "2016-02-01", to: "2026-01-31") { month } }',
      );
      expect(pointsIssuedPerMonth).toHaveLength(120);
    });
  });
});
