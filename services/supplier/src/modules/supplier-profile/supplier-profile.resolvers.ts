import { toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';
import { byCode, present } from '../../shared/present';

/** Thin: arguments → service or loader → result. */
export const supplierProfileResolvers = {
  Query: {
    supplier: (_root, { id }, ctx) => ctx.loaders.supplierById.load(id),
    suppliers: (_root, args, ctx) => ctx.loaders.suppliers.list(args.filter, args.orderBy, args),
  },
  Mutation: {
    registerSupplier: async (_root, { input }, ctx) => toPayload('supplier', await ctx.loaders.suppliers.register(input, ctx)),
    updateSupplier: async (_root, { input }, ctx) => toPayload('supplier', await ctx.loaders.suppliers.update(input, ctx)),
  },
  Supplier: {
    __resolveReference: (ref, ctx) => ctx.loaders.supplierById.load(ref.id),
    // A key only: the customer subgraph resolves the rest.
    customer: (supplier) => (supplier.customerId ? { id: supplier.customerId } : null),
    bankAccount: (supplier) => ({ bank: supplier.bankName, accountNo: supplier.bankAccountNo }),
    supplyItems: async (supplier, _args, ctx) => {
      const links = await ctx.loaders.inSupplyLinksBySupplier.load(supplier.id);
      return present(await ctx.loaders.supplyItemById.loadMany(links.map((l) => l.supplyItemId))).sort(byCode);
    },
    admissionApproval: (supplier, _args, ctx) => ctx.loaders.admissionBySupplier.load(supplier.id),
  },
} satisfies Resolvers;
