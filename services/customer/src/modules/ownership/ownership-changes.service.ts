import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import { OwnershipChangeEntity } from './entities/ownership-change.entity';
import { insertOwnerChange } from './ownership.store';
import type { OwnershipChangeReason } from '../../generated/resolvers-types';
import { updateCustomerBySystem } from '../../shared/customer-writes';
import type { CustomerChildKind } from '../../shared/customer-children';
import { OwnershipClaimEntity } from './entities/ownership-claim.entity';

export interface NewOwner {
  ownerId: string | null;
  departmentId: string | null;
}

/** Appends to the ownership history. */
export async function recordOwnerChange(
  manager: EntityManager,
  customerId: string,
  from: string | null,
  to: NewOwner,
  reason: OwnershipChangeReason,
  actor: string,
  refs: { claimId?: string; transferId?: string } = {},
): Promise<void> {
  await insertOwnerChange(manager, {
    id: randomUUID(),
    customerId,
    fromOwnerId: from,
    toOwnerId: to.ownerId,
    toDepartmentId: to.departmentId,
    reason,
    claimId: refs.claimId ?? null,
    transferId: refs.transferId ?? null,
    changedBy: actor,
  });
}

/**
 * Moves a customer to a new owner (or to none): the dormancy clock restarts with the new owner (CUS-030), and the
 * change is kept in the ownership history.
 */
export async function moveOwner(
  manager: EntityManager,
  customer: CustomerEntity,
  to: NewOwner,
  reason: OwnershipChangeReason,
  actor: string,
  today: string,
  refs: { claimId?: string; transferId?: string } = {},
): Promise<void> {
  await updateCustomerBySystem(
    manager,
    customer,
    { ownerId: to.ownerId, ownerDepartmentId: to.departmentId, ownerSince: to.ownerId ? today : null, dormant: false, lastServiceOn: null },
    actor,
  );
  await recordOwnerChange(manager, customer.id, customer.ownerId, to, reason, actor, refs);
}

/** CUS-006: a merged customer's claims and ownership history move to the survivor. */
export const OWNERSHIP_CHILD_RECORDS: readonly CustomerChildKind[] = [
  { kind: 'ownershipClaims', entity: OwnershipClaimEntity, column: 'customerId' },
  { kind: 'ownershipHistory', entity: OwnershipChangeEntity, column: 'customerId' },
];
