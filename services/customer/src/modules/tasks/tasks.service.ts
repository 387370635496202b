import { Connection, connectionOf, Outcome, PageArgs, refused, succeeded, writeTransaction } from '@crm/platform';
import { CustomerTaskEntity } from '../../shared/entities/customer-task.entity';
import { markCustomersNotified } from '../ownership/ownership-transfers.service';
import type { CompleteCustomerTaskInput, CustomerTaskFilter } from '../../generated/resolvers-types';
import { invalidState, notFound } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { updateRecord } from '../../shared/support/audited-update';
import { scopeCustomers } from '../../shared/customer-scope';

const TASK = { zh: '任务', en: 'Task' };

/** Reminders and follow-ups the rules open (X-071/072). */
export class TaskService {
  constructor(private readonly rt: CustomerRuntime) {}

  /**
   * A recipient always sees the tasks addressed to them, their roles or their departments; otherwise the tasks about
   * customers in their scope.
   */
  list(filter: CustomerTaskFilter | null | undefined, page: PageArgs, ctx: Ctx): Promise<Connection<CustomerTaskEntity>> {
    const qb = this.rt.dataSource.getRepository(CustomerTaskEntity).createQueryBuilder('t');
    const { caller } = ctx.access;
    const addressedToCaller =
      filter?.assigneeId === caller.id ||
      (!!filter?.assigneeRole && caller.roles.includes(filter.assigneeRole)) ||
      (!!filter?.assigneeDepartmentId && [caller.departmentId, ...(caller.departmentTree ?? [])].includes(filter.assigneeDepartmentId));
    if (!addressedToCaller) scopeCustomers(qb.leftJoin(CustomerEntity, 'c', 'c.id = t.customerId'), ctx.access, 'customer:READ', 'c', ['t.assigneeId']);
    if (filter?.assigneeId) qb.andWhere('t.assigneeId = :assignee', { assignee: filter.assigneeId });
    if (filter?.assigneeRole) qb.andWhere('t.assigneeRole = :role', { role: filter.assigneeRole });
    if (filter?.assigneeDepartmentId) qb.andWhere('t.assigneeDepartmentId = :department', { department: filter.assigneeDepartmentId });
    if (filter?.customerId) qb.andWhere('t.customerId = :customerId', { customerId: filter.customerId });
    if (filter?.kinds?.length) qb.andWhere('t.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.state) qb.andWhere('t.state = :state', { state: filter.state });
    return connectionOf(qb, { property: 'createdAt', direction: 'DESC' }, page, this.rt.config.maxPageSize);
  }

  /** Marks a task done; the last customer notice of a transfer moves it to CUSTOMER_NOTIFIED (CUS-032). */
  async complete(input: CompleteCustomerTaskInput, ctx: Ctx): Promise<Outcome<CustomerTaskEntity>> {
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const task = await manager.findOneBy(CustomerTaskEntity, { id: input.id });
      if (!task || !this.mayComplete(task, ctx)) return refused([notFound(ctx, TASK)]);
      if (task.state !== 'OPEN') return refused([invalidState(ctx, TASK, task.state)]);
      const now = this.rt.clock.now();
      await updateRecord(manager, CustomerTaskEntity, task, { state: 'DONE', doneAt: now, doneBy: ctx.caller.id });
      if (task.kind === 'CUSTOMER_NOTICE' && task.relatedId) {
        const open = await manager.countBy(CustomerTaskEntity, { relatedId: task.relatedId, kind: 'CUSTOMER_NOTICE', state: 'OPEN' });
        if (open === 0) await markCustomersNotified(manager, task.relatedId, now);
      }
      return succeeded(await manager.findOneByOrFail(CustomerTaskEntity, { id: task.id }));
    });
  }

  /** Its recipient (person, role or department head) completes a task, or someone with all customers in scope. */
  private mayComplete(task: CustomerTaskEntity, ctx: Ctx): boolean {
    const { caller } = ctx.access;
    if (task.assigneeId === caller.id || (task.assigneeRole && caller.roles.includes(task.assigneeRole))) return true;
    if (task.assigneeDepartmentId && [caller.departmentId, ...(caller.departmentTree ?? [])].includes(task.assigneeDepartmentId)) return true;
    return ctx.access.scopeFor('customer:UPDATE') === 'ALL';
  }
}
