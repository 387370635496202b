import { toPayload } from '@crm/platform';
import type { Resolvers } from '../generated/resolvers-types';

/** CSV import and export. */
export const importExportResolvers: Resolvers = {
  Mutation: {
    importCustomers: async (_root, { input }, ctx) => toPayload('report', await ctx.loaders.services.imports.import(input, ctx)),
    exportCustomers: async (_root, { input }, ctx) => toPayload('file', await ctx.loaders.services.exports.export(input, ctx)),
  },
};
