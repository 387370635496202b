import { toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';

/** CSV import and export: the export runs as a job, polled with customerExport. */
export const importExportResolvers: Resolvers = {
  Query: {
    customerExport: (_root, { id }, ctx) => ctx.services.exports.job(id, ctx),
  },
  Mutation: {
    importCustomers: async (_root, { input }, ctx) => toPayload('report', await ctx.services.imports.import(input, ctx)),
    exportCustomers: async (_root, { input }, ctx) => toPayload('request', await ctx.services.exports.export(input, ctx)),
  },
  ExportRequest: {
    file: (request, _args, ctx) => ctx.services.exports.file(request, ctx),
  },
};
