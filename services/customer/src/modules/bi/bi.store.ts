import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Access } from '@crm/platform';
import { sqlDates } from '@crm/platform';
import { CommunicationRecordEntity } from '../../shared/entities/communication-record.entity';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { GradeAssessmentEntity } from '../../shared/entities/grade-assessment.entity';
import { PeriodicReportEntity } from '../../shared/entities/periodic-report.entity';
import { PointsEntryEntity } from '../../shared/entities/points-entry.entity';
import { SatisfactionSurveyEntity } from '../../shared/entities/satisfaction-survey.entity';
import { VisitPlanEntity } from '../../shared/entities/visit-plan.entity';
import type { CustomerFilter, CustomerGrade, ReportStep } from '../../generated/resolvers-types';
import { customersOfFilter } from '../../shared/customer.store';
import { scopeCustomers } from '../../shared/customer-scope';
import type { RawRow } from '../../shared/support/raw-rows';
import type { Quarter } from './periods.rules';
import { monthSql, quarterNumberSql } from './periods.rules';

/** A day range of whole months, as the BI periods give it. */
export interface DayRange {
  firstDay: string;
  lastDay: string;
}

/** Non-deleted customers (alias `c`) within the caller's aggregate scope. */
function customersInScope(dataSource: DataSource, access: Access): SelectQueryBuilder<CustomerEntity> {
  return scopeCustomers(dataSource.getRepository(CustomerEntity).createQueryBuilder('c'), access, 'customer:AGGREGATE');
}

/**
 * Rows of a customer's child entity (alias `alias`, with a `customerId`) whose customer (alias `c`) is not deleted
 * and within the caller's aggregate scope; `extraOwners` are further columns that make the caller an owner.
 */
function childRowsInScope<T extends ObjectLiteral>(
  dataSource: DataSource,
  access: Access,
  entity: EntityTarget<T>,
  alias: string,
  extraOwners: string[] = [],
): SelectQueryBuilder<T> {
  const qb = dataSource
    .getRepository(entity)
    .createQueryBuilder(alias)
    .innerJoin(CustomerEntity, 'c', `c.id = ${alias}.customerId AND c.deletedAt IS NULL`);
  return scopeCustomers(qb, access, 'customer:AGGREGATE', 'c', extraOwners);
}

/** Customers of the filter in the caller's aggregate scope (the list's filter, X-021, X-026). */
function filteredInScope(dataSource: DataSource, access: Access, filter: CustomerFilter | null | undefined, surveysPerYear: number) {
  return scopeCustomers(customersOfFilter(dataSource.manager, filter, surveysPerYear), access, 'customer:AGGREGATE');
}

/** Customer counts grouped (and ordered) by these customer properties, each selected under its key. */
export function customerCountRows(
  dataSource: DataSource,
  access: Access,
  filter: CustomerFilter | null | undefined,
  surveysPerYear: number,
  groups: readonly { property: string; key: string }[],
): Promise<Record<string, string | number | null>[]> {
  const qb = filteredInScope(dataSource, access, filter, surveysPerYear).select('COUNT(*)', 'count');
  for (const { property, key } of groups) qb.addSelect(`c.${property}`, key).addGroupBy(`c.${property}`).addOrderBy(`c.${property}`, 'ASC');
  return qb.getRawMany<Record<string, string | number | null>>();
}

/** Customers per month (YYYY-MM) of a date or instant column within bounds. */
export function customersPerMonthRows(
  dataSource: DataSource,
  access: Access,
  surveysPerYear: number,
  column: 'firstTradeOn' | 'filedOn' | 'createdAt',
  bounds: { from: string | Date; to: string | Date },
): Promise<{ month: string; count: number | string }[]> {
  return filteredInScope(dataSource, access, undefined, surveysPerYear)
    .andWhere(`c.${column} BETWEEN :from AND :to`, bounds)
    .select(`SUBSTR(c.${column}, 1, 7)`, 'month')
    .addSelect('COUNT(*)', 'count')
    .groupBy(`SUBSTR(c.${column}, 1, 7)`)
    .getRawMany<{ month: string; count: number | string }>();
}

