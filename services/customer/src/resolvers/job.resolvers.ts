import type { Resolvers } from '../generated/resolvers-types';
import type { CustomerStateChangeEntity } from '../entities/customer-state-change.entity';
import { payloadOf } from '../support/payload';
import { customerOf } from './parents';

/** The scheduled jobs, run by hand (SYSTEM, SYSTEM_ADMIN). */
export const jobResolvers: Resolvers = {
  Mutation: {
    runChurnDetection: async (_root, { asOf }, ctx) => payloadOf(await ctx.loaders.services.jobs.churn(asOf, ctx), { asOf: null, changes: [] as CustomerStateChangeEntity[] }),
    runCustomerDailyJobs: async (_root, { asOf }, ctx) => payloadOf(await ctx.loaders.services.jobs.daily(asOf, ctx), { asOf: null, results: [] }),
  },
  CustomerStateChange: {
    customer: customerOf,
    from: (change) => change.fromValue,
    to: (change) => change.toValue,
  },
};
