import path from 'node:path';
import { parse } from 'graphql';
import { type Env, loadServiceConfig, readSubgraphSdl, ServiceConfig, startSubgraph, SubgraphDefinition } from '@crm/platform';
import { CreditLimitEntity } from './entities/credit-limit.entity';
import { CreditProfileEntity } from './entities/credit-profile.entity';
import { ReceivableEntity } from './entities/receivable.entity';
import { createLoaders, CreditLoaders } from './loaders';
import { creditPolicyProblems, DEFAULT_CREDIT_POLICY } from './domain/credit-policy';
import { CREDIT_PROTECTED_FIELDS } from './domain/protected-fields';
import { applyLimitDecision } from './services/limit-decision';
import { creditResolvers } from './resolvers/credit.resolvers';
import { migrations } from './migrations';
import { seedDemoData } from './demo-data';

export const SERVICE_NAME = 'credit';
export const DEFAULT_PORT = 4002;
/** The subgraph's source folder, whose SDL slices (src/shared, src/modules) make its schema with the platform's fragments. */
export const sourceDir = path.join(__dirname, '..', 'src');

/** The credit subgraph as the platform runs it. */
export const subgraph: SubgraphDefinition<CreditLoaders> = {
  typeDefs: parse(readSubgraphSdl(sourceDir, SERVICE_NAME)),
  resolvers: creditResolvers as SubgraphDefinition<CreditLoaders>['resolvers'],
  entities: [CreditProfileEntity, CreditLimitEntity, ReceivableEntity],
  migrations,
  createLoaders: (dataSource, config, access) => createLoaders(dataSource, config, access),
  seedDemoData,
  // X-040…X-054: every write audited and the trail served with ratings and limits masked as in the API; a decided
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
