import { Initial1795722284280 } from './1795722284280-Initial';
import { Governance1795725013754 } from './1795725013754-Governance';
import { Gifts1795731867695 } from './1795731867695-Gifts';
import { CustomerFilingProjection1796596235314 } from './1796596235314-CustomerFilingProjection';

/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [Initial1795722284280, Governance1795725013754, Gifts1795731867695, CustomerFilingProjection1796596235314];
