import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Access, RequestContext, ServiceConfig } from '@crm/platform';
import { rowLoader } from '@crm/platform';
import type { ComplaintEntity } from './modules/intake/entities/complaint.entity';
import { complaintsByIds } from './modules/intake/intake.store';
import { ComplaintService } from './modules/intake/intake.service';
import { CustomerComplaints } from './modules/intake/intake-customer-complaints.service';

/** Per-request state of the complaint subgraph: batched lookups and the use-case service. */
export interface ComplaintLoaders {
  complaintById: DataLoader<string, ComplaintEntity | null>;
  /** Customer.complaints and Customer.openComplaintCount for every customer of the request, batched. */
  customerComplaints: CustomerComplaints;
  complaints: ComplaintService;
}

export type ServiceContext = RequestContext<ComplaintLoaders>;

export function createLoaders(dataSource: DataSource, config: ServiceConfig, access: Access): ComplaintLoaders {
  return {
    // Entity references and complaint(id) see only complaints in the caller's scope.
    complaintById: rowLoader(
      (ids) => complaintsByIds(dataSource.manager, access, ids),
      (c) => c.id,
    ),
    customerComplaints: new CustomerComplaints(dataSource, config.maxPageSize),
    complaints: new ComplaintService(dataSource, config, access),
  };
}
