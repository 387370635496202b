import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { updateVersioned } from '@crm/platform';
import { CreditProfileEntity } from './entities/credit-profile.entity';

/** The credit profile's SQL: one row per customer, keyed by the customer id (CRD-001). */

/** The profiles of these customers, in one statement (customers without a profile are left out). */
export function profilesOf(manager: EntityManager, customerIds: readonly string[]): Promise<CreditProfileEntity[]> {
  return manager.findBy(CreditProfileEntity, { customerId: In([...customerIds]) });
}

export function profileOf(manager: EntityManager, customerId: string): Promise<CreditProfileEntity | null> {
  return manager.findOneBy(CreditProfileEntity, { customerId });
}

export function profileOfOrFail(manager: EntityManager, customerId: string): Promise<CreditProfileEntity> {
  return manager.findOneByOrFail(CreditProfileEntity, { customerId });
}

export function hasProfile(manager: EntityManager, customerId: string): Promise<boolean> {
  return manager.existsBy(CreditProfileEntity, { customerId });
}

/** Only what a payment term is derived from (CRD-027). */
export function paymentTermFieldsOf(
  manager: EntityManager,
  customerId: string,
): Promise<Pick<CreditProfileEntity, 'customerId' | 'paymentTermDays' | 'grade'> | null> {
  return manager.findOne(CreditProfileEntity, { where: { customerId }, select: { customerId: true, paymentTermDays: true, grade: true } });
}

export function insertProfile(manager: EntityManager, values: Partial<CreditProfileEntity>): Promise<CreditProfileEntity> {
  return manager.save(manager.create(CreditProfileEntity, values));
}

/**
 * Writes the patch only if the row still has `version` (the check and the write are one atomic step); the audit
 * entry records old → new of what changed. False when someone else wrote first.
 */
export function updateProfileVersioned(
  manager: EntityManager,
  current: CreditProfileEntity,
  version: number,
  patch: Partial<CreditProfileEntity>,
): Promise<boolean> {
  return updateVersioned(manager, CreditProfileEntity, current, version, patch);
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
