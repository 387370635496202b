import path from 'node:path';
import { complaintFactsConsumer, creditOrdersConsumer } from './modules/facts/facts.events';
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Clock, RunningSubgraph, ServiceConfig, SubgraphDefinition } from '@crm/platform';
import {
  type Env,
  loadServiceConfig,
  mergeAreaResolvers,
  NumberSequenceEntity,
  readSubgraphSdl,
  startSubgraph,
  systemClock,
} from '@crm/platform';
import type { Resolvers } from './generated/resolvers-types';
import type { CustomerLoaders } from './loaders';
import { createLoaders } from './loaders';
import type { CustomerOptions, CustomerRequestState } from './services';
import { customerRequestState } from './services';
import { migrations } from './migrations';
import { seedDemoData } from './demo/demo-data';
import { DEFAULT_CUSTOMER_POLICY } from './default-policy';
import { type ApprovalEffect, approvalDecided } from './shared/customer-approvals';
import { AnnualRecordEntity } from './modules/facts/entities/annual-record.entity';
import { CommunicationRecordEntity } from './shared/entities/communication-record.entity';
import { ContactEntity } from './modules/contacts-records/entities/contact.entity';
import { CustomerEntity } from './shared/entities/customer.entity';
import { CustomerEventEntity } from './modules/contacts-records/entities/customer-event.entity';
import { CustomerMergeEntity } from './modules/duplicates-merge/entities/customer-merge.entity';
import { CustomerStateChangeEntity } from './shared/entities/customer-state-change.entity';
import { CustomerTaskEntity } from './shared/entities/customer-task.entity';
import { CustodyAuditEntity } from './modules/disclosure/entities/custody-audit.entity';
import { DisclosureConsentEntity } from './modules/disclosure/entities/disclosure-consent.entity';
import { DisclosureRequestEntity } from './modules/disclosure/entities/disclosure-request.entity';
import { ExportFilePartEntity } from './modules/import-export/entities/export-file-part.entity';
import { ExportRequestEntity } from './shared/entities/export-request.entity';
import { FileAccessRequestEntity } from './shared/entities/file-access-request.entity';
import { FileLoanEntity } from './modules/confidentiality/entities/file-loan.entity';
import { GradeAssessmentEntity } from './shared/entities/grade-assessment.entity';
import { GradeHistoryEntity } from './shared/entities/grade-history.entity';
import { GradeOverrideEntity } from './modules/grading/entities/grade-override.entity';
import { LeakReportEntity } from './modules/disclosure/entities/leak-report.entity';
import { OfficeContactReportEntity } from './modules/contacts-records/entities/office-contact-report.entity';
import { OrderRecordEntity } from './modules/facts/entities/order-record.entity';
import { OwnershipChangeEntity } from './modules/ownership/entities/ownership-change.entity';
import { OwnershipClaimEntity } from './modules/ownership/entities/ownership-claim.entity';
import { OwnershipTransferEntity, OwnershipTransferItemEntity } from './modules/ownership/entities/ownership-transfer.entity';
import { PeriodicReportEntity } from './shared/entities/periodic-report.entity';
import { PointsEntryEntity } from './shared/entities/points-entry.entity';
import { SatisfactionSurveyEntity } from './shared/entities/satisfaction-survey.entity';
import { StaffDepartureEntity } from './modules/ownership/entities/staff-departure.entity';
import { TerminationRequestEntity } from './modules/lifecycle/entities/termination-request.entity';
import { VisitPlanEntity } from './shared/entities/visit-plan.entity';
import { biResolvers } from './modules/bi/bi.resolvers';
import { confidentialityResolvers } from './modules/confidentiality/confidentiality.resolvers';
import { CONFIDENTIALITY_APPROVAL_EFFECTS } from './modules/confidentiality/confidentiality.approvals';
import { contactsRecordsResolvers } from './modules/contacts-records/contacts-records.resolvers';
import { disclosureResolvers } from './modules/disclosure/disclosure.resolvers';
import { DISCLOSURE_APPROVAL_EFFECTS } from './modules/disclosure/disclosure.approvals';
import { duplicatesMergeResolvers } from './modules/duplicates-merge/duplicates-merge.resolvers';
import { factsResolvers } from './modules/facts/facts.resolvers';
import { gradingResolvers } from './modules/grading/grading.resolvers';
import { GRADING_APPROVAL_EFFECTS } from './modules/grading/grading.approvals';
import { importExportResolvers } from './modules/import-export/import-export.resolvers';
import { lifecycleResolvers } from './modules/lifecycle/lifecycle.resolvers';
import { LIFECYCLE_APPROVAL_EFFECTS } from './modules/lifecycle/lifecycle.approvals';
import { ownershipResolvers } from './modules/ownership/ownership.resolvers';
import { OWNERSHIP_APPROVAL_EFFECTS } from './modules/ownership/ownership.approvals';
import { profileResolvers } from './modules/profile/profile.resolvers';
import { PROFILE_APPROVAL_EFFECTS } from './modules/profile/profile.approvals';
import { tasksResolvers } from './modules/tasks/tasks.resolvers';
import { visitsReportsResolvers } from './modules/visits-reports/visits-reports.resolvers';
import { classifiedAuditEntries } from './modules/confidentiality/confidentiality-classified-audit.service';
import { runChurnDetection } from './modules/lifecycle/lifecycle-churn.service';
import { runDailyJobs } from './daily-jobs';
import { exportJobsFor } from './modules/import-export/import-export-jobs.service';
import { type CustomerRuntime, todayIn } from './shared/runtime';

