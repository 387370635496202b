import type { Resolvers } from '../../generated/resolvers-types';

export const blacklistResolvers = {
  Query: {
    blacklistEntries: (_root, args, ctx) => ctx.loaders.blacklist.list(args.filter, args),
  },
  BlacklistEntry: {
    supplier: (entry, _args, ctx) => (entry.supplierId ? ctx.loaders.supplierById.load(entry.supplierId) : null),
    active: (entry, _args, ctx) => ctx.loaders.blacklist.isActive(entry),
  },
} satisfies Resolvers;
