import type { Connection } from '@crm/platform';
import type { CustodyAuditEntity } from './entities/custody-audit.entity';
import type { DisclosureRequestEntity } from './entities/disclosure-request.entity';
import type { LeakReportEntity } from './entities/leak-report.entity';

// What resolvers return for GraphQL types of this area that are not a single entity (codegen.json maps them here).

export type DisclosureRequestConnectionModel = Connection<DisclosureRequestEntity>;

export type LeakReportConnectionModel = Connection<LeakReportEntity>;

/** the custody audit's state; its three lists are resolved per field, counting from `since`. */
export interface CustodyAuditReportModel {
  lastAudit: CustodyAuditEntity | null;
  since: Date | null;
  nextDueOn: string;
  overdue: boolean;
}
