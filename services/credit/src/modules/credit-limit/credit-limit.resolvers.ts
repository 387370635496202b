import { toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';

/** Thin: arguments → service → payload. */
export const creditLimitResolvers: Resolvers = {
  Mutation: {
    setCreditLimit: async (_root, { input }, ctx) => toPayload('creditLimit', await ctx.loaders.limits.request(input, ctx)),
  },
};
