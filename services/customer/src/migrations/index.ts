import { Initial1795721930260 } from './1795721930260-Initial';

/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [Initial1795721930260];
