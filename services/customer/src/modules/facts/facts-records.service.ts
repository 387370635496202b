import { EntityManager, In } from 'typeorm';
import { AnnualRecordEntity } from './entities/annual-record.entity';
import { OrderRecordEntity } from './entities/order-record.entity';
import { PointsEntryEntity } from '../../shared/entities/points-entry.entity';
import { SatisfactionSurveyEntity } from '../../shared/entities/satisfaction-survey.entity';
import type { CustomerChildKind } from '../../shared/customer-children';

/** CUS-006: how a customer's facts follow a merge (one annual record per year, one order per order reference). */
export const FACTS_CHILD_RECORDS: readonly CustomerChildKind[] = [
  { kind: 'annualRecords', entity: AnnualRecordEntity, column: 'customerId', uniqueWith: ['year'] },
  { kind: 'orders', entity: OrderRecordEntity, column: 'customerId', uniqueWith: ['orderRef'] },
  { kind: 'surveys', entity: SatisfactionSurveyEntity, column: 'customerId' },
  { kind: 'points', entity: PointsEntryEntity, column: 'customerId' },
  { kind: 'pointsReferred', entity: PointsEntryEntity, column: 'referredCustomerId' },
];

/** An order as the lifecycle rules read it (CUS-033). */
export type OrderFact = Pick<OrderRecordEntity, 'orderedOn' | 'paid'>;

/** The customer's annual record of `year` (its sales size the customer, CUS-011), if recorded. */
export function annualRecordOf(manager: EntityManager, customerId: string, year: number): Promise<AnnualRecordEntity | null> {
  return manager.findOneBy(AnnualRecordEntity, { customerId, year });
}

/** The orders of these ids, oldest first. */
export function ordersByIds(manager: EntityManager, ids: string[]): Promise<OrderFact[]> {
  return manager.find(OrderRecordEntity, { where: { id: In(ids) }, select: { orderedOn: true, paid: true }, order: { orderedOn: 'ASC' } });
}

/** Per customer: its paid orders in the loyalty window (windowStart, asOf], and whether it has any paid order by asOf. */
export interface PaidOrderFacts {
  inWindow: number;
  anyPaid: boolean;
}

export async function paidOrderFacts(manager: EntityManager, ids: string[], windowStart: string, asOf: string): Promise<Map<string, PaidOrderFacts>> {
  const rows = await manager
    .getRepository(OrderRecordEntity)
    .createQueryBuilder('o')
    .select('o.customerId', 'customerId')
    // CUS-033: only paid orders count towards LOYAL.
    .addSelect('SUM(CASE WHEN o.paid = :paid AND o.orderedOn > :windowStart AND o.orderedOn <= :asOf THEN 1 ELSE 0 END)', 'inWindow')
    .addSelect('MAX(CASE WHEN o.paid = :paid AND o.orderedOn <= :asOf THEN 1 ELSE 0 END)', 'anyPaid')
    .where('o.customerId IN (:...ids)', { ids })
    .setParameters({ windowStart, asOf, paid: true })
    .groupBy('o.customerId')
    .getRawMany<{ customerId: string; inWindow: number | string; anyPaid: number | string }>();
  return new Map(rows.map((r) => [r.customerId, { inWindow: Number(r.inWindow), anyPaid: Number(r.anyPaid) === 1 }]));
}
