import type { Connection, UserError } from '@crm/platform';
import type { CustomerEntity } from './entities/customer.entity';
import type { CustodyAuditEntity } from '../modules/disclosure/entities/custody-audit.entity';
import type { DisclosureRequestEntity } from '../modules/disclosure/entities/disclosure-request.entity';
import type { ExportRequestEntity } from '../modules/confidentiality/entities/export-request.entity';
import type { FileAccessRequestEntity } from './entities/file-access-request.entity';
import type { FileLoanEntity } from '../modules/confidentiality/entities/file-loan.entity';
import type { GradeAssessmentEntity } from '../modules/grading/entities/grade-assessment.entity';
import type { LeakReportEntity } from '../modules/disclosure/entities/leak-report.entity';
import type { OfficeContactReportEntity } from '../modules/contacts-records/entities/office-contact-report.entity';
import type { OwnershipClaimEntity } from '../modules/ownership/entities/ownership-claim.entity';
import type { OwnershipTransferEntity } from '../modules/ownership/entities/ownership-transfer.entity';
import type { PeriodicReportEntity } from '../modules/visits-reports/entities/periodic-report.entity';
import type { CustomerTaskEntity } from './entities/customer-task.entity';
import type { VisitPlanEntity } from '../modules/visits-reports/entities/visit-plan.entity';
import type { UnmovedRecord } from '../modules/duplicates-merge/duplicates-merge-children.service';

/** What resolvers return for GraphQL types that are not a single entity (codegen.json maps them here). */
export type CustomerConnectionModel = Connection<CustomerEntity>;
export type GradeAssessmentConnectionModel = Connection<GradeAssessmentEntity>;
export type OwnershipClaimConnectionModel = Connection<OwnershipClaimEntity>;
export type OwnershipTransferConnectionModel = Connection<OwnershipTransferEntity>;
export type PeriodicReportConnectionModel = Connection<PeriodicReportEntity>;
export type CustomerTaskConnectionModel = Connection<CustomerTaskEntity>;
export type FileAccessRequestConnectionModel = Connection<FileAccessRequestEntity>;
export type FileLoanConnectionModel = Connection<FileLoanEntity>;
export type ExportRequestConnectionModel = Connection<ExportRequestEntity>;
export type DisclosureRequestConnectionModel = Connection<DisclosureRequestEntity>;
export type LeakReportConnectionModel = Connection<LeakReportEntity>;

/** the custody audit's state; its three lists are resolved per field, counting from `since`. */
export interface CustodyAuditReportModel {
  lastAudit: CustodyAuditEntity | null;
  since: Date | null;
  nextDueOn: string;
  overdue: boolean;
}

export interface VisitDueModel {
  plan: VisitPlanEntity;
  customerId: string;
  ownerId: string | null;
  dueOn: string;
  overdue: boolean;
}

export interface OfficeContactReportStatusModel {
  officeId: string;
  period: string;
  dueOn: string;
  report: OfficeContactReportEntity | null;
  overdue: boolean;
}

/** CUS-006 dry run of a merge. */
export interface MergePreviewModel {
  survivor: CustomerEntity | null;
  merged: CustomerEntity[];
  conflicts: { field: string; values: { customerId: string; value: string | null }[]; chosenCustomerId: string }[];
  childRecords: { kind: string; count: number }[];
  notMoved: UnmovedRecord[];
  problems: UserError[];
}
