import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AnnualRecordEntity } from './entities/annual-record.entity';
import { OrderRecordEntity } from './entities/order-record.entity';
import { PointsEntryEntity } from '../../shared/entities/points-entry.entity';
import { SatisfactionSurveyEntity } from '../../shared/entities/satisfaction-survey.entity';

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

export async function paidOrderFacts(
  manager: EntityManager,
  ids: string[],
  windowStart: string,
  asOf: string,
): Promise<Map<string, PaidOrderFacts>> {
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

/** The annual figures recorded for a new (customer, year). */
export async function insertAnnualRecord(manager: EntityManager, row: Partial<AnnualRecordEntity>): Promise<void> {
  await manager.insert(AnnualRecordEntity, { id: randomUUID(), ...row });
}

export function annualRecordOfOrFail(manager: EntityManager, customerId: string, year: number): Promise<AnnualRecordEntity> {
  return manager.findOneByOrFail(AnnualRecordEntity, { customerId, year });
}

/** The order recorded under this reference for the customer, if any (one per reference). */
export function orderByRef(manager: EntityManager, customerId: string, orderRef: string): Promise<OrderRecordEntity | null> {
  return manager.findOneBy(OrderRecordEntity, { customerId, orderRef });
}

export function orderById(manager: EntityManager, id: string): Promise<OrderRecordEntity> {
  return manager.findOneByOrFail(OrderRecordEntity, { id });
}

export function saveOrder(manager: EntityManager, row: Partial<OrderRecordEntity>): Promise<OrderRecordEntity> {
  return manager.save(manager.create(OrderRecordEntity, { id: randomUUID(), ...row }));
}

export function saveSurvey(manager: EntityManager, row: Partial<SatisfactionSurveyEntity>): Promise<SatisfactionSurveyEntity> {
  return manager.save(manager.create(SatisfactionSurveyEntity, { id: randomUUID(), ...row }));
}

/** CUS-038: whether the meeting or sale `sourceRef` has already been credited. */
export function pointsCredited(manager: EntityManager, sourceRef: string): Promise<boolean> {
  return manager.existsBy(PointsEntryEntity, { sourceRef });
}

export function savePoints(manager: EntityManager, row: Partial<PointsEntryEntity>): Promise<PointsEntryEntity> {
  return manager.save(manager.create(PointsEntryEntity, { id: randomUUID(), ...row }));
}
