import { todayOn } from '@crm/platform';
import type { DataSource } from 'typeorm';
import type { ServiceConfig, UseCaseContext, Clock } from '@crm/platform';
import type { CustomerPolicy } from './customer-policy';

/** What the rules need wherever they run (a request, a job, an approval decision): the policy and the clock. */
export interface RuleEnv {
  policy: CustomerPolicy;
  clock: Clock;
}

/** What every use case of the customer subgraph works with: the database and configuration besides the rules. */
export interface CustomerRuntime extends RuleEnv {
  dataSource: DataSource;
  config: ServiceConfig;
}

/** The part of the request context a use case needs: who calls, with which rights, in which language. */
export type Ctx = UseCaseContext;

/** Today in the business time zone. */
export const todayIn = (env: RuleEnv): string => todayOn(env.clock, env.policy.timeZone);
