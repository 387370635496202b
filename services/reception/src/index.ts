import path from 'node:path';
import { parse } from 'graphql';
import type { ServiceConfig, SubgraphDefinition } from '@crm/platform';
import { type Env, loadServiceConfig, mergeAreaResolvers, readSubgraphSdl, startSubgraph } from '@crm/platform';
import type { Resolvers } from './generated/resolvers-types';
import { ReceptionEntity } from './modules/reception/entities/reception.entity';
import { ReceptionExpenseEntity } from './modules/reception/entities/reception-expense.entity';
import { GiftRequestEntity } from './modules/reception/entities/gift-request.entity';
import type { ReceptionLoaders } from './loaders';
import { createLoaders } from './loaders';
import { receptionResolvers } from './modules/reception/reception.resolvers';
import { migrations } from './migrations';
import { CustomerFilingEntity } from './modules/customer-filing/entities/customer-filing.entity';
import { customerFilingConsumer } from './modules/customer-filing/customer-filing.events';
import { receptionCustomerMergesConsumer } from './modules/reception/reception.events';
import { seedDemoData } from './demo/demo-data';
import { applyApprovalDecision } from './modules/reception/reception-approval.service';
import type { ReceptionPolicy } from './modules/reception/reception-policy';
import { DEFAULT_RECEPTION_POLICY } from './modules/reception/reception-policy';
import type { ReceptionConfig } from './reception-config';
import { isReceptionConfig, loadReceptionPolicy } from './reception-config';

export const SERVICE_NAME = 'reception';
export const DEFAULT_PORT = 4005;
/** The subgraph's source folder, whose SDL slices (src/shared, src/modules) make its schema with the platform's fragments. */
export const sourceDir = path.join(__dirname, '..', 'src');

/** The business areas' resolvers, merged per type. */
const resolvers = mergeAreaResolvers<Resolvers>([receptionResolvers]);

/** The reception subgraph under a rule policy (default: the rule book's). */
export function receptionSubgraph(policy: ReceptionPolicy = DEFAULT_RECEPTION_POLICY): SubgraphDefinition<ReceptionLoaders> {
  return {
    typeDefs: parse(readSubgraphSdl(sourceDir, SERVICE_NAME)),
    resolvers: resolvers as SubgraphDefinition<ReceptionLoaders>['resolvers'],
    // The governance tables are listed too because the migration generator and check read `entities` only; the
    // platform adds them again when it starts a governed subgraph, which TypeORM tolerates.
    entities: [ReceptionEntity, ReceptionExpenseEntity, GiftRequestEntity, CustomerFilingEntity],
    migrations,
    createLoaders: (dataSource, config, access) => createLoaders(dataSource, config, access, policy),
    seedDemoData,
    // REC-011: the customers' filing state; CUS-006: receptions follow a merged customer to the survivor.
    consumers: [customerFilingConsumer, receptionCustomerMergesConsumer],
    governance: {
      // The SDL masks no reception field (@masked), so the trail shows every value to its readers.
      protectedFields: {},
      onApprovalDecided: applyApprovalDecision,
    },
  };
}

/** The reception subgraph as the platform runs it. */
export const subgraph: SubgraphDefinition<ReceptionLoaders> = receptionSubgraph();

/** The platform's settings plus the rule values the environment overrides (RECEPTION_GIFT_IMPORTANT_…). */
export const loadConfig = (env: Env = process.env, baseDir?: string): ReceptionConfig => ({
  ...loadServiceConfig(SERVICE_NAME, DEFAULT_PORT, env, baseDir),
  receptionPolicy: loadReceptionPolicy(env),
});

/** Starts the subgraph with the policy of its configuration (a plain ServiceConfig runs the rule book's defaults). */
export const start = (config: ServiceConfig = loadConfig()) =>
  startSubgraph(receptionSubgraph(isReceptionConfig(config) ? config.receptionPolicy : DEFAULT_RECEPTION_POLICY), config);
