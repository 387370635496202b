import { toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';
import type { CustomerStateChangeEntity } from '../../shared/entities/customer-state-change.entity';
import { payloadOf } from '../../shared/support/payload';
import { customerOf } from '../../shared/parents';

/** Lifecycle stage and status by hand (section 3, CUS-036); the scheduled jobs run by hand (SYSTEM, SYSTEM_ADMIN). */
export const lifecycleResolvers: Resolvers = {
  Mutation: {
    changeLifecycleStage: async (_root, { input }, ctx) => toPayload('customer', await ctx.services.lifecycle.changeStage(input, ctx)),
    suspendCustomer: async (_root, { input }, ctx) => toPayload('customer', await ctx.services.lifecycle.suspend(input, ctx)),
    reactivateCustomer: async (_root, { input }, ctx) => toPayload('customer', await ctx.services.lifecycle.reactivate(input, ctx)),
    requestCustomerTermination: async (_root, { input }, ctx) =>
      toPayload('request', await ctx.services.lifecycle.requestTermination(input, ctx)),
    runChurnDetection: async (_root, { asOf }, ctx) =>
      payloadOf(await ctx.services.jobs.churn(asOf, ctx), { asOf: null, changes: [] as CustomerStateChangeEntity[] }),
    runCustomerDailyJobs: async (_root, { asOf }, ctx) => payloadOf(await ctx.services.jobs.daily(asOf, ctx), { asOf: null, results: [] }),
  },
  TerminationRequest: { customer: customerOf },
  CustomerStateChange: {
    customer: customerOf,
    from: (change) => change.fromValue,
    to: (change) => change.toValue,
  },
};
