import { BiService } from './modules/bi/bi.service';
import { ConfidentialityService } from './modules/confidentiality/confidentiality.service';
import { ContactService } from './modules/contacts-records/contacts-records-contacts.service';
import { CustomerFactsService } from './modules/facts/facts.service';
import { CustomerRecordService } from './modules/contacts-records/contacts-records.service';
import { CustomerService } from './modules/profile/profile.service';
import { CustodyAuditService } from './modules/disclosure/disclosure-custody.service';
import { DisclosureService } from './modules/disclosure/disclosure.service';
import { DuplicateService } from './modules/duplicates-merge/duplicates-merge-check.service';
import { ExportService } from './modules/import-export/import-export-export.service';
import { GradingService } from './modules/grading/grading.service';
import { ImportService } from './modules/import-export/import-export-import.service';
import { JobService } from './modules/lifecycle/lifecycle-jobs.service';
import { MergeService } from './modules/duplicates-merge/duplicates-merge.service';
import { LeakReportService } from './modules/disclosure/disclosure-leaks.service';
import { LifecycleService } from './modules/lifecycle/lifecycle.service';
import { OwnershipClaimService } from './modules/ownership/ownership-claims.service';
import { OwnershipTransferService } from './modules/ownership/ownership-transfers.service';
import { PeriodicReportService } from './modules/visits-reports/visits-reports-periodic.service';
import { TaskService } from './modules/tasks/tasks.service';
import { VisitService } from './modules/visits-reports/visits-reports.service';
import { ClassifiedReadAudit } from './modules/confidentiality/confidentiality-classified-audit.service';
import type { Clock } from '@crm/platform';
import type { CustomerPolicy } from './shared/customer-policy';
import type { CustomerRuntime, RuleEnv } from './shared/runtime';
import { runDailyJobs } from './daily-jobs';

/** How the subgraph is started: the rule book's policy and the request clock unless a test or demo gives its own. */
export interface CustomerOptions {
  policy?: CustomerPolicy;
  clock?: Clock;
}

/** The use cases of the customer subgraph, one service per business area. */
export interface CustomerServices {
  customers: CustomerService;
  contacts: ContactService;
  records: CustomerRecordService;
  duplicates: DuplicateService;
  grading: GradingService;
  facts: CustomerFactsService;
  jobs: JobService;
  claims: OwnershipClaimService;
  transfers: OwnershipTransferService;
  tasks: TaskService;
  lifecycle: LifecycleService;
  visits: VisitService;
  reports: PeriodicReportService;
  confidentiality: ConfidentialityService;
  disclosures: DisclosureService;
  leaks: LeakReportService;
  custody: CustodyAuditService;
  bi: BiService;
  imports: ImportService;
  exports: ExportService;
  merges: MergeService;
  /** audits the classified files a request reads by id or reference. */
  classifiedReads: ClassifiedReadAudit;
}

/**
 * What the customer resolvers reach on the request context besides the loaders: the use cases, and the rule policy
 * and clock they run with (`rules.clock` is the request clock unless the subgraph was started with one of its own).
 */
export interface CustomerRequestState {
  services: CustomerServices;
  rules: RuleEnv;
}

/** Per request, like the loaders: the use cases are stateless but for the request's batched read audit. */
export function customerRequestState(rt: CustomerRuntime): CustomerRequestState {
  return { services: customerServices(rt), rules: { policy: rt.policy, clock: rt.clock } };
}

export function customerServices(rt: CustomerRuntime): CustomerServices {
  return {
    customers: new CustomerService(rt),
    contacts: new ContactService(rt),
    records: new CustomerRecordService(rt),
    duplicates: new DuplicateService(rt),
    grading: new GradingService(rt),
    facts: new CustomerFactsService(rt),
    jobs: new JobService(rt, runDailyJobs),
    claims: new OwnershipClaimService(rt),
    transfers: new OwnershipTransferService(rt),
    tasks: new TaskService(rt),
    lifecycle: new LifecycleService(rt),
    visits: new VisitService(rt),
    reports: new PeriodicReportService(rt),
    confidentiality: new ConfidentialityService(rt),
    disclosures: new DisclosureService(rt),
    leaks: new LeakReportService(rt),
    custody: new CustodyAuditService(rt),
    bi: new BiService(rt),
    imports: new ImportService(rt),
    exports: new ExportService(rt),
    merges: new MergeService(rt),
    classifiedReads: new ClassifiedReadAudit(rt.dataSource),
  };
}
