import type { EntityManager } from 'typeorm';
import { CustomerEntity } from './entities/customer.entity';

/** The customer as stored now (after a write in the same transaction). */
export function customerById(manager: EntityManager, id: string): Promise<CustomerEntity> {
  return manager.findOneByOrFail(CustomerEntity, { id });
}
