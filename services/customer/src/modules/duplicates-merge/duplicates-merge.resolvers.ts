import type { Resolvers } from '../../generated/resolvers-types';
import { payloadOf } from '../../shared/support/payload';

/** Finding duplicates (CUS-005) and merging customers (CUS-006) and what other subgraphs need to follow it. */
export const duplicatesMergeResolvers: Resolvers = {
  Query: {
    customerDuplicates: (_root, { input }, ctx) => ctx.services.duplicates.check(input, ctx),
    customerMergePreview: (_root, { input }, ctx) => ctx.services.merges.preview(input, ctx),
    customerMerges: (_root, { since }, ctx) => ctx.services.merges.mergesSince(since),
  },
  Mutation: {
    mergeCustomers: async (_root, { input }, ctx) =>
      payloadOf(await ctx.services.merges.merge(input, ctx), { survivor: null, merge: null, childRecords: [], notMoved: [] }),
  },
  CustomerDuplicate: {
    customer: async (hit, _args, ctx) =>
      hit.masked ? null : ctx.services.classifiedReads.read(await ctx.loaders.customerById.load(hit.customerId)),
  },
};
