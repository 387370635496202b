import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { GradeHistoryEntity } from '../../shared/entities/grade-history.entity';
import { VisitPlanEntity } from '../../shared/entities/visit-plan.entity';

export function visitPlanOfCustomer(manager: EntityManager, customerId: string): Promise<VisitPlanEntity | null> {
  return manager.findOneBy(VisitPlanEntity, { customerId });
}

export async function insertVisitPlan(manager: EntityManager, row: Partial<VisitPlanEntity>): Promise<void> {
  await manager.insert(VisitPlanEntity, row);
}

/** The customer's grade history entries still open (no end day). */
export function openGradeHistory(manager: EntityManager, customerId: string): Promise<GradeHistoryEntity[]> {
  return manager.findBy(GradeHistoryEntity, { customerId, effectiveTo: IsNull() });
}

export async function insertGradeHistory(manager: EntityManager, row: Partial<GradeHistoryEntity>): Promise<void> {
  await manager.insert(GradeHistoryEntity, row);
}
