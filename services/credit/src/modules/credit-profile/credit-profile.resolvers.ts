import { forbidden, formatCents, toCents, toPayload } from '@crm/platform';
import { customerPlacement, reachesEveryCustomer } from '../../shared/credit-scope';
import type { Resolvers } from '../../generated/resolvers-types';

/** Thin: arguments → service or loader → result. */
export const creditProfileResolvers: Resolvers = {
  Query: {
    creditProfile: (_root, { customerId }, ctx) => {
      // By customer id the owner is unknown here, so only an ALL scope may look; the others go through the customer.
      if (!reachesEveryCustomer(ctx.access, 'credit:READ')) {
        throw forbidden(
          "请通过 customer(id) { credit } 查询信用档案 / read the credit profile through customer(id) { credit }, scoped by the customer's owner",
        );
      }
      return ctx.loaders.profileByCustomerId.load(customerId);
    },
  },
  Mutation: {
    openCreditProfile: async (_root, { input }, ctx) => toPayload('creditProfile', await ctx.loaders.profiles.open(input, ctx)),
    updateCreditProfile: async (_root, { input }, ctx) => toPayload('creditProfile', await ctx.loaders.profiles.update(input, ctx)),
  },
  Customer: {
    // A customer outside the caller's credit scope shows no credit profile.
    credit: (customer, _args, ctx) =>
      ctx.access.covers('credit:READ', customerPlacement(customer)) ? ctx.loaders.profileByCustomerId.load(customer.id) : null,
  },
  CreditProfile: {
    customer: (profile) => ({ id: profile.customerId }),
    limit: async (profile, _args, ctx) => (await ctx.loaders.standingLimitByCustomerId.load(profile.customerId))?.amount ?? null,
    pendingLimit: (profile, _args, ctx) => ctx.loaders.pendingLimitByCustomerId.load(profile.customerId),
    exposure: async (profile, _args, ctx) => formatCents(await ctx.loaders.exposureByCustomerId.load(profile.customerId)),
    availableCredit: async (profile, _args, ctx) => {
      const [limit, exposure] = await Promise.all([
        ctx.loaders.standingLimitByCustomerId.load(profile.customerId),
        ctx.loaders.exposureByCustomerId.load(profile.customerId),
      ]);
      return limit ? formatCents(toCents(limit.amount) - exposure) : null;
    },
  },
};
