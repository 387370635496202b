import type { Resolvers } from '../../generated/resolvers-types';
import { byCode, present } from '../../shared/present';

export const supplyItemsResolvers = {
  Query: {
    supplyItem: (_root, { id }, ctx) => ctx.loaders.supplyItemById.load(id),
    supplyItems: (_root, args, ctx) => ctx.loaders.supplyItems.list(args.filter, args.orderBy, args),
  },
  SupplyItem: {
    cap: (item, _args, ctx) => ctx.loaders.supplyItems.capOf(item),
    inSupplyCount: (item, _args, ctx) => ctx.loaders.inSupplyCountByItem.load(item.id),
    suppliers: async (item, _args, ctx) => {
      const links = await ctx.loaders.inSupplyLinksByItem.load(item.id);
      return present(await ctx.loaders.supplierById.loadMany(links.map((l) => l.supplierId))).sort(byCode);
    },
  },
} satisfies Resolvers;
