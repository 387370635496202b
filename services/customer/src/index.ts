import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { loadServiceConfig, NumberSequenceEntity, ServiceConfig, startSubgraph, SubgraphDefinition, type Env } from '@crm/platform';
import { CustomerEntity } from './entities/customer.entity';
import { createLoaders, CustomerLoaders } from './loaders';
import { customerResolvers } from './resolvers/customer.resolvers';
import { migrations } from './migrations';
import { seedDemoData } from './demo-data';

export const SERVICE_NAME = 'customer';
export const DEFAULT_PORT = 4001;
export const schemaFile = path.join(__dirname, '..', 'src', 'schema.graphql');

/** The customer subgraph as the platform runs it. */
export const subgraph: SubgraphDefinition<CustomerLoaders> = {
  typeDefs: parse(fs.readFileSync(schemaFile, 'utf8')),
  resolvers: customerResolvers as SubgraphDefinition<CustomerLoaders>['resolvers'],
  entities: [CustomerEntity, NumberSequenceEntity],
  migrations,
  createLoaders,
  seedDemoData,
};

export const loadConfig = (env?: Env, baseDir?: string): ServiceConfig => loadServiceConfig(SERVICE_NAME, DEFAULT_PORT, env, baseDir);

export const start = (config: ServiceConfig = loadConfig()) => startSubgraph(subgraph, config);
