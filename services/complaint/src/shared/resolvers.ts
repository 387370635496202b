import type { Resolvers } from '../generated/resolvers-types';

/** The Customer stub of shared/customer.graphql: the customer subgraph owns the record; key and owner fields are all complaints need. */
export const customerReferenceResolvers: Resolvers = {
  Customer: {
    __resolveReference: (ref) => ref,
  },
};
