import { toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';
import { forwardingDeadlines, lateSteps } from './periodic-reports.rules';
import { customerOf } from '../../shared/parents';

/** Visit plans and periodic reports (CUS-024, CUS-025, 039/040). */
export const visitsReportsResolvers: Resolvers = {
  Query: {
    visitsDue: (_root, { filter }, ctx) => ctx.services.visits.due(filter, ctx),
    visitCountsByOwner: (_root, { asOf }, ctx) => ctx.services.visits.countsByOwner(asOf, ctx),
    periodicReports: (_root, args, ctx) => ctx.services.reports.list(args.filter, args, ctx),
  },
  Mutation: {
    submitPeriodicReport: async (_root, { input }, ctx) => toPayload('report', await ctx.services.reports.submit(input, ctx)),
    forwardPeriodicReport: async (_root, { input }, ctx) => toPayload('report', await ctx.services.reports.forward(input, ctx)),
  },
  VisitPlan: { customer: customerOf },
  VisitDue: { customer: customerOf },
  PeriodicReport: {
    customer: customerOf,
    supervisorForwardDueAt: (report, _args, ctx) => forwardingDeadlines(report, ctx.rules.policy).supervisorForwardDueAt,
    managerForwardDueAt: (report, _args, ctx) => forwardingDeadlines(report, ctx.rules.policy).managerForwardDueAt,
    lateSteps: (report, _args, ctx) => lateSteps(report, ctx.rules.clock.now(), ctx.rules.policy),
  },
};
