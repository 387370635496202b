import type { Resolvers } from '../generated/resolvers-types';
import { blacklistResolvers } from './blacklist.resolvers';
import { supplierResolvers } from './supplier.resolvers';
import { supplyItemResolvers } from './supply-item.resolvers';

/** All resolvers of the subgraph, one module per root area. */
export const resolvers: Resolvers = {
  ...supplierResolvers,
  ...supplyItemResolvers,
  ...blacklistResolvers,
  Query: { ...supplierResolvers.Query, ...supplyItemResolvers.Query, ...blacklistResolvers.Query },
};
