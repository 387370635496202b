import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Access, businessDate, RequestContext, rowLoader, ServiceConfig, valueLoader } from '@crm/platform';
import { CreditLimitEntity } from './entities/credit-limit.entity';
import { CreditProfileEntity } from './entities/credit-profile.entity';
import { CreditPolicy, DEFAULT_CREDIT_POLICY } from './domain/credit-policy';
import { CreditLimitService } from './services/credit-limit.service';
import { CreditProfileService } from './services/credit-profile.service';
import { exposureCentsByCustomer, pendingLimitsOf, standingLimitsOn } from './services/credit-standing.queries';
import { GradingInputsService } from './services/grading-inputs.service';
import { ReceivableService } from './services/receivable.service';

/** Per-request state of the credit subgraph: batched lookups (one SQL statement each per request) and use cases. */
export interface CreditLoaders {
  /** The business date the request runs on, fixed at its start. */
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

export function createLoaders(dataSource: DataSource, config: ServiceConfig, access: Access, policy: CreditPolicy = DEFAULT_CREDIT_POLICY): CreditLoaders {
  const today = businessDate(new Date(), policy.businessTimeZone);
  const clock = () => today;
  const manager = dataSource.manager;
  return {
    today,
    profileByCustomerId: rowLoader((ids) => manager.findBy(CreditProfileEntity, { customerId: In([...ids]) }), (p) => p.customerId),
    standingLimitByCustomerId: rowLoader((ids) => standingLimitsOn(manager, ids, today), (l) => l.scopeId ?? ''),
    pendingLimitByCustomerId: rowLoader((ids) => pendingLimitsOf(manager, ids), (l) => l.scopeId ?? ''),
    exposureByCustomerId: valueLoader((ids) => exposureCentsByCustomer(manager, ids), 0n),
    gradingInputs: new GradingInputsService(dataSource, access, policy, clock),
    profiles: new CreditProfileService(dataSource, access, policy, clock),
    limits: new CreditLimitService(dataSource, access, policy),
    receivables: new ReceivableService(dataSource, config, access, policy, clock),
  };
}
