import path from 'node:path';
import { supplierCustomerMergesConsumer } from './modules/supplier-profile/supplier-profile.events';
import { parse } from 'graphql';
import type { ServiceConfig, SubgraphDefinition } from '@crm/platform';
import { type Env, loadServiceConfig, mergeAreaResolvers, NumberSequenceEntity, readSubgraphSdl, startSubgraph } from '@crm/platform';
import type { Resolvers } from './generated/resolvers-types';
import { SupplierEntity } from './shared/entities/supplier.entity';
import { SupplyItemEntity } from './modules/supply-items/entities/supply-item.entity';
import { InSupplyLinkEntity } from './modules/supply-items/entities/in-supply-link.entity';
import { BlacklistEntryEntity } from './modules/blacklist/entities/blacklist-entry.entity';
import type { SupplierLoaders } from './loaders';
import { createLoaders } from './loaders';
import { supplierProfileResolvers } from './modules/supplier-profile/supplier-profile.resolvers';
import { supplyItemsResolvers } from './modules/supply-items/supply-items.resolvers';
import { blacklistResolvers } from './modules/blacklist/blacklist.resolvers';
import { migrations } from './migrations';
import { seedDemoData } from './demo/demo-data';
import { SUPPLIER_PROTECTED_FIELDS } from './shared/protected-fields';
import { onAdmissionDecided } from './modules/admission/admission.approvals';

export const SERVICE_NAME = 'supplier';
export const DEFAULT_PORT = 4004;
/** The subgraph's source folder, whose SDL slices (src/shared, src/modules) make its schema with the platform's fragments. */
export const sourceDir = path.join(__dirname, '..', 'src');

/** The business areas' resolvers, merged per type. */
const resolvers = mergeAreaResolvers<Resolvers>([supplierProfileResolvers, supplyItemsResolvers, blacklistResolvers]);

/** The supplier subgraph as the platform runs it. */
export const subgraph: SubgraphDefinition<SupplierLoaders> = {
  typeDefs: parse(readSubgraphSdl(sourceDir, SERVICE_NAME)),
  resolvers: resolvers as SubgraphDefinition<SupplierLoaders>['resolvers'],
  // The platform adds the audit and approval tables when it serves a governed subgraph; they are listed here too so
  // the migration generator and the migration check, which read this list, cover them (TypeORM ignores the repeat).
  entities: [SupplierEntity, SupplyItemEntity, InSupplyLinkEntity, BlacklistEntryEntity, NumberSequenceEntity],
  migrations,
  createLoaders,
  seedDemoData,
  // CUS-006: supplier links follow a merged customer to the survivor.
  consumers: [supplierCustomerMergesConsumer],
  // every write audited, the trail masked like the API, admissions decided through the approvals engine.
  governance: { protectedFields: SUPPLIER_PROTECTED_FIELDS, onApprovalDecided: onAdmissionDecided },
};

export const loadConfig = (env?: Env, baseDir?: string): ServiceConfig => loadServiceConfig(SERVICE_NAME, DEFAULT_PORT, env, baseDir);

export const start = (config: ServiceConfig = loadConfig()) => startSubgraph(subgraph, config);
