import path from 'node:path';
import { parse } from 'graphql';
import { type Env, loadServiceConfig, readSubgraphSdl, ServiceConfig, startSubgraph, SubgraphDefinition } from '@crm/platform';
import { ReceptionEntity } from './entities/reception.entity';
import { ReceptionExpenseEntity } from './entities/reception-expense.entity';
import { createLoaders, ReceptionLoaders } from './loaders';
import { receptionResolvers } from './resolvers/reception.resolvers';
import { migrations } from './migrations';
import { seedDemoData } from './demo-data';
import { applyApprovalDecision } from './services/reception-approval.service';

export const SERVICE_NAME = 'reception';
export const DEFAULT_PORT = 4005;
export const schemaFile = path.join(__dirname, '..', 'src', 'schema.graphql');

/** The reception subgraph as the platform runs it. */
export const subgraph: SubgraphDefinition<ReceptionLoaders> = {
  typeDefs: parse(readSubgraphSdl(schemaFile)),
  resolvers: receptionResolvers as SubgraphDefinition<ReceptionLoaders>['resolvers'],
  // The governance tables are listed too because the migration generator and check read `entities` only; the
  // platform adds them again when it starts a governed subgraph, which TypeORM tolerates.
  entities: [ReceptionEntity, ReceptionExpenseEntity],
  migrations,
  createLoaders,
  seedDemoData,
  governance: {
    // The SDL masks no reception field (@masked), so the trail shows every value to its readers.
    protectedFields: {},
    onApprovalDecided: applyApprovalDecision,
  },
};

export const loadConfig = (env?: Env, baseDir?: string): ServiceConfig => loadServiceConfig(SERVICE_NAME, DEFAULT_PORT, env, baseDir);

export const start = (config: ServiceConfig = loadConfig()) => startSubgraph(subgraph, config);
