import type { DataSource, EntityManager } from 'typeorm';
import type { Access } from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { GradeAssessmentEntity } from '../../shared/entities/grade-assessment.entity';
import type { GradeAssessmentFilter } from '../../generated/resolvers-types';
import { scopeCustomers } from '../../shared/customer-scope';
import { GradeOverrideEntity } from './entities/grade-override.entity';

/** Assessments of customers in the caller's scope, by the filter. */
export function assessmentsVisibleTo(dataSource: DataSource, filter: GradeAssessmentFilter | null | undefined, access: Access) {
  const qb = dataSource.getRepository(GradeAssessmentEntity).createQueryBuilder('a').innerJoin(CustomerEntity, 'c', 'c.id = a.customerId');
  scopeCustomers(qb, access, 'customer:READ');
  if (filter?.customerId) qb.andWhere('a.customerId = :customerId', { customerId: filter.customerId });
  if (filter?.kinds?.length) qb.andWhere('a.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter?.states?.length) qb.andWhere('a.state IN (:...states)', { states: filter.states });
  if (filter?.cycleYear) qb.andWhere('a.cycleYear = :cycleYear', { cycleYear: filter.cycleYear });
  return qb;
}

/**
 * CUS-018, CUS-019, CUS-020: the graded, not terminated customers of an annual review: how many are provisional
 * (skipped), and the others without an ANNUAL assessment of the period starting `periodFrom` yet.
 */
export async function annualReviewCandidates(
  manager: EntityManager,
  periodFrom: string,
): Promise<{ skippedProvisional: number; due: Pick<CustomerEntity, 'id' | 'grade'>[] }> {
  const customers = manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .where('c.grade IS NOT NULL')
    .andWhere("c.status <> 'TERMINATED'");
  const skippedProvisional = await customers.clone().andWhere('c.gradeProvisional = :yes', { yes: true }).getCount();
  const due = await customers
    .clone()
    .select(['c.id', 'c.grade'])
    .andWhere('c.gradeProvisional = :no', { no: false })
    .andWhere('NOT EXISTS (SELECT 1 FROM grade_assessment a WHERE a.customer_id = c.id AND a.kind = :kind AND a.period_from = :from)', {
      kind: 'ANNUAL',
      from: periodFrom,
    })
    .getMany();
  return { skippedProvisional, due };
}

export async function insertAssessments(manager: EntityManager, rows: GradeAssessmentEntity | GradeAssessmentEntity[]): Promise<void> {
  await manager.insert(GradeAssessmentEntity, rows);
}

export function adHocAssessmentExists(manager: EntityManager, customerId: string, periodFrom: string): Promise<boolean> {
  return manager.existsBy(GradeAssessmentEntity, { customerId, kind: 'AD_HOC', periodFrom });
}

export function overridePending(manager: EntityManager, customerId: string): Promise<boolean> {
  return manager.existsBy(GradeOverrideEntity, { customerId, state: 'PENDING' });
}

/** CUS-018: provisional customers whose provisional period ended before asOf, with a first trade and no PROVISIONAL_END assessment yet. */
export function provisionalPeriodsEnded(manager: EntityManager, asOf: string): Promise<CustomerEntity[]> {
  return manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .where('c.gradeProvisional = :yes AND c.provisionalUntil < :asOf AND c.firstTradeOn IS NOT NULL', { yes: true, asOf })
    .andWhere("NOT EXISTS (SELECT 1 FROM grade_assessment a WHERE a.customer_id = c.id AND a.kind = 'PROVISIONAL_END')")
    .getMany();
}
