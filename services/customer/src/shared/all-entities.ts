import { NumberSequenceEntity } from '@crm/platform';
import { AnnualRecordEntity } from '../modules/facts/entities/annual-record.entity';
import { CommunicationRecordEntity } from '../modules/contacts-records/entities/communication-record.entity';
import { ContactEntity } from '../modules/contacts-records/entities/contact.entity';
import { CustomerEntity } from './entities/customer.entity';
import { CustomerEventEntity } from '../modules/contacts-records/entities/customer-event.entity';
import { CustomerMergeEntity } from '../modules/duplicates-merge/entities/customer-merge.entity';
import { CustomerStateChangeEntity } from './entities/customer-state-change.entity';
import { CustomerTaskEntity } from './entities/customer-task.entity';
import { CustodyAuditEntity } from '../modules/disclosure/entities/custody-audit.entity';
import { DisclosureConsentEntity } from '../modules/disclosure/entities/disclosure-consent.entity';
import { DisclosureRequestEntity } from '../modules/disclosure/entities/disclosure-request.entity';
import { ExportFilePartEntity } from '../modules/import-export/entities/export-file-part.entity';
import { ExportRequestEntity } from '../modules/confidentiality/entities/export-request.entity';
import { FileAccessRequestEntity } from './entities/file-access-request.entity';
import { FileLoanEntity } from '../modules/confidentiality/entities/file-loan.entity';
import { GradeAssessmentEntity } from '../modules/grading/entities/grade-assessment.entity';
import { GradeHistoryEntity } from '../modules/grading/entities/grade-history.entity';
import { GradeOverrideEntity } from '../modules/grading/entities/grade-override.entity';
import { LeakReportEntity } from '../modules/disclosure/entities/leak-report.entity';
import { OfficeContactReportEntity } from '../modules/contacts-records/entities/office-contact-report.entity';
import { OrderRecordEntity } from '../modules/facts/entities/order-record.entity';
import { OwnershipChangeEntity } from '../modules/ownership/entities/ownership-change.entity';
import { OwnershipClaimEntity } from '../modules/ownership/entities/ownership-claim.entity';
import { OwnershipTransferEntity, OwnershipTransferItemEntity } from '../modules/ownership/entities/ownership-transfer.entity';
import { PeriodicReportEntity } from '../modules/visits-reports/entities/periodic-report.entity';
import { PointsEntryEntity } from '../modules/facts/entities/points-entry.entity';
import { SatisfactionSurveyEntity } from '../modules/facts/entities/satisfaction-survey.entity';
import { StaffDepartureEntity } from '../modules/ownership/entities/staff-departure.entity';
import { TerminationRequestEntity } from '../modules/lifecycle/entities/termination-request.entity';
import { VisitPlanEntity } from '../modules/visits-reports/entities/visit-plan.entity';

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
