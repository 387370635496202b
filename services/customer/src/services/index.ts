import { BiService } from './bi.service';
import { ConfidentialityService } from './confidentiality.service';
import { ContactService } from './contact.service';
import { CustomerFactsService } from './customer-facts.service';
import { CustomerRecordService } from './customer-record.service';
import { CustomerService } from './customer.service';
import { CustodyAuditService } from './custody-audit.service';
import { DisclosureService } from './disclosure.service';
import { DuplicateService } from './duplicate.service';
import { ExportService } from './export.service';
import { GradingService } from './grading.service';
import { ImportService } from './import.service';
import { JobService } from './job.service';
import { MergeService } from './merge.service';
import { LeakReportService } from './leak-report.service';
import { LifecycleService } from './lifecycle.service';
import { OwnershipClaimService } from './ownership-claim.service';
import { OwnershipTransferService } from './ownership-transfer.service';
import { PeriodicReportService } from './periodic-report.service';
import { TaskService } from './task.service';
import { VisitService } from './visit.service';
import type { CustomerRuntime } from './runtime';

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
}

export function customerServices(rt: CustomerRuntime): CustomerServices {
  return {
    customers: new CustomerService(rt),
    contacts: new ContactService(rt),
    records: new CustomerRecordService(rt),
    duplicates: new DuplicateService(rt),
    grading: new GradingService(rt),
    facts: new CustomerFactsService(rt),
    jobs: new JobService(rt),
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
  };
}
