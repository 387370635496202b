import { toPayload } from '@crm/platform';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import type { Resolvers } from '../../generated/resolvers-types';
import { payloadOf } from '../../shared/support/payload';
import { customerOf } from '../../shared/parents';

/** Ownership (CUS-026, CUS-027, CUS-028, CUS-029, CUS-030, CUS-031, CUS-032): claims, transfers, leads, departures. */
export const ownershipResolvers: Resolvers = {
  Query: {
    ownershipClaims: (_root, args, ctx) => ctx.services.claims.list(args.filter, args, ctx),
    ownershipTransfers: (_root, args, ctx) => ctx.services.transfers.list(args.filter, args, ctx),
    revokedStaff: (_root, _args, ctx) => ctx.services.transfers.revokedStaff(),
  },
  Mutation: {
    submitOwnershipClaim: async (_root, { input }, ctx) => toPayload('claim', await ctx.services.claims.submit(input, ctx)),
    confirmOwnershipClaim: async (_root, { input }, ctx) => toPayload('claim', await ctx.services.claims.confirm(input, ctx)),
    refuseOwnershipClaim: async (_root, { input }, ctx) => toPayload('claim', await ctx.services.claims.refuse(input, ctx)),
    extendOwnershipClaim: async (_root, { input }, ctx) => toPayload('claim', await ctx.services.claims.extend(input, ctx)),
    releaseOwnershipClaim: async (_root, { input }, ctx) => toPayload('claim', await ctx.services.claims.release(input, ctx)),
    transferCustomers: async (_root, { input }, ctx) => toPayload('transfer', await ctx.services.transfers.transfer(input, ctx)),
    reportUnresolvedGrievance: async (_root, { input }, ctx) =>
      toPayload('transfer', await ctx.services.transfers.grievanceUnresolved(input, ctx)),
    handOverDepartingStaff: async (_root, { input }, ctx) => toPayload('transfer', await ctx.services.transfers.handOver(input, ctx)),
    advanceOwnershipTransfer: async (_root, { input }, ctx) => toPayload('transfer', await ctx.services.transfers.advance(input, ctx)),
    distributeLeads: async (_root, { input }, ctx) =>
      payloadOf(await ctx.services.transfers.distributeLeads(input, ctx), { customers: [] as CustomerEntity[] }),
  },
  OwnershipClaim: { customer: customerOf },
  OwnershipTransfer: {
    customers: async (transfer, { first }, ctx) => {
      const ids = (await ctx.loaders.transferCustomerIds.load(transfer.id)).slice(0, first ?? 50);
      const customers = await ctx.loaders.parentCustomerById.loadMany(ids);
      return customers.filter((c): c is CustomerEntity => c !== null && !(c instanceof Error));
    },
  },
};
