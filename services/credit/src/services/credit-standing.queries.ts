import { centsFromSql } from '@crm/platform';
import { EntityManager, In, IsNull, LessThanOrEqual, MoreThanOrEqual, Or } from 'typeorm';
import { CreditLimitEntity } from '../entities/credit-limit.entity';
import { CreditProfileEntity } from '../entities/credit-profile.entity';
import { ReceivableEntity } from '../entities/receivable.entity';
import { OPEN_RECEIVABLE_STATES } from '../domain/receivable-state';

/**
 * The batched reads behind a customer's credit standing: one statement for any number of customers. Used by the
 * request loaders and, inside a transaction, by the use cases.
 */

/**
 * Each customer's own approved standing limit whose period contains `date` (the latest-starting one if rows
 * overlap). Only EFFECTIVE rows count: a pending, rejected or superseded limit is never in force.
 */
export async function standingLimitsOn(manager: EntityManager, customerIds: readonly string[], date: string): Promise<CreditLimitEntity[]> {
  const rows = await manager.find(CreditLimitEntity, {
    where: {
      scope: 'CUSTOMER',
      kind: 'STANDING',
      scopeId: In([...customerIds]),
      state: 'EFFECTIVE',
      validFrom: LessThanOrEqual(date),
      validUntil: Or(IsNull(), MoreThanOrEqual(date)),
    },
    order: { validFrom: 'DESC' },
  });
  const first = new Map<string, CreditLimitEntity>();
  for (const row of rows) if (row.scopeId && !first.has(row.scopeId)) first.set(row.scopeId, row);
  return [...first.values()];
}

/** The customer's EFFECTIVE standing rows still in force on or after `date` (open-ended or ending then or later). */
export function standingRowsFrom(manager: EntityManager, customerId: string, date: string): Promise<CreditLimitEntity[]> {
  return manager.find(CreditLimitEntity, {
    where: { scope: 'CUSTOMER', kind: 'STANDING', scopeId: customerId, state: 'EFFECTIVE', validUntil: Or(IsNull(), MoreThanOrEqual(date)) },
  });
}

/** Each customer's own standing limit change awaiting approval (at most one per customer). */
export function pendingLimitsOf(manager: EntityManager, customerIds: readonly string[]): Promise<CreditLimitEntity[]> {
  return manager.findBy(CreditLimitEntity, { scope: 'CUSTOMER', kind: 'STANDING', scopeId: In([...customerIds]), state: 'PENDING_APPROVAL' });
}

/**
 * Exposure in cents per customer: the unpaid part of open receivables, summed by the database. Each row is rounded
 * to whole cents before the sum, so SQLite (which keeps DECIMAL as a double) sums exact integers like MySQL does.
 */
export async function exposureCentsByCustomer(manager: EntityManager, customerIds: readonly string[]): Promise<Map<string, bigint>> {
  const rows = await manager
    .createQueryBuilder(ReceivableEntity, 'r')
    .select('r.customerId', 'customerId')
    .addSelect('SUM(ROUND((r.amount - r.paidAmount) * 100, 0))', 'cents')
    .where('r.customerId IN (:...customerIds)', { customerIds: [...customerIds] })
    .andWhere('r.state IN (:...states)', { states: [...OPEN_RECEIVABLE_STATES] })
    .groupBy('r.customerId')
    .getRawMany<{ customerId: string; cents: unknown }>();
  return new Map(rows.map((row) => [row.customerId, centsFromSql(row.cents)]));
}

/**
 * Reads a profile inside a transaction, holding its row lock on MySQL/MariaDB so that writes concerning one
 * customer's credit (limits, checks) are serialised; SQLite serialises every writer anyway.
 */
export async function lockedProfile(manager: EntityManager, customerId: string): Promise<CreditProfileEntity | null> {
  const qb = manager.createQueryBuilder(CreditProfileEntity, 'p').where('p.customerId = :customerId', { customerId });
  if (manager.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write');
  return qb.getOne();
}
