import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { loadServiceConfig, ServiceConfig, startSubgraph, SubgraphDefinition, type Env } from '@crm/platform';
import { ReceptionEntity } from './entities/reception.entity';
import { ReceptionExpenseEntity } from './entities/reception-expense.entity';
import { createLoaders, ReceptionLoaders } from './loaders';
import { receptionResolvers } from './resolvers/reception.resolvers';
import { migrations } from './migrations';
import { seedDemoData } from './demo-data';

export const SERVICE_NAME = 'reception';
export const DEFAULT_PORT = 4005;
export const schemaFile = path.join(__dirname, '..', 'src', 'schema.graphql');

/** The reception subgraph as the platform runs it. */
export const subgraph: SubgraphDefinition<ReceptionLoaders> = {
  typeDefs: parse(fs.readFileSync(schemaFile, 'utf8')),
  resolvers: receptionResolvers as SubgraphDefinition<ReceptionLoaders>['resolvers'],
  entities: [ReceptionEntity, ReceptionExpenseEntity],
  migrations,
  createLoaders,
  seedDemoData,
};

export const loadConfig = (env?: Env, baseDir?: string): ServiceConfig => loadServiceConfig(SERVICE_NAME, DEFAULT_PORT, env, baseDir);

export const start = (config: ServiceConfig = loadConfig()) => startSubgraph(subgraph, config);
