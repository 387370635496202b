import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestContext, rowLoader, ServiceConfig } from '@crm/platform';
import { CustomerEntity } from './entities/customer.entity';
import { CustomerService } from './services/customer.service';

/** Per-request state of the customer subgraph: batched lookups and the use-case service. */
export interface CustomerLoaders {
  customerById: DataLoader<string, CustomerEntity | null>;
  customers: CustomerService;
}

export type ServiceContext = RequestContext<CustomerLoaders>;

export function createLoaders(dataSource: DataSource, config: ServiceConfig): CustomerLoaders {
  const repo = dataSource.getRepository(CustomerEntity);
  return {
    customerById: rowLoader((ids) => repo.findBy({ id: In([...ids]) }), (c) => c.id),
    customers: new CustomerService(dataSource, config),
  };
}