/** Customers with an approved ANNUAL assessment in both cycles, by the two result grades. */
export function gradeMigrationRows(
  dataSource: DataSource,
  access: Access,
  fromCycle: number,
  toCycle: number,
): Promise<{ fromGrade: CustomerGrade; toGrade: CustomerGrade; count: number | string }[]> {
  const qb = dataSource
    .getRepository(GradeAssessmentEntity)
    .createQueryBuilder('a1')
    .innerJoin(
      GradeAssessmentEntity,
      'a2',
      "a2.customerId = a1.customerId AND a2.kind = 'ANNUAL' AND a2.state = 'APPROVED' AND a2.cycleYear = :toCycle",
      { toCycle },
    )
    .innerJoin(CustomerEntity, 'c', 'c.id = a1.customerId')
    .select('a1.resultGrade', 'fromGrade')
    .addSelect('a2.resultGrade', 'toGrade')
    .addSelect('COUNT(*)', 'count')
    .where("a1.kind = 'ANNUAL' AND a1.state = 'APPROVED' AND a1.cycleYear = :fromCycle", { fromCycle })
    .groupBy('a1.resultGrade')
    .addGroupBy('a2.resultGrade')
    .orderBy('a1.resultGrade', 'ASC')
    .addOrderBy('a2.resultGrade', 'ASC');
  scopeCustomers(qb, access, 'customer:AGGREGATE');
  return qb.getRawMany<{ fromGrade: CustomerGrade; toGrade: CustomerGrade; count: number | string }>();
}

/** Problem, dormant and churn-risk customers per owning department. */
export function signalRows(
  dataSource: DataSource,
  access: Access,
  surveysPerYear: number,
): Promise<Record<string, string | number | null>[]> {
  const flag = (property: string) => `SUM(CASE WHEN c.${property} = :yes THEN 1 ELSE 0 END)`;
  return filteredInScope(dataSource, access, undefined, surveysPerYear)
    .select('c.ownerDepartmentId', 'departmentId')
    .addSelect(flag('problemCustomer'), 'problem')
    .addSelect(flag('dormant'), 'dormant')
    .addSelect(flag('churnRisk'), 'churnRisk')
    .setParameter('yes', true)
    .groupBy('c.ownerDepartmentId')
    .orderBy('c.ownerDepartmentId', 'ASC')
    .getRawMany<Record<string, string | number | null>>();
}

/**
 * The dates are the ones CUS-004 runs its clock on: from the first communication record (`firstContactOn`, the
 * record CUS-001 opens the customer for) to the filing date (`filedOn`, the business date of approval). A customer
 * filed before any contact, or without one, is counted as filed but has no lag: the CUS-004 clock never ran for it.
 */
const MEASURED = 'c.firstContactOn IS NOT NULL AND c.firstContactOn <= c.filedOn';

/** filedOn is set exactly when the status becomes FILED; naming the status lets ix_customer_filing serve the range. */
const FILED_IN_RANGE = "c.filingStatus = 'FILED' AND c.filedOn BETWEEN :lagFrom AND :lagTo";

/** The distinct first-contact days of the customers filed in the range whose lag is measured. */
export function filedContactDays(dataSource: DataSource, access: Access, range: DayRange): Promise<RawRow[]> {
  return customersInScope(dataSource, access)
    .select('c.firstContactOn', 'contactOn')
    .andWhere(FILED_IN_RANGE, { lagFrom: range.firstDay, lagTo: range.lastDay })
    .andWhere(MEASURED)
    .groupBy('c.firstContactOn')
    .getRawMany<RawRow>();
}

/**
 * Per current owner and filing month: filed, measured, lag sum and maximum, and those filed after the deadline of
 * their first-contact day (`deadlines`, joined as a small derived table).
 */
