import { toPayload } from '@crm/platform';
import type { Resolvers } from '../generated/resolvers-types';

/** Thin: arguments → service or loader → result. */
export const customerResolvers: Resolvers = {
  Query: {
    customer: (_root, { id }, ctx) => ctx.loaders.customerById.load(id),
    customers: (_root, args, ctx) => ctx.loaders.customers.list(args.filter, args.orderBy, args),
  },
  Mutation: {
    createCustomer: async (_root, { input }, ctx) => toPayload('customer', await ctx.loaders.customers.create(input, ctx)),
    updateCustomer: async (_root, { input }, ctx) => toPayload('customer', await ctx.loaders.customers.update(input, ctx)),
  },
  Customer: {
    __resolveReference: (ref, ctx) => ctx.loaders.customerById.load(ref.id),
  },
};
