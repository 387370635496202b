/** Every MySQL migration of this subgraph, oldest first. */
export const migrations = [];
