import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { IsNull } from 'typeorm';
import type { Access } from '@crm/platform';
import { CustomerEntity } from './entities/customer.entity';
import { CustomerStateChangeEntity } from './entities/customer-state-change.entity';
import { readableCustomers } from './customer-scope';
import { applyCustomerFilter } from './customer-query';
import type { CustomerFilter } from '../generated/resolvers-types';
import type { RuleEnv } from './runtime';

/** The customers (alias `c`) of a list filter, for a scope rule to narrow. */
export function customersOfFilter(
  manager: EntityManager,
  filter: CustomerFilter | null | undefined,
  surveysPerYear: number,
): SelectQueryBuilder<CustomerEntity> {
  return applyCustomerFilter(manager.getRepository(CustomerEntity).createQueryBuilder('c'), filter, surveysPerYear);
}

/** The customer as stored now (after a write in the same transaction). */
export function customerById(manager: EntityManager, id: string): Promise<CustomerEntity> {
  return manager.findOneByOrFail(CustomerEntity, { id });
}

/** The customer unless it is deleted (or unknown). */
export function notDeletedCustomer(manager: EntityManager, id: string): Promise<CustomerEntity | null> {
  return manager.findOneBy(CustomerEntity, { id, deletedAt: IsNull() });
}

/** A bulk-style UPDATE of one customer row by id, bumping its version (a merge's survivor, an import's update). */
export async function updateCustomerRow(manager: EntityManager, id: string, patch: Partial<CustomerEntity>, actor: string): Promise<void> {
  await manager.update(CustomerEntity, { id }, { ...patch, version: () => 'version + 1', updatedBy: actor });
}

/** Appends one entry to a customer's state timeline. */
export function insertStateChange(manager: EntityManager, row: Partial<CustomerStateChangeEntity>): Promise<CustomerStateChangeEntity> {
  return manager.save(manager.create(CustomerStateChangeEntity, row));
}

/** Which of these customers (deleted ones included) the caller may read: the CUS-042 / X-032 file rule in one query. */
export async function readableCustomerIds(
  manager: EntityManager,
  ids: readonly string[],
  access: Access,
  env: RuleEnv,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const qb = manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .withDeleted()
    .select('c.id')
    .where('c.id IN (:...ids)', { ids: [...ids] });
  return new Set((await readableCustomers(qb, access, 'customer:READ', env).getMany()).map((c) => c.id));
}
