import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { IsNull, Not } from 'typeorm';
import type { Access } from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import type { CustomerFilter } from '../../generated/resolvers-types';
import { customersOfFilter } from '../../shared/customer.store';
import { readableCustomers } from '../../shared/customer-scope';
import type { RuleEnv } from '../../shared/runtime';

/** The customers of the filter the caller may read (X-021; classified files per CUS-042, X-032). */
export function customersReadableBy(
  dataSource: DataSource,
  filter: CustomerFilter | null | undefined,
  access: Access,
  env: RuleEnv,
): SelectQueryBuilder<CustomerEntity> {
  return readableCustomers(customersOfFilter(dataSource.manager, filter, env.policy.surveysPerYear), access, 'customer:READ', env);
}

/** The customer, deleted or not. */
export function customerWithDeleted(manager: EntityManager, id: string): Promise<CustomerEntity> {
  return manager.findOneOrFail(CustomerEntity, { where: { id }, withDeleted: true });
}

export function deletedCustomer(manager: EntityManager, id: string): Promise<CustomerEntity | null> {
  return manager.findOne(CustomerEntity, { where: { id, deletedAt: Not(IsNull()) }, withDeleted: true });
}

/**
 * The non-deleted customer with this USCC (its id and code), read with a shared lock on MySQL so that it sees the
 * latest commit even when the transaction read something before (SQLite serialises writers anyway).
 */
export function liveCustomerWithUsccLocked(manager: EntityManager, usccCode: string): Promise<Pick<CustomerEntity, 'id' | 'code'> | null> {
  const locking = manager.connection.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_read' as const } };
  return manager.findOne(CustomerEntity, {
    where: { usccCode, deletedAt: IsNull() },
    select: { id: true, code: true },
    ...locking,
  });
}

/** CUS-004: DRAFT customers with an owner first contacted before asOf. */
export function draftsContactedBefore(manager: EntityManager, asOf: string): Promise<CustomerEntity[]> {
  return manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .select(['c.id', 'c.name', 'c.ownerId', 'c.firstContactOn'])
    .where("c.filingStatus = 'DRAFT' AND c.firstContactOn IS NOT NULL AND c.ownerId IS NOT NULL AND c.firstContactOn < :asOf", { asOf })
    .getMany();
}
