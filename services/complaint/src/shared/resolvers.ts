import type { Resolvers } from '../generated/resolvers-types';

/** The Customer stub of shared/customer.graphql: the customer subgraph owns the record; key and owner fields are all complaints need. */
export const customerReferenceResolvers: Resolvers = {
  Customer: {
    __resolveReference: (ref) => ref,
  },
};

/** The resolvers of every business area, merged per type (an area may add fields to a type another area owns). */
export function mergeResolvers(areas: readonly Resolvers[]): Resolvers {
  return areas.reduce<Resolvers>((all, area) => {
    for (const [type, fields] of Object.entries(area)) {
      const merged = all as Record<string, object>;
      merged[type] = { ...(merged[type] ?? {}), ...(fields as object) };
    }
    return all;
  }, {});
}
