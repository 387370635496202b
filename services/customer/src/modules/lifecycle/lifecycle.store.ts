import type { EntityManager } from 'typeorm';
import { MoreThan } from 'typeorm';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { SatisfactionSurveyEntity } from '../../shared/entities/satisfaction-survey.entity';
import { TerminationRequestEntity } from './entities/termination-request.entity';

/** The next `take` customers by id after `after` (the churn job walks every customer in batches). */
export function customersAfter(manager: EntityManager, after: string, take: number): Promise<CustomerEntity[]> {
  return manager.getRepository(CustomerEntity).find({ where: { id: MoreThan(after) }, order: { id: 'ASC' }, take });
}

/** The latest satisfaction score per customer on or before asOf, in one windowed query. */
export async function latestScores(manager: EntityManager, ids: string[], asOf: string): Promise<Map<string, number>> {
  const rows = await manager
    .createQueryBuilder()
    .select('ranked.customerId', 'customerId')
    .addSelect('ranked.score', 'score')
    .from(
      (sub) =>
        sub
          .select('s.customerId', 'customerId')
          .addSelect('s.score', 'score')
          .addSelect('ROW_NUMBER() OVER (PARTITION BY s.customerId ORDER BY s.surveyedOn DESC, s.createdAt DESC)', 'rn')
          .from(SatisfactionSurveyEntity, 's')
          .where('s.customerId IN (:...ids) AND s.surveyedOn <= :asOf', { ids, asOf }),
      'ranked',
    )
    .where('ranked.rn = 1')
    .getRawMany<{ customerId: string; score: number | string }>();
  return new Map(rows.map((r) => [r.customerId, Number(r.score)]));
}

/** CUS-036: whether the customer has a termination request waiting for its approval. */
export function terminationPending(manager: EntityManager, customerId: string): Promise<boolean> {
  return manager.existsBy(TerminationRequestEntity, { customerId, state: 'PENDING' });
}

export function saveTerminationRequest(manager: EntityManager, row: Partial<TerminationRequestEntity>): Promise<TerminationRequestEntity> {
  return manager.save(manager.create(TerminationRequestEntity, row));
}

export function terminationRequestById(manager: EntityManager, id: string): Promise<TerminationRequestEntity | null> {
  return manager.findOneBy(TerminationRequestEntity, { id });
}
