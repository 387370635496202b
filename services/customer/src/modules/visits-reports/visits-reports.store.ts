import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Brackets } from 'typeorm';
import type { Access } from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { PeriodicReportEntity } from '../../shared/entities/periodic-report.entity';
import { VisitPlanEntity } from '../../shared/entities/visit-plan.entity';
import type { CustomerGrade, PeriodicReportFilter } from '../../generated/resolvers-types';
import { scopeCustomers } from '../../shared/customer-scope';

/** A visit plan with its customer. */
export type PlanWithCustomer = VisitPlanEntity & { customer: CustomerEntity };

/** Active plans due by `horizon` of customers in the caller's scope (of one owner if given), earliest first. */
export async function plansDueBy(
  dataSource: DataSource,
  horizon: string,
  ownerId: string | null | undefined,
  limit: number,
  access: Access,
): Promise<PlanWithCustomer[]> {
  const qb = dataSource
    .getRepository(VisitPlanEntity)
    .createQueryBuilder('p')
    .innerJoinAndMapOne('p.customer', CustomerEntity, 'c', 'c.id = p.customerId')
    .where('p.active = :active AND p.nextDueOn <= :horizon', { active: true, horizon })
    .orderBy('p.nextDueOn', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .limit(limit);
  if (ownerId) qb.andWhere('c.ownerId = :owner', { owner: ownerId });
  scopeCustomers(qb, access, 'customer:READ');
  return (await qb.getMany()) as PlanWithCustomer[];
}

/** Per owner: active plans due by `horizon`, split into due (from asOf) and overdue (before it), in the caller's aggregate scope. */
export function dueCountsByOwner(
  dataSource: DataSource,
  asOf: string,
  horizon: string,
  access: Access,
): Promise<{ ownerId: string | null; due: number | string; overdue: number | string }[]> {
  const counts = dataSource
    .getRepository(VisitPlanEntity)
    .createQueryBuilder('p')
    .innerJoin(CustomerEntity, 'c', 'c.id = p.customerId AND c.deletedAt IS NULL')
    .select('c.ownerId', 'ownerId')
    .addSelect('SUM(CASE WHEN p.nextDueOn >= :asOf THEN 1 ELSE 0 END)', 'due')
    .addSelect('SUM(CASE WHEN p.nextDueOn < :asOf THEN 1 ELSE 0 END)', 'overdue')
    .where('p.active = :active AND p.nextDueOn <= :horizon', { active: true, horizon, asOf })
    .groupBy('c.ownerId')
    .orderBy('c.ownerId', 'ASC');
  return scopeCustomers(counts, access, 'customer:AGGREGATE').getRawMany<{
    ownerId: string | null;
    due: number | string;
    overdue: number | string;
  }>();
}

/** Reports of customers in the caller's scope, and those the caller wrote. */
export function reportsVisibleTo(
  dataSource: DataSource,
  filter: PeriodicReportFilter | null | undefined,
  access: Access,
): SelectQueryBuilder<PeriodicReportEntity> {
  const qb = dataSource.getRepository(PeriodicReportEntity).createQueryBuilder('r').innerJoin(CustomerEntity, 'c', 'c.id = r.customerId');
  scopeCustomers(qb, access, 'customer:READ', 'c', ['r.ownerId']);
  if (filter?.customerId) qb.andWhere('r.customerId = :customerId', { customerId: filter.customerId });
  if (filter?.ownerId) qb.andWhere('r.ownerId = :ownerId', { ownerId: filter.ownerId });
  if (filter?.period) qb.andWhere('r.period = :period', { period: filter.period });
  if (filter?.open) qb.andWhere('r.submittedAt IS NULL');
  return qb;
}

/** CUS-041: customers whose first trade (before `yearStart`) has its anniversary on one of `keys`, and with a festival every FILED one. */
export function anniversaryCandidates(
  manager: EntityManager,
  yearStart: string,
  keys: string[],
  festival: boolean,
): Promise<CustomerEntity[]> {
  return manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .select(['c.id', 'c.name', 'c.ownerId', 'c.firstTradeOn', 'c.filingStatus'])
    .where(
      new Brackets((or) => {
        or.where('c.firstTradeOn IS NOT NULL AND c.firstTradeOn < :yearStart AND SUBSTR(c.firstTradeOn, 6, 5) IN (:...keys)', {
          yearStart,
          keys,
        });
        if (festival) or.orWhere("c.filingStatus = 'FILED'");
      }),
    )
    .getMany();
}

/** CUS-024: ACTIVE customers of these grades without a report of the period yet. */
export function customersWithoutReport(manager: EntityManager, grades: CustomerGrade[], period: string): Promise<CustomerEntity[]> {
  return manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .select(['c.id', 'c.grade', 'c.ownerId'])
    .where('c.grade IN (:...grades)', { grades })
    .andWhere("c.status = 'ACTIVE'")
    .andWhere('NOT EXISTS (SELECT 1 FROM periodic_report r WHERE r.customer_id = c.id AND r.period = :period)', { period })
    .getMany();
}

export async function insertReports(manager: EntityManager, rows: Partial<PeriodicReportEntity>[]): Promise<void> {
  await manager.insert(PeriodicReportEntity, rows);
}

/** Active plans falling due on `soon` or having fallen due on `yesterday`, with their customer. */
export async function plansDueOn(manager: EntityManager, soon: string, yesterday: string): Promise<PlanWithCustomer[]> {
  return (await manager
    .getRepository(VisitPlanEntity)
    .createQueryBuilder('p')
    .innerJoinAndMapOne('p.customer', CustomerEntity, 'c', 'c.id = p.customerId')
    .where('p.active = :active', { active: true })
    .andWhere('(p.nextDueOn = :soon OR p.nextDueOn = :yesterday)', { soon, yesterday })
    .getMany()) as PlanWithCustomer[];
}
