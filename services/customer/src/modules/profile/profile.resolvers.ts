import { toPayload } from '@crm/platform';
import { keyAccountIssues } from '../../shared/key-account.rules';
import { treatmentOf } from '../../shared/treatment.rules';
import type { Resolvers } from '../../generated/resolvers-types';
import { openedFile } from '../../shared/parents';
import { recordViewer } from '../contacts-records/contacts-records.service';
import { payloadOf } from '../../shared/support/payload';
import type { DuplicateHit } from '../duplicates-merge/duplicates-merge-check.service';

/** The customer profile (CUS-001, CUS-002, CUS-003, CUS-004, CUS-005, CUS-006, CUS-007, CUS-008, CUS-009, CUS-010, CUS-011, CUS-012) and the Customer entity with its relations. Thin: arguments → service or loader → result. */
export const profileResolvers: Resolvers = {
  Query: {
    customer: async (_root, { id }, ctx) => ctx.services.classifiedReads.read(await ctx.loaders.customerById.load(id)),
    customers: (_root, args, ctx) => ctx.services.customers.list(args.filter, args.orderBy, args, ctx),
  },
  Mutation: {
    createCustomer: async (_root, { input }, ctx) =>
      payloadOf(await ctx.services.customers.create(input, ctx), { customer: null, duplicates: [] as DuplicateHit[] }),
    updateCustomer: async (_root, { input }, ctx) => toPayload('customer', await ctx.services.customers.update(input, ctx)),
    deleteCustomer: async (_root, { input }, ctx) => toPayload('customer', await ctx.services.customers.remove(input, ctx)),
    restoreCustomer: async (_root, { input }, ctx) => toPayload('customer', await ctx.services.customers.restore(input, ctx)),
    markCustomerReviewed: async (_root, { input }, ctx) => toPayload('customer', await ctx.services.customers.markReviewed(input, ctx)),
    submitCustomerFiling: async (_root, { input }, ctx) => toPayload('customer', await ctx.services.customers.submitFiling(input, ctx)),
    designateCustomerSize: async (_root, { input }, ctx) => toPayload('customer', await ctx.services.customers.designateSize(input, ctx)),
    setCustomerConfidentiality: async (_root, { input }, ctx) =>
      toPayload('customer', await ctx.services.customers.setConfidentiality(input, ctx)),
  },
  CustomerPayload: {
    customer: (payload, _args, ctx) => openedFile(ctx, payload.customer ?? null),
  },
  Customer: {
    __resolveReference: async (ref, ctx) => ctx.services.classifiedReads.read(await ctx.loaders.customerById.load(ref.id)),
    treatment: (customer, _args, ctx) => treatmentOf(customer.size, customer.grade, ctx.rules.policy),
    keyAccountIssues: (customer, _args, ctx) => keyAccountIssues(customer, ctx.rules.policy),
    mergedIds: (customer, _args, ctx) => ctx.loaders.mergedIdsByCustomer.load(customer.id),
    survivorId: (customer) => customer.id,
    contacts: (customer, _args, ctx) => ctx.loaders.contactsByCustomer.load(customer.id),
    events: (customer, { first }, ctx) => ctx.loaders.eventsByCustomer(recordViewer(ctx.caller, ctx.rules), first ?? 20).load(customer.id),
    communications: (customer, { first }, ctx) =>
      ctx.loaders.communicationsByCustomer(recordViewer(ctx.caller, ctx.rules), first ?? 20).load(customer.id),
    annualRecords: (customer, _args, ctx) => ctx.loaders.annualRecordsByCustomer.load(customer.id),
    orders: (customer, { first }, ctx) => ctx.loaders.ordersByCustomer(first ?? 20).load(customer.id),
    gradeAssessments: (customer, _args, ctx) => ctx.loaders.assessmentsByCustomer.load(customer.id),
    gradeHistory: (customer, _args, ctx) => ctx.loaders.gradeHistoryByCustomer.load(customer.id),
    gradeOverrides: (customer, _args, ctx) => ctx.loaders.gradeOverridesByCustomer.load(customer.id),
    ownershipClaims: (customer, _args, ctx) => ctx.loaders.claimsByCustomer.load(customer.id),
    ownershipHistory: (customer, _args, ctx) => ctx.loaders.ownershipHistoryByCustomer.load(customer.id),
    visitPlan: (customer, _args, ctx) => ctx.loaders.visitPlanByCustomer.load(customer.id),
    periodicReports: (customer, { first }, ctx) => ctx.loaders.periodicReportsByCustomer(first ?? 12).load(customer.id),
    latestSurvey: (customer, _args, ctx) => ctx.loaders.latestSurveyByCustomer.load(customer.id),
    pointsBalance: (customer, _args, ctx) => ctx.loaders.pointsBalanceByCustomer.load(customer.id),
    stateChanges: (customer, { first }, ctx) => ctx.loaders.stateChangesByCustomer(first ?? 20).load(customer.id),
  },
};
