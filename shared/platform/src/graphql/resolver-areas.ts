/**
 * The resolvers of every business area of a subgraph, merged per type: several areas add fields to Query, Mutation
 * and to shared types such as Customer. A field two areas both define is a mistake and stops the start.
 */
export function mergeAreaResolvers<R extends object>(areas: readonly R[]): R {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const area of areas) {
    for (const [type, fields] of Object.entries(area as Record<string, unknown>)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`${type}.${field} is resolved by two areas`);
        target[field] = resolver;
      }
    }
  }
  return merged as R;
}