/** X-022 in the audit trail: the values the API masks are masked in the trail for the same readers. */
const CONTACT = { permission: 'customer.contact:READ', style: 'PHONE' } as const;
const PROTECTED = { permission: 'customer.protected:READ', style: 'HIDE' } as const;
export const CUSTOMER_PROTECTED_FIELDS = {
  customer: {
    phone: CONTACT,
    phoneKey: CONTACT,
    fax: CONTACT,
    usccCode: { permission: 'customer.protected:READ', style: 'TAIL4' },
    legalRepresentative: PROTECTED,
    businessScope: PROTECTED,
    registeredCapital: PROTECTED,
  },
  customer_contact: { phone: CONTACT, mobile: CONTACT },
  grade_assessment: { strategicInfluence: { permission: 'customer.strategic:READ', style: 'HIDE' } },
} as const;

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

/** The resolvers of every business area, merged per type. */
export const resolvers = mergeAreaResolvers<Resolvers>([
  profileResolvers,
  contactsRecordsResolvers,
  gradingResolvers,
  factsResolvers,
  ownershipResolvers,
  tasksResolvers,
  lifecycleResolvers,
  visitsReportsResolvers,
  confidentialityResolvers,
  disclosureResolvers,
  biResolvers,
  importExportResolvers,
  duplicatesMergeResolvers,
]);

/** What each approval template of the customer subgraph unblocks when its request is decided, from its area. */
export const CUSTOMER_APPROVAL_EFFECTS: Readonly<Record<string, ApprovalEffect>> = {
  ...PROFILE_APPROVAL_EFFECTS,
  ...GRADING_APPROVAL_EFFECTS,
  ...OWNERSHIP_APPROVAL_EFFECTS,
  ...CONFIDENTIALITY_APPROVAL_EFFECTS,
  ...LIFECYCLE_APPROVAL_EFFECTS,
  ...DISCLOSURE_APPROVAL_EFFECTS,
};

export const SERVICE_NAME = 'customer';
export const DEFAULT_PORT = 4001;
/** The subgraph's source folder, whose SDL slices (src/shared, src/modules) make its schema with the platform's fragments. */
export const sourceDir = path.join(__dirname, '..', 'src');

