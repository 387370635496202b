import type { Connection, Outcome, PageArgs } from '@crm/platform';
import { connectionOf, refused, succeeded, writeTransaction } from '@crm/platform';
import { CustomerTaskEntity } from '../../shared/entities/customer-task.entity';
import { markCustomersNotified } from '../ownership/ownership-transfers.service';
import type { CompleteCustomerTaskInput, CustomerTaskFilter } from '../../generated/resolvers-types';
import { invalidState, notFound } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { updateRecord } from '../../shared/support/audited-update.store';
import { openNoticesAbout, taskById, taskByIdOrFail, tasksVisibleTo } from './tasks.store';

const TASK = { zh: '任务', en: 'Task' };

/** Reminders and follow-ups the rules open. */
export class TaskService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** the tasks addressed to the caller, or about customers in their scope. */
  list(filter: CustomerTaskFilter | null | undefined, page: PageArgs, ctx: Ctx): Promise<Connection<CustomerTaskEntity>> {
    const qb = tasksVisibleTo(this.rt.dataSource.manager, filter, ctx.access);
    return connectionOf(qb, { property: 'createdAt', direction: 'DESC' }, page, this.rt.config.maxPageSize);
  }

  /** Marks a task done; the last customer notice of a transfer moves it to CUSTOMER_NOTIFIED (CUS-032). */
  async complete(input: CompleteCustomerTaskInput, ctx: Ctx): Promise<Outcome<CustomerTaskEntity>> {
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const task = await taskById(manager, input.id);
      if (!task || !this.mayComplete(task, ctx)) return refused([notFound(ctx, TASK)]);
      if (task.state !== 'OPEN') return refused([invalidState(ctx, TASK, task.state)]);
      const now = this.rt.clock.now();
      await updateRecord(manager, CustomerTaskEntity, task, { state: 'DONE', doneAt: now, doneBy: ctx.caller.id });
      if (task.kind === 'CUSTOMER_NOTICE' && task.relatedId) {
        const open = await openNoticesAbout(manager, task.relatedId);
        if (open === 0) await markCustomersNotified(manager, task.relatedId, now);
      }
      return succeeded(await taskByIdOrFail(manager, task.id));
    });
  }

  /** Its recipient (person, role or department head) completes a task, or someone with all customers in scope. */
  private mayComplete(task: CustomerTaskEntity, ctx: Ctx): boolean {
    const { caller } = ctx.access;
    if (task.assigneeId === caller.id || (task.assigneeRole && caller.roles.includes(task.assigneeRole))) return true;
    if (task.assigneeDepartmentId && [caller.departmentId, ...(caller.departmentTree ?? [])].includes(task.assigneeDepartmentId))
      return true;
    return ctx.access.scopeFor('customer:UPDATE') === 'ALL';
  }
}
