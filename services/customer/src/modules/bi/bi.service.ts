import type { CustomerEntity } from '../../shared/entities/customer.entity';
import type {
  CustomerCount,
  CustomerDimension,
  CustomerFilter,
  DepartmentSatisfaction,
  DepartmentSignals,
  GradeMigration,
  MonthlyCount,
  MonthlyPoints,
  NewCustomerBasis,
  OwnerFilingLag,
  OwnerMonthVisitCounts,
  PeriodicReportStepCount,
  QuarterRetention,
} from '../../generated/resolvers-types';
import { endOfBusinessDay, startOfBusinessDay } from '../../shared/support/business-time';
import { filingLagByOwner } from './bi-filing-lag.service';
import { monthRange } from './periods.rules';
import { pointsIssuedPerMonth } from './bi-points.service';
import { reportTimeliness } from './bi-report-timeliness.service';
import { retentionByQuarter } from './bi-retention.service';
import { satisfactionByDepartment } from './bi-satisfaction.service';
import { visitCountsByOwnerAndMonth } from './bi-visits-by-month.service';
import { customerCountRows, customersPerMonthRows, gradeMigrationRows, signalRows } from './bi.store';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';

/** Dimension → customer property and the key it has in a CustomerCount. */
const DIMENSIONS: Record<CustomerDimension, { property: keyof CustomerEntity; key: keyof CustomerCount }> = {
  GRADE: { property: 'grade', key: 'grade' },
  PROVISIONAL: { property: 'gradeProvisional', key: 'provisional' },
  LIFECYCLE_STAGE: { property: 'lifecycleStage', key: 'lifecycleStage' },
  TYPE: { property: 'type', key: 'type' },
  REGION: { property: 'region', key: 'region' },
  SIZE: { property: 'size', key: 'size' },
  STATUS: { property: 'status', key: 'status' },
};

type Raw = Record<string, string | number | null>;

/** A boolean as SQLite (0/1) and MySQL (0/1, sometimes "1") return it from a raw select. */
const rawBoolean = (value: string | number | null): boolean | null => (value === null ? null : Number(value) === 1);

/**
 * Section 5 aggregates for BI, computed in the database with GROUP BY (never by loading rows), over the caller's
 * data scope and the same filter the list uses.
 */
export class BiService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** Counts by grade × provisional × lifecycle × type × region × size × status, whichever are asked for. */
  async customerCounts(
    groupBy: readonly CustomerDimension[],
    filter: CustomerFilter | null | undefined,
    ctx: Ctx,
  ): Promise<CustomerCount[]> {
    const dims = [...new Set(groupBy)];
    const rows: Raw[] = await customerCountRows(
      this.rt.dataSource,
      ctx.access,
      filter,
      this.rt.policy.surveysPerYear,
      dims.map((dim) => DIMENSIONS[dim]),
    );
    return rows.map((row) => {
      const out: CustomerCount = {
        count: Number(row.count),
        grade: null,
        provisional: null,
        lifecycleStage: null,
        type: null,
        region: null,
        size: null,
        status: null,
      };
      for (const dim of dims) {
        const { key } = DIMENSIONS[dim];
        (out as unknown as Record<string, unknown>)[key] = dim === 'PROVISIONAL' ? rawBoolean(row[key]) : row[key];
      }
      return out;
    });
  }

  /** New customers per month (YYYY-MM, every month of the range, zeros included) by first transaction, filing or creation. */
  async newCustomersPerMonth(from: string, to: string, basis: NewCustomerBasis, ctx: Ctx): Promise<MonthlyCount[]> {
    const { months } = monthRange(from, to);
    const column = basis === 'FIRST_TRADE' ? 'firstTradeOn' : basis === 'FILING' ? 'filedOn' : 'createdAt';
    // Instants: the range is the business days' bounds; the month is the UTC month of the instant (chosen).
    const bounds =
      basis === 'CREATED'
        ? { from: startOfBusinessDay(from, this.rt.policy.timeZone), to: endOfBusinessDay(to, this.rt.policy.timeZone) }
        : { from, to };
    const rows = await customersPerMonthRows(this.rt.dataSource, ctx.access, this.rt.policy.surveysPerYear, column, bounds);
    const counts = new Map(rows.map((r) => [r.month, Number(r.count)]));
    return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
  }

  /** The grade migration matrix between two annual review cycles: approved ANNUAL assessments of the same customer. */
  async gradeMigrations(fromCycle: number, toCycle: number, ctx: Ctx): Promise<GradeMigration[]> {
    const rows = await gradeMigrationRows(this.rt.dataSource, ctx.access, fromCycle, toCycle);
    return rows.map((r) => ({ fromGrade: r.fromGrade, toGrade: r.toGrade, count: Number(r.count) }));
  }

  /** Problem, dormant and churn-risk customers per owning department. */
  async signalsByDepartment(ctx: Ctx): Promise<DepartmentSignals[]> {
    const rows: Raw[] = await signalRows(this.rt.dataSource, ctx.access, this.rt.policy.surveysPerYear);
    return rows.map((r) => ({
      departmentId: r.departmentId === null ? null : String(r.departmentId),
      problemCustomers: Number(r.problem),
      dormantCustomers: Number(r.dormant),
      churnRiskCustomers: Number(r.churnRisk),
    }));
  }

  /** Section 5: filing lag per owner and month (CUS-004), see bi/filing-lag. */
  filingLagByOwner(from: string, to: string, ctx: Ctx): Promise<OwnerFilingLag[]> {
    return filingLagByOwner(this.rt, ctx, from, to);
  }

  /** Section 5: churn and retention per quarter from the lifecycle history (CUS-033, CUS-034), see bi/retention. */
  retentionByQuarter(from: string, to: string, ctx: Ctx): Promise<QuarterRetention[]> {
    return retentionByQuarter(this.rt, ctx, from, to);
  }

  /** Section 5: periodic reports on time per step (CUS-024, CUS-025), see bi/report-timeliness. */
  reportTimeliness(from: string, to: string, asOf: string | null | undefined, ctx: Ctx): Promise<PeriodicReportStepCount[]> {
    return reportTimeliness(this.rt, ctx, from, to, asOf);
  }

  /** Section 5: points issued per month (CUS-038). */
  pointsIssuedPerMonth(from: string, to: string, ctx: Ctx): Promise<MonthlyPoints[]> {
    return pointsIssuedPerMonth(this.rt, ctx, from, to);
  }

  /** Section 5: satisfaction average by department and quarter (CUS-037). */
  satisfactionByDepartment(from: string, to: string, ctx: Ctx): Promise<DepartmentSatisfaction[]> {
    return satisfactionByDepartment(this.rt, ctx, from, to);
  }

  /** Section 5: visits due / done / overdue per owner and month (CUS-039, CUS-040). */
  visitCountsByOwnerAndMonth(from: string, to: string, asOf: string | null | undefined, ctx: Ctx): Promise<OwnerMonthVisitCounts[]> {
    return visitCountsByOwnerAndMonth(this.rt, ctx, from, to, asOf);
  }
}
