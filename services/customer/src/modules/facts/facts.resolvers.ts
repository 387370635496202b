import { toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';
import { payloadOf } from '../../shared/support/payload';
import { customerOf, openedFile } from '../../shared/parents';

/** Facts recorded from outside the subgraph: orders, complaint counts, yearly figures, surveys, referrals. */
export const factsResolvers: Resolvers = {
  Mutation: {
    recordAnnualRecord: async (_root, { input }, ctx) => toPayload('annualRecord', await ctx.services.facts.recordAnnualRecord(input, ctx)),
    recordCustomerOrder: async (_root, { input }, ctx) =>
      payloadOf(await ctx.services.facts.recordOrder(input, ctx), { order: null, customer: null }),
    recordComplaintFacts: async (_root, { input }, ctx) => toPayload('customer', await ctx.services.facts.recordComplaintFacts(input, ctx)),
    recordSatisfactionSurvey: async (_root, { input }, ctx) => toPayload('survey', await ctx.services.facts.recordSurvey(input, ctx)),
    recordReferralPoints: async (_root, { input }, ctx) => toPayload('entry', await ctx.services.facts.recordReferralPoints(input, ctx)),
  },
  OrderRecordPayload: { customer: (payload, _args, ctx) => openedFile(ctx, payload.customer ?? null) },
  AnnualRecord: { customer: customerOf },
  OrderRecord: { customer: customerOf },
  SatisfactionSurvey: { customer: customerOf },
  PointsEntry: {
    customer: customerOf,
    referredCustomer: async (entry, _args, ctx) =>
      ctx.services.classifiedReads.read(await ctx.loaders.customerById.load(entry.referredCustomerId)),
  },
};
