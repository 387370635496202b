import type { Resolvers } from '../generated/resolvers-types';
import { payloadOf } from '../support/payload';

/** Merging customers (CUS-006) and what other subgraphs need to follow it. */
export const mergeResolvers: Resolvers = {
  Query: {
    customerMergePreview: (_root, { input }, ctx) => ctx.loaders.services.merges.preview(input, ctx),
    customerMerges: (_root, { since }, ctx) => ctx.loaders.services.merges.mergesSince(since),
  },
  Mutation: {
    mergeCustomers: async (_root, { input }, ctx) => payloadOf(await ctx.loaders.services.merges.merge(input, ctx), { survivor: null, merge: null, childRecords: [], notMoved: [] }),
  },
};
