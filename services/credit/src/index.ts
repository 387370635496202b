import path from 'node:path';
import { parse } from 'graphql';
import type { ServiceConfig, SubgraphDefinition } from '@crm/platform';
import { type Env, loadServiceConfig, mergeAreaResolvers, readSubgraphSdl, startSubgraph } from '@crm/platform';
import type { Resolvers } from './generated/resolvers-types';
import type { CreditLoaders } from './loaders';
import { createLoaders } from './loaders';
import { creditPolicyProblems, DEFAULT_CREDIT_POLICY } from './shared/credit-policy';
import { CREDIT_PROTECTED_FIELDS } from './shared/protected-fields';
import { customerReferenceResolvers } from './shared/resolvers';
import { CreditProfileEntity } from './modules/credit-profile/entities/credit-profile.entity';
import { creditProfileResolvers } from './modules/credit-profile/credit-profile.resolvers';
import { CreditLimitEntity } from './modules/credit-limit/entities/credit-limit.entity';
import { applyLimitDecision } from './modules/credit-limit/credit-limit.approvals';
import { creditLimitResolvers } from './modules/credit-limit/credit-limit.resolvers';
import { ReceivableEntity } from './modules/receivables/entities/receivable.entity';
import { receivablesResolvers } from './modules/receivables/receivables.resolvers';
import { migrations } from './migrations';
import { creditCustomerMergesConsumer } from './modules/receivables/receivables.events';
import { seedDemoData } from './demo/demo-data';

export const SERVICE_NAME = 'credit';
export const DEFAULT_PORT = 4002;
/** The subgraph's source folder, whose SDL slices (src/shared, src/modules) make its schema with the platform's fragments. */
export const sourceDir = path.join(__dirname, '..', 'src');

/** The business areas' resolvers, merged per type: credit profiles, credit limits, receivables. */
const resolvers = mergeAreaResolvers<Resolvers>([
  customerReferenceResolvers,
  creditProfileResolvers,
  creditLimitResolvers,
  receivablesResolvers,
]);

/** The credit subgraph as the platform runs it. */
export const subgraph: SubgraphDefinition<CreditLoaders> = {
  typeDefs: parse(readSubgraphSdl(sourceDir, SERVICE_NAME)),
  resolvers: resolvers as SubgraphDefinition<CreditLoaders>['resolvers'],
  entities: [CreditProfileEntity, CreditLimitEntity, ReceivableEntity],
  migrations,
  createLoaders: (dataSource, config, access, request) => createLoaders(dataSource, config, access, request.clock),
  seedDemoData,
  // CUS-006: receivables follow a merged customer to the survivor.
  consumers: [creditCustomerMergesConsumer],
  // every write audited and the trail served with ratings and limits masked as in the API; a decided
  // CREDIT_LIMIT request takes effect in the deciding transaction (CRD-017).
  governance: {
    protectedFields: CREDIT_PROTECTED_FIELDS,
    onApprovalDecided: (manager, request) => applyLimitDecision(manager, request),
  },
};

export const loadConfig = (env?: Env, baseDir?: string): ServiceConfig => loadServiceConfig(SERVICE_NAME, DEFAULT_PORT, env, baseDir);

/** Starts the subgraph; an edited credit policy that the rules cannot use stops it here, not on the first request. */
export async function start(config: ServiceConfig = loadConfig()) {
  const problems = creditPolicyProblems(DEFAULT_CREDIT_POLICY);
  if (problems.length) throw new Error(`credit policy is not usable: ${problems.join('; ')}`);
  return startSubgraph(subgraph, config);
}
