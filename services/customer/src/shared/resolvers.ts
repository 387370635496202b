import type { Resolvers } from '../generated/resolvers-types';

/** The resolvers of every business area, merged per type (each area resolves its own fields of shared types). */
export function mergeResolvers(areas: readonly Resolvers[]): Resolvers {
  return areas.reduce<Resolvers>((all, area) => {
    for (const [type, fields] of Object.entries(area)) {
      const merged = all as Record<string, object>;
      merged[type] = { ...(merged[type] ?? {}), ...(fields as object) };
    }
    return all;
  }, {});
}
