import { Initial1795722309742 } from './1795722309742-Initial';
import { Governance1795725088401 } from './1795725088401-Governance';

/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [Initial1795722309742, Governance1795725088401];
