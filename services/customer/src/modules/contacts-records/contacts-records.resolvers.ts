import { toPayload } from '@crm/platform';
import type { Resolvers } from '../../generated/resolvers-types';
import { payloadOf } from '../../shared/support/payload';
import { customerOf } from '../../shared/parents';

/** Contacts and the records kept with a profile (CUS-008, CUS-010). */
export const contactsRecordsResolvers: Resolvers = {
  Query: {
    officeContactReports: (_root, { period, asOf }, ctx) => ctx.services.records.officeReportStatus(period, asOf),
  },
  Mutation: {
    addContact: async (_root, { input }, ctx) => toPayload('contact', await ctx.services.contacts.add(input, ctx)),
    updateContact: async (_root, { input }, ctx) => toPayload('contact', await ctx.services.contacts.update(input, ctx)),
    removeContact: async (_root, { input }, ctx) => toPayload('removedContactId', await ctx.services.contacts.remove(input, ctx)),
    recordCustomerEvent: async (_root, { input }, ctx) => toPayload('event', await ctx.services.records.recordEvent(input, ctx)),
    recordCommunication: async (_root, { input }, ctx) =>
      payloadOf(await ctx.services.records.recordCommunication(input, ctx), { communication: null, visitPlan: null }),
    submitOfficeContactReport: async (_root, { input }, ctx) =>
      toPayload('report', await ctx.services.records.submitOfficeReport(input, ctx)),
  },
  Contact: { customer: customerOf },
  CustomerEvent: { customer: customerOf },
  CommunicationRecord: { customer: customerOf },
};
