import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestContext, rowLoader, ServiceConfig } from '@crm/platform';
import { ComplaintEntity } from './entities/complaint.entity';
import { ComplaintService } from './services/complaint.service';
import { CustomerComplaints } from './services/customer-complaints';

/** Per-request state of the complaint subgraph: batched lookups and the use-case service. */
export interface ComplaintLoaders {
  complaintById: DataLoader<string, ComplaintEntity | null>;
  /** Customer.complaints and Customer.openComplaintCount for every customer of the request, batched. */
  customerComplaints: CustomerComplaints;
  complaints: ComplaintService;
}

export type ServiceContext = RequestContext<ComplaintLoaders>;

export function createLoaders(dataSource: DataSource, config: ServiceConfig): ComplaintLoaders {
  const repo = dataSource.getRepository(ComplaintEntity);
  return {
    complaintById: rowLoader((ids) => repo.findBy({ id: In([...ids]) }), (c) => c.id),
    customerComplaints: new CustomerComplaints(dataSource, config.maxPageSize),
    complaints: new ComplaintService(dataSource, config),
  };
}
