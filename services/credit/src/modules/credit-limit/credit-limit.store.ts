import type { EntityManager } from 'typeorm';
import { In, IsNull, LessThanOrEqual, MoreThanOrEqual, Or } from 'typeorm';
import { updateVersioned } from '@crm/platform';
import { CreditLimitEntity } from './entities/credit-limit.entity';

/**
 * The credit limits' SQL. The batched reads behind a customer's standing limit are one statement for any number of
 * customers; the request loaders use them and, inside a transaction, the use cases.
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
    where: {
      scope: 'CUSTOMER',
      kind: 'STANDING',
      scopeId: customerId,
      state: 'EFFECTIVE',
      validUntil: Or(IsNull(), MoreThanOrEqual(date)),
    },
  });
}

/** Each customer's own standing limit change awaiting approval (at most one per customer). */
export function pendingLimitsOf(manager: EntityManager, customerIds: readonly string[]): Promise<CreditLimitEntity[]> {
  return manager.findBy(CreditLimitEntity, {
    scope: 'CUSTOMER',
    kind: 'STANDING',
    scopeId: In([...customerIds]),
    state: 'PENDING_APPROVAL',
  });
}

export function limitById(manager: EntityManager, id: string): Promise<CreditLimitEntity | null> {
  return manager.findOneBy(CreditLimitEntity, { id });
}

export function insertLimit(manager: EntityManager, values: Partial<CreditLimitEntity>): Promise<CreditLimitEntity> {
  return manager.save(manager.create(CreditLimitEntity, values));
}

/** Writes the patch only if the row still has `version`, audited; false when someone else wrote first. */
export function updateLimitVersioned(
  manager: EntityManager,
  row: CreditLimitEntity,
  version: number,
  patch: Partial<CreditLimitEntity>,
): Promise<boolean> {
  return updateVersioned(manager, CreditLimitEntity, row, version, patch);
}