export function filingLagRows(
  dataSource: DataSource,
  access: Access,
  timeZone: string,
  range: DayRange,
  deadlines: readonly { contactOn: string; deadline: string }[],
): Promise<RawRow[]> {
  const lag = sqlDates(dataSource, timeZone, range.firstDay).daysBetween('c.filedOn', 'c.firstContactOn');
  const qb = customersInScope(dataSource, access)
    .select('c.ownerId', 'ownerId')
    .addSelect(monthSql('c.filedOn'), 'month')
    .addSelect('COUNT(*)', 'filed')
    .addSelect(`SUM(CASE WHEN ${MEASURED} THEN 1 ELSE 0 END)`, 'measured')
    .addSelect(`SUM(CASE WHEN ${MEASURED} THEN ${lag} ELSE 0 END)`, 'lagSum')
    .addSelect(`MAX(CASE WHEN ${MEASURED} THEN ${lag} ELSE NULL END)`, 'lagMax')
    .andWhere(FILED_IN_RANGE, { lagFrom: range.firstDay, lagTo: range.lastDay })
    .groupBy('c.ownerId')
    .addGroupBy(monthSql('c.filedOn'));
  if (deadlines.length) {
    const params: Record<string, string> = {};
    const selects = deadlines.map((d, i) => {
      params[`dlC${i}`] = d.contactOn;
      params[`dlD${i}`] = d.deadline;
      return `SELECT :dlC${i} AS contact_on, :dlD${i} AS deadline`;
    });
    qb.leftJoin(`(${selects.join(' UNION ALL ')})`, 'dl', 'dl.contact_on = c.firstContactOn', params).addSelect(
      `SUM(CASE WHEN ${MEASURED} AND c.filedOn > dl.deadline THEN 1 ELSE 0 END)`,
      'overDeadline',
    );
  } else {
    qb.addSelect('0', 'overDeadline');
  }
  return qb.getRawMany<RawRow>();
}

/** Points credited per month of `occurredOn` in the range: sum, entries and customers. */
export function pointsPerMonthRows(dataSource: DataSource, access: Access, range: DayRange): Promise<RawRow[]> {
  return childRowsInScope(dataSource, access, PointsEntryEntity, 'p')
    .select(monthSql('p.occurredOn'), 'month')
    .addSelect('SUM(p.points)', 'points')
    .addSelect('COUNT(*)', 'entries')
    .addSelect('COUNT(DISTINCT p.customerId)', 'customers')
    .andWhere('p.occurredOn BETWEEN :pointsFrom AND :pointsTo', { pointsFrom: range.firstDay, pointsTo: range.lastDay })
    .groupBy(monthSql('p.occurredOn'))
    .getRawMany<RawRow>();
}

/**
 * One forwarding step of CUS-024, CUS-025 in SQL: when it became due (`start`, null for the rep's own submission), when it
 * was done, and the deadline as "done on business date ≤ start + days" — the same instants as the domain's
 * forwardingDeadlines/lateSteps: the supervisor by the end of D+`supervisorDays`, the manager by the end of
 * D+`managerDays`−1 (counting the day of receipt), the rep by the end of the due day.
 */
interface StepSql {
  step: ReportStep;
  /** Reports that reached the step. */
  reached: string;
  done: string;
  /** Done by the deadline. */
  doneInTime: string;
  /** Past the deadline at asOf. */
  overdueAt: string;
}

/** What is counted per step: `${aggregate}${stepIndex}` columns of the timeliness rows. */
export const TIMELINESS_AGGREGATES = ['due', 'onTime', 'late', 'missing', 'pending'] as const;

/**
 * Per due month, the reports of customers in the caller's scope or written by the caller (as the report list scopes
 * them), counted per step in one GROUP BY statement; the steps in the order their columns are numbered.
 */
export async function reportTimelinessRows(
  dataSource: DataSource,
  access: Access,
  timeZone: string,
  range: DayRange,
  today: string,
  days: { supervisorDays: number; managerDays: number },
): Promise<{ steps: ReportStep[]; rows: Map<string, RawRow> }> {
  const sql = sqlDates(dataSource, timeZone, today);
  const day = (instant: string) => sql.businessDate(instant);
  const steps: StepSql[] = [
    {
      step: 'SUBMITTED',
      reached: '1 = 1',
      done: 'r.submittedAt IS NOT NULL',
      doneInTime: `${day('r.submittedAt')} <= r.dueOn`,
      overdueAt: ':asOf > r.dueOn',
    },
    {
      step: 'SUPERVISOR_FORWARDED',
      reached: 'r.submittedAt IS NOT NULL',
      done: 'r.supervisorForwardedAt IS NOT NULL',
      doneInTime: `${sql.daysBetween(day('r.supervisorForwardedAt'), day('r.submittedAt'))} <= :supervisorDays`,
      overdueAt: `${sql.daysBetween(':asOf', day('r.submittedAt'))} > :supervisorDays`,
    },
    {
      step: 'MANAGER_FORWARDED',
      reached: 'r.supervisorForwardedAt IS NOT NULL',
      done: 'r.managerForwardedAt IS NOT NULL',
      doneInTime: `${sql.daysBetween(day('r.managerForwardedAt'), day('r.supervisorForwardedAt'))} <= :managerLastDay`,
      overdueAt: `${sql.daysBetween(':asOf', day('r.supervisorForwardedAt'))} > :managerLastDay`,
    },
  ];
  const qb = childRowsInScope(dataSource, access, PeriodicReportEntity, 'r', ['r.ownerId'])
    .select(monthSql('r.dueOn'), 'month')
    .andWhere('r.dueOn BETWEEN :reportFrom AND :reportTo', { reportFrom: range.firstDay, reportTo: range.lastDay })
    .setParameters({ asOf: today, supervisorDays: days.supervisorDays, managerLastDay: days.managerDays - 1 })
    .groupBy(monthSql('r.dueOn'));
  const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  steps.forEach((s, i) => {
    const conditions = {
      due: s.reached,
      onTime: `${s.reached} AND ${s.done} AND ${s.doneInTime}`,
      late: `${s.reached} AND ${s.done} AND NOT (${s.doneInTime})`,
      missing: `${s.reached} AND NOT (${s.done}) AND ${s.overdueAt}`,
      pending: `${s.reached} AND NOT (${s.done}) AND NOT (${s.overdueAt})`,
    };
    for (const aggregate of TIMELINESS_AGGREGATES) qb.addSelect(count(conditions[aggregate]), `${aggregate}${i}`);
  });
  const rows = new Map((await qb.getRawMany<RawRow>()).map((row) => [String(row.month), row]));
  return { steps: steps.map((s) => s.step), rows };
}

