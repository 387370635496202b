import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Access, applyScope, RequestContext, rowLoader, ServiceConfig } from '@crm/platform';
import { ComplaintEntity } from './entities/complaint.entity';
import { ComplaintService } from './services/complaint.service';
import { CustomerComplaints } from './services/customer-complaints';
import { complaintScopeColumns } from './services/complaint-scope';

/** Per-request state of the complaint subgraph: batched lookups and the use-case service. */
export interface ComplaintLoaders {
  complaintById: DataLoader<string, ComplaintEntity | null>;
  /** Customer.complaints and Customer.openComplaintCount for every customer of the request, batched. */
  customerComplaints: CustomerComplaints;
  complaints: ComplaintService;
}

export type ServiceContext = RequestContext<ComplaintLoaders>;

export function createLoaders(dataSource: DataSource, config: ServiceConfig, access: Access): ComplaintLoaders {
  const repo = dataSource.getRepository(ComplaintEntity);
  return {
    // Entity references and complaint(id) see only complaints in the caller's scope.
    complaintById: rowLoader(
      (ids) => applyScope(repo.createQueryBuilder('c').where('c.id IN (:...ids)', { ids: [...ids] }), access, 'complaint:READ', complaintScopeColumns('c')).getMany(),
      (c) => c.id,
    ),
    customerComplaints: new CustomerComplaints(dataSource, config.maxPageSize),
    complaints: new ComplaintService(dataSource, config, access),
  };
}
