import { Initial1795722451131 } from './1795722451131-Initial';

/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [Initial1795722451131];
