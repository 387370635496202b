import { NumberSequenceEntity } from '@crm/platform';
import { AnnualRecordEntity } from './annual-record.entity';
import { CommunicationRecordEntity } from './communication-record.entity';
import { ContactEntity } from './contact.entity';
import { CustomerEntity } from './customer.entity';
import { CustomerEventEntity } from './customer-event.entity';
import { CustomerMergeEntity } from './customer-merge.entity';
import { CustomerStateChangeEntity } from './customer-state-change.entity';
import { CustomerTaskEntity } from './customer-task.entity';
import { CustodyAuditEntity } from './custody-audit.entity';
import { DisclosureConsentEntity } from './disclosure-consent.entity';
import { DisclosureRequestEntity } from './disclosure-request.entity';
import { ExportFilePartEntity } from './export-file-part.entity';
import { ExportRequestEntity } from './export-request.entity';
import { FileAccessRequestEntity } from './file-access-request.entity';
import { FileLoanEntity } from './file-loan.entity';
import { GradeAssessmentEntity } from './grade-assessment.entity';
import { GradeHistoryEntity } from './grade-history.entity';
import { GradeOverrideEntity } from './grade-override.entity';
import { LeakReportEntity } from './leak-report.entity';
import { OfficeContactReportEntity } from './office-contact-report.entity';
import { OrderRecordEntity } from './order-record.entity';
import { OwnershipChangeEntity } from './ownership-change.entity';
import { OwnershipClaimEntity } from './ownership-claim.entity';
import { OwnershipTransferEntity, OwnershipTransferItemEntity } from './ownership-transfer.entity';
import { PeriodicReportEntity } from './periodic-report.entity';
import { PointsEntryEntity } from './points-entry.entity';
import { SatisfactionSurveyEntity } from './satisfaction-survey.entity';
import { StaffDepartureEntity } from './staff-departure.entity';
import { TerminationRequestEntity } from './termination-request.entity';
import { VisitPlanEntity } from './visit-plan.entity';

/** Every table of the customer subgraph. */
export const customerEntities = [
  CustomerEntity,
  NumberSequenceEntity,
  ContactEntity,
  CustomerEventEntity,
  CommunicationRecordEntity,
  OfficeContactReportEntity,
  AnnualRecordEntity,
  OrderRecordEntity,
  SatisfactionSurveyEntity,
  PointsEntryEntity,
  GradeAssessmentEntity,
  GradeHistoryEntity,
  GradeOverrideEntity,
  OwnershipClaimEntity,
  OwnershipTransferEntity,
  OwnershipTransferItemEntity,
  OwnershipChangeEntity,
  StaffDepartureEntity,
  CustomerStateChangeEntity,
  CustomerTaskEntity,
  VisitPlanEntity,
  PeriodicReportEntity,
  FileAccessRequestEntity,
  FileLoanEntity,
  ExportRequestEntity,
  ExportFilePartEntity,
  TerminationRequestEntity,
  CustomerMergeEntity,
  DisclosureConsentEntity,
  DisclosureRequestEntity,
  LeakReportEntity,
  CustodyAuditEntity,
];
