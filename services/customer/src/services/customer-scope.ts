import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Access, applyScope, Permission, RecordPlacement } from '@crm/platform';
import type { CustomerEntity } from '../entities/customer.entity';

/**
 * X-021 for customers: a customer belongs to its owner, its custodian (专人负责) and its key-account manager, and to
 * the owner's department. Lists, reads, references, aggregates and exports all narrow through here.
 */
export function customerPlacement(customer: Pick<CustomerEntity, 'ownerId' | 'custodianId' | 'keyAccountManagerId' | 'ownerDepartmentId'>): RecordPlacement {
  return { ownerId: [customer.ownerId, customer.custodianId, customer.keyAccountManagerId], departmentId: customer.ownerDepartmentId };
}

/** The customers (alias `c` by default) the caller's scope for `permission` reaches, in SQL; `extraOwners` also count. */
export function scopeCustomers<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, access: Access, permission: Permission, alias = 'c', extraOwners: string[] = []): SelectQueryBuilder<T> {
  return applyScope(qb, access, permission, {
    owner: [`${alias}.ownerId`, `${alias}.custodianId`, `${alias}.keyAccountManagerId`, ...extraOwners],
    department: `${alias}.ownerDepartmentId`,
  });
}
