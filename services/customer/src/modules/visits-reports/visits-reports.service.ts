import { addCalendarDays } from '@crm/platform';
import { visitOverdue } from '../../shared/treatment.rules';
import type { VisitsDueFilter } from '../../generated/resolvers-types';
import type { VisitDueModel } from './visits-reports.models';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { dueCountsByOwner, plansDueBy } from './visits-reports.store';
import { todayIn } from '../../shared/runtime';

const MAX_DUE = 500;

/** 拜访 (CUS-039, CUS-040): visits due or overdue, per owner. Counting a visit happens when it is recorded (records service). */
export class VisitService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** Active plans due on or before asOf + withinDays, earliest first; overdue from the day after nextDueOn. */
  async due(filter: VisitsDueFilter, ctx: Ctx): Promise<VisitDueModel[]> {
    const asOf = filter.asOf ?? todayIn(this.rt);
    const horizon = addCalendarDays(asOf, filter.withinDays ?? this.rt.policy.visitReminderDays);
    const plans = await plansDueBy(this.rt.dataSource, horizon, filter.ownerId, MAX_DUE, ctx.access);
    return plans.map((plan) => ({
      plan,
      customerId: plan.customerId,
      ownerId: plan.customer.ownerId,
      dueOn: plan.nextDueOn,
      overdue: visitOverdue(plan.nextDueOn, asOf),
    }));
  }

  /** Visits due (within the reminder window) and overdue per owner, counted in SQL. */
  async countsByOwner(asOf: string | null | undefined, ctx: Ctx): Promise<{ ownerId: string | null; due: number; overdue: number }[]> {
    const date = asOf ?? todayIn(this.rt);
    const horizon = addCalendarDays(date, this.rt.policy.visitReminderDays);
    const rows = await dueCountsByOwner(this.rt.dataSource, date, horizon, ctx.access);
    return rows.map((r) => ({ ownerId: r.ownerId, due: Number(r.due), overdue: Number(r.overdue) }));
  }
}
