import { Initial1795721930260 } from './1795721930260-Initial';
import { CustomerDomain1795726543028 } from './1795726543028-CustomerDomain';
import { DisclosureCustody1795732161789 } from './1795732161789-DisclosureCustody';
import { ListAndBiIndexes1795732710787 } from './1795732710787-ListAndBiIndexes';
import { ExportJobs1795736221500 } from './1795736221500-ExportJobs';
import { VisitRolesCounted1796410027959 } from './1796410027959-VisitRolesCounted';

/** Every MySQL migration of this subgraph, oldest first (rewritten by migration:generate). */
export const migrations = [
  Initial1795721930260,
  CustomerDomain1795726543028,
  DisclosureCustody1795732161789,
  ListAndBiIndexes1795732710787,
  ExportJobs1795736221500,
  VisitRolesCounted1796410027959,
];
