import { Initial1795722284280 } from './1795722284280-Initial';

/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [Initial1795722284280];
