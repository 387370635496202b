/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [];
