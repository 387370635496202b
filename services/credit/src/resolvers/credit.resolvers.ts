import { formatCents, toCents, toPayload } from '@crm/platform';
import type { Resolvers } from '../generated/resolvers-types';

/** Thin: arguments → service or loader → result. */
export const creditResolvers: Resolvers = {
  Query: {
    creditProfile: (_root, { customerId }, ctx) => ctx.loaders.profileByCustomerId.load(customerId),
    receivables: (_root, args, ctx) => ctx.loaders.receivables.list(args.filter, args.orderBy, args),
  },
  Mutation: {
    openCreditProfile: async (_root, { input }, ctx) => toPayload('creditProfile', await ctx.loaders.profiles.open(input, ctx)),
    updateCreditProfile: async (_root, { input }, ctx) => toPayload('creditProfile', await ctx.loaders.profiles.update(input, ctx)),
    setCreditLimit: async (_root, { input }, ctx) => toPayload('creditLimit', await ctx.loaders.limits.setStanding(input, ctx)),
    recordReceivable: async (_root, { input }, ctx) => toPayload('receivable', await ctx.loaders.receivables.record(input, ctx)),
  },
  Customer: {
    // The customer subgraph owns the record; this one only needs the key.
    __resolveReference: (ref) => ({ id: ref.id }),
    credit: (customer, _args, ctx) => ctx.loaders.profileByCustomerId.load(customer.id),
  },
  CreditProfile: {
    customer: (profile) => ({ id: profile.customerId }),
    limit: async (profile, _args, ctx) => (await ctx.loaders.standingLimitByCustomerId.load(profile.customerId))?.amount ?? null,
    exposure: async (profile, _args, ctx) => formatCents(await ctx.loaders.exposureByCustomerId.load(profile.customerId)),
    availableCredit: async (profile, _args, ctx) => {
      const [limit, exposure] = await Promise.all([
        ctx.loaders.standingLimitByCustomerId.load(profile.customerId),
        ctx.loaders.exposureByCustomerId.load(profile.customerId),
      ]);
      return limit ? formatCents(toCents(limit.amount) - exposure) : null;
    },
  },
  Receivable: {
    customer: (receivable) => ({ id: receivable.customerId }),
    outstandingAmount: (receivable) => formatCents(toCents(receivable.amount) - toCents(receivable.paidAmount)),
  },
};