/** The customer subgraph with a rule policy and a clock (the defaults: the rule book's policy and the system clock). */
export function customerSubgraph(options: CustomerOptions = {}): SubgraphDefinition<CustomerLoaders, CustomerRequestState> {
  const env = { policy: options.policy ?? DEFAULT_CUSTOMER_POLICY, clock: options.clock ?? systemClock };
  /** The request's rules: the options' clock (a test's or a demo's) in place of the request clock when given. */
  const requestRuntime = (dataSource: DataSource, config: ServiceConfig, requestClock: Clock): CustomerRuntime =>
    runtimeOf(dataSource, config, { ...options, clock: options.clock ?? requestClock });
  return {
    typeDefs: parse(readSubgraphSdl(sourceDir, SERVICE_NAME)),
    resolvers: resolvers as SubgraphDefinition<CustomerLoaders, CustomerRequestState>['resolvers'],
    entities: customerEntities,
    migrations,
    createLoaders: (dataSource, config, access, request) =>
      createLoaders(dataSource, access, requestRuntime(dataSource, config, request.clock)),
    createRequestState: (dataSource, config, _access, request) => customerRequestState(requestRuntime(dataSource, config, request.clock)),
    seedDemoData,
    // A CSV import is a file's worth of text: only the request-body bound (MAX_REQUEST_BYTES) limits it.
    longStringInputs: { 'ImportCustomersInput.csv': Number.MAX_SAFE_INTEGER },
    // CUS-033, CUS-034: credit's receivables are the customer's orders; CUS-035: complaint counts raise the problem flag.
    consumers: (dataSource, config) => [
      creditOrdersConsumer(runtimeOf(dataSource, config, options)),
      complaintFactsConsumer(runtimeOf(dataSource, config, options)),
    ],
    governance: {
      protectedFields: CUSTOMER_PROTECTED_FIELDS,
      onApprovalDecided: approvalDecided(env, CUSTOMER_APPROVAL_EFFECTS),
      withheldAuditEntries: classifiedAuditEntries(env),
    },
  };
}

/** The customer subgraph as the platform runs it. */
export const subgraph: SubgraphDefinition<CustomerLoaders, CustomerRequestState> = customerSubgraph();

export const loadConfig = (env?: Env, baseDir?: string): ServiceConfig => loadServiceConfig(SERVICE_NAME, DEFAULT_PORT, env, baseDir);

/**
 * Starts the subgraph with its export worker: jobs a previous process left QUEUED or RUNNING are redone, and
 * stopping lets the running page finish before the database closes.
 */
export async function start(config: ServiceConfig = loadConfig(), options: CustomerOptions = {}): Promise<RunningSubgraph> {
  const running = await startSubgraph(customerSubgraph(options), config);
  const exports = exportJobsFor(runtimeOf(running.dataSource, config, options));
  await exports.resume();
  return {
    ...running,
    stop: async () => {
      await exports.stop();
      await running.stop();
    },
  };
}

const runtimeOf = (dataSource: DataSource, config: ServiceConfig, options: CustomerOptions): CustomerRuntime => ({
  dataSource,
  config,
  policy: options.policy ?? DEFAULT_CUSTOMER_POLICY,
  clock: options.clock ?? systemClock,
});

/**
 * The scheduled jobs, for a scheduler process (cron) working on the subgraph's database: churn detection (CUS-030,
 * 033…035) and the daily jobs (claims lapsing, provisional ends, reports, reminders, loans). Both are idempotent, run
 * as SYSTEM in the audit trail, and default to today in the business time zone.
 */
export function customerJobs(dataSource: DataSource, config: ServiceConfig, options: CustomerOptions = {}) {
  const rt = runtimeOf(dataSource, config, options);
  return {
    churnDetection: (asOf: string = todayIn(rt)) => runChurnDetection(rt, asOf),
    daily: (asOf: string = todayIn(rt)) => runDailyJobs(rt, asOf),
  };
}

export { DEFAULT_CUSTOMER_POLICY };
export type { CustomerPolicy } from './shared/customer-policy';
export { SettableClock } from '@crm/platform';
