import { Initial1795722451131 } from './1795722451131-Initial';
import { Governance1795724699125 } from './1795724699125-Governance';

/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [Initial1795722451131, Governance1795724699125];
