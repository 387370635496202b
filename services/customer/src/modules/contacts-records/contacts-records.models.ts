import type { OfficeContactReportEntity } from './entities/office-contact-report.entity';

// What resolvers return for GraphQL types of this area that are not a single entity (codegen.json maps them here).

export interface OfficeContactReportStatusModel {
  officeId: string;
  period: string;
  dueOn: string;
  report: OfficeContactReportEntity | null;
  overdue: boolean;
}
