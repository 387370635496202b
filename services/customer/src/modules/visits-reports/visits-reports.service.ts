import { addCalendarDays } from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { VisitPlanEntity } from '../../shared/entities/visit-plan.entity';
import { visitOverdue } from '../../shared/treatment.rules';
import type { VisitsDueFilter } from '../../generated/resolvers-types';
import type { VisitDueModel } from './visits-reports.models';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { scopeCustomers } from '../../shared/customer-scope';
import { todayIn } from '../../shared/runtime';

const MAX_DUE = 500;

/** 拜访 (CUS-039, CUS-040): visits due or overdue, per owner. Counting a visit happens when it is recorded (records service). */
export class VisitService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** Active plans due on or before asOf + withinDays, earliest first; overdue from the day after nextDueOn. */
  async due(filter: VisitsDueFilter, ctx: Ctx): Promise<VisitDueModel[]> {
    const asOf = filter.asOf ?? todayIn(this.rt);
    const horizon = addCalendarDays(asOf, filter.withinDays ?? this.rt.policy.visitReminderDays);
    const qb = this.rt.dataSource
      .getRepository(VisitPlanEntity)
      .createQueryBuilder('p')
      .innerJoinAndMapOne('p.customer', CustomerEntity, 'c', 'c.id = p.customerId')
      .where('p.active = :active AND p.nextDueOn <= :horizon', { active: true, horizon })
      .orderBy('p.nextDueOn', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(MAX_DUE);
    if (filter.ownerId) qb.andWhere('c.ownerId = :owner', { owner: filter.ownerId });
    scopeCustomers(qb, ctx.access, 'customer:READ');
    const plans = (await qb.getMany()) as (VisitPlanEntity & { customer: CustomerEntity })[];
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
    const counts = this.rt.dataSource
      .getRepository(VisitPlanEntity)
      .createQueryBuilder('p')
      .innerJoin(CustomerEntity, 'c', 'c.id = p.customerId AND c.deletedAt IS NULL')
      .select('c.ownerId', 'ownerId')
      .addSelect('SUM(CASE WHEN p.nextDueOn >= :asOf THEN 1 ELSE 0 END)', 'due')
      .addSelect('SUM(CASE WHEN p.nextDueOn < :asOf THEN 1 ELSE 0 END)', 'overdue')
      .where('p.active = :active AND p.nextDueOn <= :horizon', { active: true, horizon, asOf: date })
      .groupBy('c.ownerId')
      .orderBy('c.ownerId', 'ASC');
    const rows = await scopeCustomers(counts, ctx.access, 'customer:AGGREGATE').getRawMany<{
      ownerId: string | null;
      due: number | string;
      overdue: number | string;
    }>();
    return rows.map((r) => ({ ownerId: r.ownerId, due: Number(r.due), overdue: Number(r.overdue) }));
  }
}
