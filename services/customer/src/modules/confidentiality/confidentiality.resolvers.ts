import { toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';
import { customerOf } from '../../shared/parents';

/** File access, loans and export requests (X-032, X-033, X-034, CUS-042). */
export const confidentialityResolvers: Resolvers = {
  Query: {
    fileAccessRequests: (_root, args, ctx) => ctx.services.confidentiality.listAccess(args.filter, args, ctx),
    fileLoans: (_root, args, ctx) => ctx.services.confidentiality.listLoans(args.filter, args, ctx),
    exportRequests: (_root, args, ctx) => ctx.services.confidentiality.listExports(args.filter, args, ctx),
    fileAccessGranted: (_root, { customerId }, ctx) => ctx.services.confidentiality.hasAccess(customerId, ctx),
  },
  Mutation: {
    requestFileAccess: async (_root, { input }, ctx) => toPayload('request', await ctx.services.confidentiality.requestAccess(input, ctx)),
    requestFileLoan: async (_root, { input }, ctx) => toPayload('loan', await ctx.services.confidentiality.requestLoan(input, ctx)),
    returnFileLoan: async (_root, { input }, ctx) => toPayload('loan', await ctx.services.confidentiality.returnLoan(input, ctx)),
    requestCustomerExport: async (_root, { input }, ctx) =>
      toPayload('request', await ctx.services.confidentiality.requestExport(input, ctx)),
  },
  FileAccessRequest: { customer: customerOf },
  FileLoan: { customer: customerOf },
};
