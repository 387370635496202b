import { Initial1795722309742 } from './1795722309742-Initial';

/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [Initial1795722309742];
