import type { Resolvers } from '../../generated/resolvers-types';

/** BI aggregates (section 5), computed in SQL within the caller's scope. */
export const biResolvers: Resolvers = {
  Query: {
    customerCounts: (_root, { groupBy, filter }, ctx) => ctx.services.bi.customerCounts(groupBy, filter, ctx),
    newCustomersPerMonth: (_root, { from, to, basis }, ctx) => ctx.services.bi.newCustomersPerMonth(from, to, basis, ctx),
    gradeMigrations: (_root, { fromCycle, toCycle }, ctx) => ctx.services.bi.gradeMigrations(fromCycle, toCycle, ctx),
    customerSignalsByDepartment: (_root, _args, ctx) => ctx.services.bi.signalsByDepartment(ctx),
    filingLagByOwner: (_root, { from, to }, ctx) => ctx.services.bi.filingLagByOwner(from, to, ctx),
    customerRetentionByQuarter: (_root, { from, to }, ctx) => ctx.services.bi.retentionByQuarter(from, to, ctx),
    periodicReportTimeliness: (_root, { from, to, asOf }, ctx) => ctx.services.bi.reportTimeliness(from, to, asOf, ctx),
    pointsIssuedPerMonth: (_root, { from, to }, ctx) => ctx.services.bi.pointsIssuedPerMonth(from, to, ctx),
    satisfactionByDepartment: (_root, { from, to }, ctx) => ctx.services.bi.satisfactionByDepartment(from, to, ctx),
    visitCountsByOwnerAndMonth: (_root, { from, to, asOf }, ctx) => ctx.services.bi.visitCountsByOwnerAndMonth(from, to, asOf, ctx),
  },
};
