import { formatCents, toCents, toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';

/** Thin: arguments → service or loader → result. */
export const receivablesResolvers: Resolvers = {
  Query: {
    receivables: (_root, args, ctx) => ctx.loaders.receivables.list(args.filter, args.orderBy, args),
  },
  Mutation: {
    recordReceivable: async (_root, { input }, ctx) => toPayload('receivable', await ctx.loaders.receivables.record(input, ctx)),
  },
  Customer: {
    creditGradingInputs: (customer, { periodFrom, periodTo }, ctx) =>
      ctx.loaders.gradingInputs.forCustomer(customer, { periodFrom, periodTo }),
  },
  Receivable: {
    customer: (receivable) => ({ id: receivable.customerId }),
    outstandingAmount: (receivable) => formatCents(toCents(receivable.amount) - toCents(receivable.paidAmount)),
  },
};
