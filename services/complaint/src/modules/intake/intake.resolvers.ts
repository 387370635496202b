import { emptyConnection, toPayload } from '@crm/platform';
import type { CustomerReference } from '@crm/platform';
import type { ServiceContext } from '../../loaders';
import type { Resolvers } from '../../generated/resolvers-types';
import { isOpenComplaintState } from './complaint-state.rules';
import { qualityDetailsOf } from './intake.service';

/** Customer fields follow the customer's owner: in the caller's complaint scope → all its complaints, else none. */
const seesComplaintsOf = (customer: CustomerReference, ctx: ServiceContext): boolean =>
  ctx.access.covers('complaint:READ', { ownerId: customer.ownerId, departmentId: customer.ownerDepartmentId });

/** Thin: arguments → service or loader → result. */
export const intakeResolvers: Resolvers = {
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
    complaints: (customer, args, ctx) =>
      seesComplaintsOf(customer, ctx) ? ctx.loaders.customerComplaints.connection(customer.id, args) : emptyConnection(),
    openComplaintCount: (customer, _args, ctx) =>
      seesComplaintsOf(customer, ctx) ? ctx.loaders.customerComplaints.openCount(customer.id) : 0,
  },
};
