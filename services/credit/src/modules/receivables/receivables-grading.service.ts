import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Access } from '@crm/platform';
import { badInput, valueLoader } from '@crm/platform';
import type { CreditPolicy } from '../../shared/credit-policy';
import { customerPlacement } from '../../shared/credit-scope';
import type { CustomerReference } from '@crm/platform';
import type { Today } from '../../shared/service-context';
import type { CreditGradingInputsModel, GradingFigures, GradingPeriod } from './grading-inputs.rules';
import { gradingCutOff, gradingInputsOf, gradingPeriodViolation, NO_RECEIVABLES } from './grading-inputs.rules';
import { gradingFiguresByCustomer } from './receivables.store';

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
    /** the business time zone (BUSINESS_TIME_ZONE) days past due are counted in. */
    private readonly timeZone: string,
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
      loader = valueLoader(
        (ids) => gradingFiguresByCustomer(this.dataSource.manager, ids, periodFrom, cutOff, this.timeZone),
        NO_RECEIVABLES,
      );
      this.loaders.set(key, loader);
    }
    return loader;
  }
}
