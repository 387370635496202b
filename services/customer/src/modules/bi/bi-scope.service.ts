import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { scopeCustomers } from '../../shared/customer-scope';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';

/** Non-deleted customers (alias `c`) within the caller's aggregate scope. */
export function customersInScope(rt: CustomerRuntime, ctx: Ctx): SelectQueryBuilder<CustomerEntity> {
  return scopeCustomers(rt.dataSource.getRepository(CustomerEntity).createQueryBuilder('c'), ctx.access, 'customer:AGGREGATE');
}

/**
 * Rows of a customer's child entity (alias `alias`, with a `customerId`) whose customer (alias `c`) is not deleted
 * and within the caller's aggregate scope; `extraOwners` are further columns that make the caller an owner.
 */
export function childRowsInScope<T extends ObjectLiteral>(
  rt: CustomerRuntime,
  ctx: Ctx,
  entity: EntityTarget<T>,
  alias: string,
  extraOwners: string[] = [],
): SelectQueryBuilder<T> {
  const qb = rt.dataSource
    .getRepository(entity)
    .createQueryBuilder(alias)
    .innerJoin(CustomerEntity, 'c', `c.id = ${alias}.customerId AND c.deletedAt IS NULL`);
  return scopeCustomers(qb, ctx.access, 'customer:AGGREGATE', 'c', extraOwners);
}
