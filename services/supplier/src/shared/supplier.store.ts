import type { EntityManager } from 'typeorm';
import { updateVersioned } from '@crm/platform';
import { SupplierEntity } from './entities/supplier.entity';

/** The supplier row as two areas read and write it: the profile's edits and the admission decision's effect. */

export function supplierById(manager: EntityManager, id: string): Promise<SupplierEntity | null> {
  return manager.findOneBy(SupplierEntity, { id });
}

export function supplierByIdOrFail(manager: EntityManager, id: string): Promise<SupplierEntity> {
  return manager.findOneByOrFail(SupplierEntity, { id });
}

/**
 * Writes the patch only if the supplier still has `version`: the check and the write are one atomic step, recorded
 * old → new in the audit trail. False when someone else wrote first.
 */
export function updateSupplierVersioned(
  manager: EntityManager,
  supplier: SupplierEntity,
  version: number,
  patch: Partial<SupplierEntity>,
): Promise<boolean> {
  return updateVersioned(manager, SupplierEntity, supplier, version, patch);
}
