import { emptyConnection, toPayload } from '@crm/platform';
import { budgetOf } from './reception-budget.rules';
import { lineTotal } from './gift-request.rules';
import type { Resolvers } from '../../generated/resolvers-types';

/** Thin: arguments → service or loader → result. */
export const receptionResolvers: Resolvers = {
  Query: {
    reception: (_root, { id }, ctx) => ctx.loaders.receptionById.load(id),
    receptions: (_root, args, ctx) => ctx.loaders.receptions.list(args.filter, args.orderBy, args),
  },
  Mutation: {
    requestReception: async (_root, { input }, ctx) => toPayload('reception', await ctx.loaders.receptions.request(input, ctx)),
    updateReception: async (_root, { input }, ctx) => toPayload('reception', await ctx.loaders.receptions.update(input, ctx)),
    submitReception: async (_root, { input }, ctx) => toPayload('reception', await ctx.loaders.receptionApprovals.submit(input, ctx)),
    setReceptionGifts: async (_root, { input }, ctx) => toPayload('reception', await ctx.loaders.receptionGifts.set(input, ctx)),
    removeReceptionGifts: async (_root, { input }, ctx) => toPayload('reception', await ctx.loaders.receptionGifts.remove(input, ctx)),
    settleReception: async (_root, { input }, ctx) => toPayload('reception', await ctx.loaders.receptions.settle(input, ctx)),
  },
  Reception: {
    __resolveReference: (ref, ctx) => ctx.loaders.receptionById.load(ref.id),
    customer: (reception) => (reception.customerId ? { id: reception.customerId } : null),
    budget: (reception) => budgetOf(reception),
    perPersonCap: (reception, _args, ctx) => ctx.loaders.receptions.standardOf(reception).perPersonCap,
    hospitalityCap: (reception, _args, ctx) => ctx.loaders.receptions.standardOf(reception).cap,
    approval: (reception, _args, ctx) => (reception.approvalId ? ctx.loaders.approvalById.load(reception.approvalId) : null),
    overStandardApproval: (reception, _args, ctx) =>
      reception.overStandardApprovalId ? ctx.loaders.approvalById.load(reception.overStandardApprovalId) : null,
    expenses: (reception, _args, ctx) => ctx.loaders.expensesByReception.load(reception.id),
    gifts: (reception, _args, ctx) => ctx.loaders.giftsByReception.load(reception.id),
  },
  GiftRequest: {
    approval: (gifts, _args, ctx) => (gifts.approvalId ? ctx.loaders.approvalById.load(gifts.approvalId) : null),
  },
  GiftItem: {
    lineTotal: (item) => lineTotal(item),
  },
  Customer: {
    // The customer subgraph owns the record; the representation (key and required owner fields) is all reception needs.
    __resolveReference: (ref) => ref,
    // A customer outside the caller's reception scope shows no receptions.
    receptions: (customer, args, ctx) =>
      ctx.access.covers('reception:READ', { ownerId: customer.ownerId, departmentId: customer.ownerDepartmentId })
        ? ctx.loaders.customerReceptions.connection(customer.id, args)
        : emptyConnection(),
  },
};
