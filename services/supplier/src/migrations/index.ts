import { Initial1795722402537 } from './1795722402537-Initial';
import { Governance1795724965932 } from './1795724965932-Governance';

/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [Initial1795722402537, Governance1795724965932];
