import type { Connection } from '@crm/platform';
import type { PeriodicReportEntity } from '../../shared/entities/periodic-report.entity';
import type { VisitPlanEntity } from '../../shared/entities/visit-plan.entity';

// What resolvers return for GraphQL types of this area that are not a single entity (codegen.json maps them here).

export type PeriodicReportConnectionModel = Connection<PeriodicReportEntity>;

export interface VisitDueModel {
  plan: VisitPlanEntity;
  customerId: string;
  ownerId: string | null;
  dueOn: string;
  overdue: boolean;
}
