import { toPayload } from '@crm/platform';
import type { Resolvers } from '../generated/resolvers-types';
import { customerOf } from './parents';

/** Lifecycle stage and status by hand (section 3, CUS-036). */
export const lifecycleResolvers: Resolvers = {
  Mutation: {
    changeLifecycleStage: async (_root, { input }, ctx) => toPayload('customer', await ctx.loaders.services.lifecycle.changeStage(input, ctx)),
    suspendCustomer: async (_root, { input }, ctx) => toPayload('customer', await ctx.loaders.services.lifecycle.suspend(input, ctx)),
    reactivateCustomer: async (_root, { input }, ctx) => toPayload('customer', await ctx.loaders.services.lifecycle.reactivate(input, ctx)),
    requestCustomerTermination: async (_root, { input }, ctx) => toPayload('request', await ctx.loaders.services.lifecycle.requestTermination(input, ctx)),
  },
  TerminationRequest: { customer: customerOf },
};
