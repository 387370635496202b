import { Initial1795722402537 } from './1795722402537-Initial';

/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [Initial1795722402537];
