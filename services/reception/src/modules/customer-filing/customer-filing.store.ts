import type { EntityManager } from 'typeorm';
import { CustomerFilingEntity } from './entities/customer-filing.entity';

/** The projection's SQL. */
export function saveCustomerFiling(manager: EntityManager, row: CustomerFilingEntity): Promise<unknown> {
  return manager.getRepository(CustomerFilingEntity).save(row);
}

export function customerFilingOf(manager: EntityManager, customerId: string): Promise<CustomerFilingEntity | null> {
  return manager.findOneBy(CustomerFilingEntity, { customerId });
}
