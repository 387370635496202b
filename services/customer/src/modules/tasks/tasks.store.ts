import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Access } from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { CustomerTaskEntity } from '../../shared/entities/customer-task.entity';
import type { CustomerTaskFilter } from '../../generated/resolvers-types';
import { scopeCustomers } from '../../shared/customer-scope';

/**
 * A recipient always sees the tasks addressed to them, their roles or their departments; otherwise the tasks about
 * customers in their scope.
 */
export function tasksVisibleTo(
  manager: EntityManager,
  filter: CustomerTaskFilter | null | undefined,
  access: Access,
): SelectQueryBuilder<CustomerTaskEntity> {
  const qb = manager.getRepository(CustomerTaskEntity).createQueryBuilder('t');
  const { caller } = access;
  const addressedToCaller =
    filter?.assigneeId === caller.id ||
    (!!filter?.assigneeRole && caller.roles.includes(filter.assigneeRole)) ||
    (!!filter?.assigneeDepartmentId && [caller.departmentId, ...(caller.departmentTree ?? [])].includes(filter.assigneeDepartmentId));
  if (!addressedToCaller)
    scopeCustomers(qb.leftJoin(CustomerEntity, 'c', 'c.id = t.customerId'), access, 'customer:READ', 'c', ['t.assigneeId']);
  if (filter?.assigneeId) qb.andWhere('t.assigneeId = :assignee', { assignee: filter.assigneeId });
  if (filter?.assigneeRole) qb.andWhere('t.assigneeRole = :role', { role: filter.assigneeRole });
  if (filter?.assigneeDepartmentId) qb.andWhere('t.assigneeDepartmentId = :department', { department: filter.assigneeDepartmentId });
  if (filter?.customerId) qb.andWhere('t.customerId = :customerId', { customerId: filter.customerId });
  if (filter?.kinds?.length) qb.andWhere('t.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter?.state) qb.andWhere('t.state = :state', { state: filter.state });
  return qb;
}

export function taskById(manager: EntityManager, id: string): Promise<CustomerTaskEntity | null> {
  return manager.findOneBy(CustomerTaskEntity, { id });
}

export function taskByIdOrFail(manager: EntityManager, id: string): Promise<CustomerTaskEntity> {
  return manager.findOneByOrFail(CustomerTaskEntity, { id });
}

/** The customer notices of one subject (an ownership transfer) still open. */
export function openNoticesAbout(manager: EntityManager, relatedId: string): Promise<number> {
  return manager.countBy(CustomerTaskEntity, { relatedId, kind: 'CUSTOMER_NOTICE', state: 'OPEN' });
}
