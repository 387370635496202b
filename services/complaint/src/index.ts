import path from 'node:path';
import { parse } from 'graphql';
import type { ServiceConfig, SubgraphDefinition } from '@crm/platform';
import { type Env, loadServiceConfig, mergeAreaResolvers, NumberSequenceEntity, readSubgraphSdl, startSubgraph } from '@crm/platform';
import type { Resolvers } from './generated/resolvers-types';
import type { ComplaintLoaders } from './loaders';
import { createLoaders } from './loaders';
import { customerReferenceResolvers } from './shared/resolvers';
import { ComplaintEntity } from './modules/intake/entities/complaint.entity';
import { COMPLAINT_PROTECTED_FIELDS } from './modules/intake/confidentiality.rules';
import { intakeResolvers } from './modules/intake/intake.resolvers';
import { migrations } from './migrations';
import { complaintCustomerMergesConsumer } from './modules/intake/intake.events';
import { seedDemoData } from './demo/demo-data';

export const SERVICE_NAME = 'complaint';
export const DEFAULT_PORT = 4003;
/** The subgraph's source folder, whose SDL slices (src/shared, src/modules) make its schema with the platform's fragments. */
export const sourceDir = path.join(__dirname, '..', 'src');

/** The business areas' resolvers, merged per type (intake today; the SLA engine brings its own). */
const resolvers = mergeAreaResolvers<Resolvers>([customerReferenceResolvers, intakeResolvers]);

/** The complaint subgraph as the platform runs it. */
export const subgraph: SubgraphDefinition<ComplaintLoaders> = {
  typeDefs: parse(readSubgraphSdl(sourceDir, SERVICE_NAME)),
  resolvers: resolvers as SubgraphDefinition<ComplaintLoaders>['resolvers'],
  entities: [ComplaintEntity, NumberSequenceEntity],
  migrations,
  createLoaders,
  seedDemoData,
  // CUS-006: complaints follow a merged customer to the survivor.
  consumers: [complaintCustomerMergesConsumer],
  // the platform audits every write and serves the trail; content is masked there as in the API (CMP-041).
  // No approval flow yet: COMPLAINT_EXTENSION (CMP-034, modules/sla) arrives with the SLA engine, and with it onApprovalDecided.
  governance: { protectedFields: COMPLAINT_PROTECTED_FIELDS },
};

export const loadConfig = (env?: Env, baseDir?: string): ServiceConfig => loadServiceConfig(SERVICE_NAME, DEFAULT_PORT, env, baseDir);

export const start = (config: ServiceConfig = loadConfig()) => startSubgraph(subgraph, config);