/**
 * "Active" for retention is the lifecycle stages of a customer that buys (CUS-033): NEW and LOYAL. POTENTIAL has
 * never bought and CHURNED has stopped; a LOYAL customer falling back to NEW is still retained. Status (suspension,
 * termination) is a separate axis and does not enter.
 */
const ACTIVE_STAGES = ['NEW', 'LOYAL'] as const;

/**
 * The lifecycle stage in effect at a quarter bound, from the state-change history (so past quarters do not move when
 * customers change today): the latest LIFECYCLE_STAGE change effective on the bound's side (`changed_on` is the
 * business date it took effect; same-day changes in the order they were recorded). No change yet = POTENTIAL, the
 * stage every customer opens in (CUS-001).
 */
const stageAt = (comparison: '<' | '<=', bound: string) =>
  `COALESCE((SELECT sc.to_value FROM customer_state_change sc WHERE sc.customer_id = c.id AND sc.field = 'LIFECYCLE_STAGE' AND sc.changed_on ${comparison} ${bound} ORDER BY sc.changed_on DESC, sc.created_at DESC, sc.id DESC LIMIT 1), 'POTENTIAL')`;

const ACTIVE_AT_START = `${stageAt('<', 'q.first_day')} IN (:...activeStages)`;
const ACTIVE_AT_END = `${stageAt('<=', 'q.last_day')} IN (:...activeStages)`;
const CHURN_IN_QUARTER =
  "x.customer_id = c.id AND x.field = 'LIFECYCLE_STAGE' AND x.to_value = 'CHURNED' AND x.changed_on BETWEEN q.first_day AND q.last_day";

/** The quarters as a derived table `q(label, first_day, last_day)`, one row each, in parameters. */
function quarterTable(quarters: Quarter[]): { sql: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const selects = quarters.map((quarter, i) => {
    Object.assign(params, { [`qL${i}`]: quarter.label, [`qF${i}`]: quarter.firstDay, [`qT${i}`]: quarter.lastDay });
    return `SELECT :qL${i} AS label, :qF${i} AS first_day, :qT${i} AS last_day`;
  });
  return { sql: `(${selects.join(' UNION ALL ')})`, params: { ...params, activeStages: [...ACTIVE_STAGES] } };
}

/**
 * Per quarter, over the non-deleted customers in the caller's scope with a lifecycle history (only they can ever have
 * been active): active at start (the eve of the first day), retained at the end (the close of the last day), churned.
 */
