import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { loadServiceConfig, NumberSequenceEntity, ServiceConfig, startSubgraph, SubgraphDefinition, type Env } from '@crm/platform';
import { SupplierEntity } from './entities/supplier.entity';
import { SupplyItemEntity } from './entities/supply-item.entity';
import { InSupplyLinkEntity } from './entities/in-supply-link.entity';
import { BlacklistEntryEntity } from './entities/blacklist-entry.entity';
import { createLoaders, SupplierLoaders } from './loaders';
import { resolvers } from './resolvers';
import { migrations } from './migrations';
import { seedDemoData } from './demo-data';

export const SERVICE_NAME = 'supplier';
export const DEFAULT_PORT = 4004;
export const schemaFile = path.join(__dirname, '..', 'src', 'schema.graphql');

/** The supplier subgraph as the platform runs it. */
export const subgraph: SubgraphDefinition<SupplierLoaders> = {
  typeDefs: parse(fs.readFileSync(schemaFile, 'utf8')),
  resolvers: resolvers as SubgraphDefinition<SupplierLoaders>['resolvers'],
  entities: [SupplierEntity, SupplyItemEntity, InSupplyLinkEntity, BlacklistEntryEntity, NumberSequenceEntity],
  migrations,
  createLoaders,
  seedDemoData,
};

export const loadConfig = (env?: Env, baseDir?: string): ServiceConfig => loadServiceConfig(SERVICE_NAME, DEFAULT_PORT, env, baseDir);

export const start = (config: ServiceConfig = loadConfig()) => startSubgraph(subgraph, config);
