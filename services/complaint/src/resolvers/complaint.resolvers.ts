import { toPayload } from '@crm/platform';
import { isOpenComplaintState } from '../domain/complaint-state';
import { qualityDetailsOf } from '../services/complaint.service';
import type { Resolvers } from '../generated/resolvers-types';

/** Thin: arguments → service or loader → result. */
export const complaintResolvers: Resolvers = {
  Query: {
    complaint: (_root, { id }, ctx) => ctx.loaders.complaintById.load(id),
    complaints: (_root, args, ctx) => ctx.loaders.complaints.list(args.filter, args.orderBy, args),
  },
  Mutation: {
    registerComplaint: async (_root, { input }, ctx) => toPayload('complaint', await ctx.loaders.complaints.register(input, ctx)),
    updateComplaint: async (_root, { input }, ctx) => toPayload('complaint', await ctx.loaders.complaints.update(input, ctx)),
  },
  Complaint: {
    __resolveReference: (ref, ctx) => ctx.loaders.complaintById.load(ref.id),
    customer: (complaint) => ({ id: complaint.customerId }),
    open: (complaint) => isOpenComplaintState(complaint.state),
    qualityDetails: (complaint) => qualityDetailsOf(complaint),
  },
  Customer: {
    // The customer subgraph owns the record; this subgraph only needs the key (no database read).
    __resolveReference: (ref) => ({ id: ref.id }),
    complaints: (customer, args, ctx) => ctx.loaders.customerComplaints.connection(customer.id, args),
    openComplaintCount: (customer, _args, ctx) => ctx.loaders.customerComplaints.openCount(customer.id),
  },
};
