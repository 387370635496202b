import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { Access, badInput, centsFromSql, sqlDates, valueLoader } from '@crm/platform';
import { ReceivableEntity } from '../entities/receivable.entity';
import type { CreditPolicy } from '../domain/credit-policy';
import {
  CreditGradingInputsModel,
  gradingCutOff,
  GradingFigures,
  gradingInputsOf,
  GradingPeriod,
  gradingPeriodViolation,
  NO_RECEIVABLES,
} from '../domain/grading-inputs';
import { CLOSED_RECEIVABLE_STATES } from '../domain/receivable-state';
import type { CustomerReference } from '../models';
import { customerPlacement } from './credit-scope';
import type { Today } from './service-context';

/**
 * Per customer, in one grouped statement for any number of customers, the CUS-043 figures over [periodFrom, cutOff]:
 *
 * Receivables record the amount paid so far, not when each payment was made; a row's last change (`updatedAt`, its
 * business date called "recorded on" below) is the latest day its paid amount and state can date from. So:
 * - a receivable is closed at the cut-off when SETTLED or WRITTEN_OFF and recorded on or before the cut-off, and was
 *   closed on its recorded-on day;
 * - an open receivable owes amount − paid when recorded on or before the cut-off, else its whole amount (a payment
 *   recorded after the cut-off may have been made after it, so it is not counted: prudence);
 * - days past due are cut-off − due date for a receivable open at the cut-off, recorded-on − due date for one closed
 *   within the period.
 * Only receivables invoiced on or before the cut-off existed then; the rest are left out.
 */
export async function gradingFiguresByCustomer(
  manager: EntityManager,
  customerIds: readonly string[],
  periodFrom: string,
  cutOff: string,
  timeZone: string,
): Promise<Map<string, GradingFigures>> {
  const sql = sqlDates(manager.connection, timeZone, cutOff);
  const recordedOn = sql.businessDate('r.updatedAt');
  const closed = `(r.state IN (:...closedStates) AND ${recordedOn} <= :cutOff)`;
  // Each amount is rounded to whole cents before the sum, so SQLite (DECIMAL kept as a double) sums exact integers.
  const rows = await manager
    .createQueryBuilder(ReceivableEntity, 'r')
    .select('r.customerId', 'customerId')
    .addSelect('SUM(CASE WHEN r.invoiceDate >= :periodFrom THEN ROUND(r.amount * 100, 0) ELSE 0 END)', 'contractCents')
    .addSelect(
      `SUM(CASE WHEN ${closed} THEN 0 WHEN ${recordedOn} <= :cutOff THEN ROUND((r.amount - r.paidAmount) * 100, 0) ELSE ROUND(r.amount * 100, 0) END)`,
      'receivableCents',
    )
    .addSelect(
      `MAX(CASE WHEN ${closed} THEN (CASE WHEN ${recordedOn} >= :periodFrom THEN ${sql.daysBetween(recordedOn, 'r.dueDate')} ELSE 0 END)
        WHEN r.dueDate < :cutOff THEN ${sql.daysBetween(':cutOff', 'r.dueDate')} ELSE 0 END)`,
      'maxDaysPastDue',
    )
    .where('r.customerId IN (:...customerIds)', { customerIds: [...customerIds] })
    .andWhere('r.invoiceDate <= :cutOff')
    .setParameters({ periodFrom, cutOff, closedStates: [...CLOSED_RECEIVABLE_STATES] })
    .groupBy('r.customerId')
    .getRawMany<{ customerId: string; contractCents: unknown; receivableCents: unknown; maxDaysPastDue: unknown }>();
  return new Map(
    rows.map((row) => [
      row.customerId,
      {
        contractCents: centsFromSql(row.contractCents),
        receivableCents: centsFromSql(row.receivableCents),
        // Paid before the due date gives a negative delay: on time.
        maxDaysPastDue: Math.max(0, Number(row.maxDaysPastDue ?? 0)),
      },
    ]),
  );
}

/**
 * `Customer.creditGradingInputs`, request-scoped: every customer asked for with the same period shares one loader, so
 * N customers cost the statement of one.
 */
export class GradingInputsService {
  /** One loader per (period start, cut-off), keyed by customer id. */
  private readonly loaders = new Map<string, DataLoader<string, GradingFigures>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly policy: CreditPolicy,
    private readonly today: Today,
  ) {}

  /**
   * The customer's figures; null outside the caller's credit scope, which follows the customer's owner as
   * `Customer.credit` does. A period that cannot be assessed is a client error (BAD_USER_INPUT), whatever the scope.
   */
  async forCustomer(customer: CustomerReference, period: GradingPeriod): Promise<CreditGradingInputsModel | null> {
    const today = this.today();
    const problem = gradingPeriodViolation(period, today, this.policy);
    if (problem) throw badInput(`${problem.message.zh} / ${problem.message.en}`, problem.field);
    if (!this.access.covers('credit:READ', customerPlacement(customer))) return null;
    const asOf = gradingCutOff(period, today);
    const figures = await this.loaderFor(period.periodFrom, asOf).load(customer.id);
    return gradingInputsOf(figures, period, asOf, this.policy);
  }

  private loaderFor(periodFrom: string, cutOff: string): DataLoader<string, GradingFigures> {
    const key = `${periodFrom}/${cutOff}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = valueLoader((ids) => gradingFiguresByCustomer(this.dataSource.manager, ids, periodFrom, cutOff, this.policy.businessTimeZone), NO_RECEIVABLES);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}
