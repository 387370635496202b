import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Access, Clock, RequestContext, ServiceConfig } from '@crm/platform';
import { rowLoader, todayOn, valueLoader } from '@crm/platform';
import type { CreditPolicy } from './shared/credit-policy';
import { DEFAULT_CREDIT_POLICY } from './shared/credit-policy';
import type { CreditProfileEntity } from './modules/credit-profile/entities/credit-profile.entity';
import { profilesOf } from './modules/credit-profile/credit-profile.store';
import { CreditProfileService } from './modules/credit-profile/credit-profile.service';
import type { CreditLimitEntity } from './modules/credit-limit/entities/credit-limit.entity';
import { pendingLimitsOf, standingLimitsOn } from './modules/credit-limit/credit-limit.store';
import { CreditLimitService } from './modules/credit-limit/credit-limit.service';
import { exposureCentsByCustomer } from './modules/receivables/receivables.store';
import { GradingInputsService } from './modules/receivables/receivables-grading.service';
import { ReceivableService } from './modules/receivables/receivables.service';

/** Per-request state of the credit subgraph: batched lookups (one SQL statement each per request) and use cases. */
export interface CreditLoaders {
  /** The business date the request runs on: the request clock's day in the business time zone, fixed at its start. */
  today: string;
  /**
   * Unscoped: a profile has no placement of its own. Its callers decide first — `Customer.credit` by the customer's
   * owner, `creditProfile` by an ALL scope.
   */
  profileByCustomerId: DataLoader<string, CreditProfileEntity | null>;
  /** The customer's own approved (EFFECTIVE) standing limit valid today. */
  standingLimitByCustomerId: DataLoader<string, CreditLimitEntity | null>;
  /** The customer's standing limit change awaiting approval. */
  pendingLimitByCustomerId: DataLoader<string, CreditLimitEntity | null>;
  /**
   * Exposure in cents (0 without open receivables): the customer's whole exposure, across selling departments — it
   * is an attribute of the customer's profile (scoped as the profile is), not a list of receivables.
   */
  exposureByCustomerId: DataLoader<string, bigint>;
  /** CUS-043 grading figures per customer and period, batched per period (scoped by the customer's owner). */
  gradingInputs: GradingInputsService;
  profiles: CreditProfileService;
  limits: CreditLimitService;
  receivables: ReceivableService;
}

export type ServiceContext = RequestContext<CreditLoaders>;

/** `clock` is the request's: the system clock, or stopped at the instant a development request runs as of (CLOCK_OVERRIDE). */
export function createLoaders(
  dataSource: DataSource,
  config: ServiceConfig,
  access: Access,
  clock: Clock,
  policy: CreditPolicy = DEFAULT_CREDIT_POLICY,
): CreditLoaders {
  // The business calendar is the platform's one configured zone (BUSINESS_TIME_ZONE, X-010).
  const today = todayOn(clock, config.businessTimeZone);
  const onToday = () => today;
  const manager = dataSource.manager;
  return {
    today,
    profileByCustomerId: rowLoader(
      (ids) => profilesOf(manager, ids),
      (p) => p.customerId,
    ),
    standingLimitByCustomerId: rowLoader(
      (ids) => standingLimitsOn(manager, ids, today),
      (l) => l.scopeId ?? '',
    ),
    pendingLimitByCustomerId: rowLoader(
      (ids) => pendingLimitsOf(manager, ids),
      (l) => l.scopeId ?? '',
    ),
    exposureByCustomerId: valueLoader((ids) => exposureCentsByCustomer(manager, ids), 0n),
    gradingInputs: new GradingInputsService(dataSource, access, policy, onToday, config.businessTimeZone),
    profiles: new CreditProfileService(dataSource, access, policy, onToday),
    limits: new CreditLimitService(dataSource, access, policy),
    receivables: new ReceivableService(dataSource, config, access, policy, onToday),
  };
}