export function retentionRows(dataSource: DataSource, access: Access, quarters: Quarter[]): Promise<RawRow[]> {
  const table = quarterTable(quarters);
  const withHistory = "EXISTS (SELECT 1 FROM customer_state_change h WHERE h.customer_id = c.id AND h.field = 'LIFECYCLE_STAGE')";
  return customersInScope(dataSource, access)
    .innerJoin(table.sql, 'q', '1 = 1')
    .select('q.label', 'quarter')
    .addSelect(`SUM(CASE WHEN ${ACTIVE_AT_START} THEN 1 ELSE 0 END)`, 'activeAtStart')
    .addSelect(`SUM(CASE WHEN ${ACTIVE_AT_START} AND ${ACTIVE_AT_END} THEN 1 ELSE 0 END)`, 'retained')
    .addSelect(
      `SUM(CASE WHEN ${ACTIVE_AT_START} AND EXISTS (SELECT 1 FROM customer_state_change x WHERE ${CHURN_IN_QUARTER}) THEN 1 ELSE 0 END)`,
      'churned',
    )
    .andWhere(withHistory)
    .setParameters(table.params)
    .groupBy('q.label')
    .getRawMany<RawRow>();
}

/** Per quarter, the churn reasons of the customers active at its start who churned in it, most frequent first. */
export function churnReasonRows(dataSource: DataSource, access: Access, quarters: Quarter[]): Promise<RawRow[]> {
  const table = quarterTable(quarters);
  return customersInScope(dataSource, access)
    .innerJoin(table.sql, 'q', '1 = 1')
    .innerJoin('customer_state_change', 'x', CHURN_IN_QUARTER)
    .select('q.label', 'quarter')
    .addSelect('x.reason', 'reason')
    .addSelect('COUNT(DISTINCT c.id)', 'count')
    .andWhere(ACTIVE_AT_START)
    .setParameters(table.params)
    .groupBy('q.label')
    .addGroupBy('x.reason')
    .orderBy('q.label', 'ASC')
    .addOrderBy('COUNT(DISTINCT c.id)', 'DESC')
    .addOrderBy('x.reason', 'ASC')
    .getRawMany<RawRow>();
}

/** Surveys per department and calendar quarter of the survey day in the range: count and score sum. */
export function satisfactionRows(dataSource: DataSource, access: Access, range: DayRange): Promise<RawRow[]> {
  return childRowsInScope(dataSource, access, SatisfactionSurveyEntity, 's')
    .select('s.departmentId', 'departmentId')
    .addSelect('SUBSTR(s.surveyedOn, 1, 4)', 'year')
    .addSelect(quarterNumberSql('s.surveyedOn'), 'quarter')
    .addSelect('COUNT(*)', 'surveys')
    .addSelect('SUM(s.score)', 'scoreSum')
    .andWhere('s.surveyedOn BETWEEN :surveyFrom AND :surveyTo', { surveyFrom: range.firstDay, surveyTo: range.lastDay })
    .groupBy('s.departmentId')
    .addGroupBy('SUBSTR(s.surveyedOn, 1, 4)')
    .addGroupBy(quarterNumberSql('s.surveyedOn'))
    .getRawMany<RawRow>();
}

/** Active visit plans falling due in the range per current owner and month: due, and overdue at asOf. */
export function openVisitRows(dataSource: DataSource, access: Access, range: DayRange, asOf: string): Promise<RawRow[]> {
  return childRowsInScope(dataSource, access, VisitPlanEntity, 'p')
    .select('c.ownerId', 'ownerId')
    .addSelect(monthSql('p.nextDueOn'), 'month')
    .addSelect('COUNT(*)', 'due')
    .addSelect('SUM(CASE WHEN p.nextDueOn < :asOf THEN 1 ELSE 0 END)', 'overdue')
    .andWhere('p.active = :active AND p.nextDueOn BETWEEN :visitFrom AND :visitTo', {
      visitFrom: range.firstDay,
      visitTo: range.lastDay,
      active: true,
      asOf,
    })
    .groupBy('c.ownerId')
    .addGroupBy(monthSql('p.nextDueOn'))
    .getRawMany<RawRow>();
}

/** Communications counted as visits in the range per current owner and month. */
export function doneVisitRows(dataSource: DataSource, access: Access, range: DayRange): Promise<RawRow[]> {
  return childRowsInScope(dataSource, access, CommunicationRecordEntity, 'v')
    .select('c.ownerId', 'ownerId')
    .addSelect(monthSql('v.occurredOn'), 'month')
    .addSelect('COUNT(*)', 'done')
    .andWhere('v.countedAsVisit = :counted AND v.occurredOn BETWEEN :visitFrom AND :visitTo', {
      visitFrom: range.firstDay,
      visitTo: range.lastDay,
      counted: true,
    })
    .groupBy('c.ownerId')
    .addGroupBy(monthSql('v.occurredOn'))
    .getRawMany<RawRow>();
}
