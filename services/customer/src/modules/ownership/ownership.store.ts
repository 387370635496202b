import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { In, IsNull, LessThan } from 'typeorm';
import type { Access } from '@crm/platform';
import { applyScope } from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { CustomerTaskEntity } from '../../shared/entities/customer-task.entity';
import type { OwnershipClaimFilter, OwnershipTransferFilter } from '../../generated/resolvers-types';
import { scopeCustomers } from '../../shared/customer-scope';
import { OwnershipChangeEntity } from './entities/ownership-change.entity';
import { OwnershipClaimEntity } from './entities/ownership-claim.entity';
import { OwnershipTransferEntity, OwnershipTransferItemEntity } from './entities/ownership-transfer.entity';
import { StaffDepartureEntity } from './entities/staff-departure.entity';

export async function insertOwnerChange(manager: EntityManager, row: Partial<OwnershipChangeEntity>): Promise<void> {
  await manager.insert(OwnershipChangeEntity, row);
}

export function departureOf(manager: EntityManager, staffId: string): Promise<StaffDepartureEntity | null> {
  return manager.findOneBy(StaffDepartureEntity, { staffId });
}

export function departureRecorded(manager: EntityManager, staffId: string): Promise<boolean> {
  return manager.existsBy(StaffDepartureEntity, { staffId });
}

export async function insertDeparture(manager: EntityManager, row: Partial<StaffDepartureEntity>): Promise<void> {
  await manager.insert(StaffDepartureEntity, row);
}

export function departures(dataSource: DataSource): Promise<StaffDepartureEntity[]> {
  return dataSource.getRepository(StaffDepartureEntity).find({ order: { accessRevokedAt: 'ASC' } });
}

/** Claims on customers in the caller's scope, and the caller's own claims. */
export function claimsVisibleTo(
  dataSource: DataSource,
  filter: OwnershipClaimFilter | null | undefined,
  access: Access,
): SelectQueryBuilder<OwnershipClaimEntity> {
  const qb = dataSource.getRepository(OwnershipClaimEntity).createQueryBuilder('k').innerJoin(CustomerEntity, 'c', 'c.id = k.customerId');
  scopeCustomers(qb, access, 'customer:READ', 'c', ['k.claimantId']);
  if (filter?.customerId) qb.andWhere('k.customerId = :customerId', { customerId: filter.customerId });
  if (filter?.claimantId) qb.andWhere('k.claimantId = :claimantId', { claimantId: filter.claimantId });
  if (filter?.states?.length) qb.andWhere('k.state IN (:...states)', { states: filter.states });
  return qb;
}

export function claimAwaitsConfirmation(manager: EntityManager, customerId: string, claimantId: string): Promise<boolean> {
  return manager.existsBy(OwnershipClaimEntity, { customerId, claimantId, state: 'SUBMITTED' });
}

export function claimsInStates(
  manager: EntityManager,
  customerId: string,
  states: readonly OwnershipClaimEntity['state'][],
): Promise<OwnershipClaimEntity[]> {
  return manager.findBy(OwnershipClaimEntity, { customerId, state: In([...states]) });
}

/** Claims of these customers in one state. */
export function claimsOfCustomersIn(
  manager: EntityManager,
  customerIds: string[],
  state: OwnershipClaimEntity['state'],
): Promise<OwnershipClaimEntity[]> {
  return manager.findBy(OwnershipClaimEntity, { customerId: In(customerIds), state });
}

/** Claims in these states protected until before asOf. */
export function claimsProtectedBefore(
  manager: EntityManager,
  states: readonly OwnershipClaimEntity['state'][],
  asOf: string,
): Promise<OwnershipClaimEntity[]> {
  return manager.find(OwnershipClaimEntity, { where: { state: In([...states]), protectedUntil: LessThan(asOf) } });
}

export function liveCustomersByIds(manager: EntityManager, ids: string[]): Promise<CustomerEntity[]> {
  return manager.findBy(CustomerEntity, { id: In(ids), deletedAt: IsNull() });
}

export function customersByIds(manager: EntityManager, ids: string[]): Promise<CustomerEntity[]> {
  return manager.findBy(CustomerEntity, { id: In(ids) });
}

export function customersOwnedBy(manager: EntityManager, ownerId: string): Promise<CustomerEntity[]> {
  return manager.find(CustomerEntity, { where: { ownerId }, order: { code: 'ASC' } });
}

/** Transfers the caller gave, received, requested, or that reached their department. */
export function transfersVisibleTo(
  dataSource: DataSource,
  filter: OwnershipTransferFilter | null | undefined,
  access: Access,
): SelectQueryBuilder<OwnershipTransferEntity> {
  const qb = applyScope(dataSource.getRepository(OwnershipTransferEntity).createQueryBuilder('t'), access, 'customer:READ', {
    owner: ['t.fromOwnerId', 't.toOwnerId', 't.requestedBy'],
    department: 't.toDepartmentId',
  });
  if (filter?.states?.length) qb.andWhere('t.state IN (:...states)', { states: filter.states });
  if (filter?.reasons?.length) qb.andWhere('t.reason IN (:...reasons)', { reasons: filter.reasons });
  if (filter?.fromOwnerId) qb.andWhere('t.fromOwnerId = :from', { from: filter.fromOwnerId });
  if (filter?.toOwnerId) qb.andWhere('t.toOwnerId = :to', { to: filter.toOwnerId });
  return qb;
}

export function transferOfGrievance(manager: EntityManager, grievanceRef: string): Promise<OwnershipTransferEntity | null> {
  return manager.findOneBy(OwnershipTransferEntity, { grievanceRef });
}

export function transferInState(
  manager: EntityManager,
  id: string,
  state: OwnershipTransferEntity['state'],
): Promise<OwnershipTransferEntity | null> {
  return manager.findOneBy(OwnershipTransferEntity, { id, state });
}

/** The open customer notices of a transfer. */
export function openNoticesOf(manager: EntityManager, transferId: string): Promise<CustomerTaskEntity[]> {
  return manager.findBy(CustomerTaskEntity, { relatedId: transferId, kind: 'CUSTOMER_NOTICE', state: 'OPEN' });
}

export async function insertTransferItems(manager: EntityManager, rows: Partial<OwnershipTransferItemEntity>[]): Promise<void> {
  await manager.insert(OwnershipTransferItemEntity, rows);
}

export function transferItemsOf(manager: EntityManager, transferId: string): Promise<OwnershipTransferItemEntity[]> {
  return manager.findBy(OwnershipTransferItemEntity, { transferId });
}

export function transferItemsOfCustomers(manager: EntityManager, customerIds: string | string[]): Promise<OwnershipTransferItemEntity[]> {
  return manager.findBy(OwnershipTransferItemEntity, { customerId: Array.isArray(customerIds) ? In(customerIds) : customerIds });
}

export async function moveTransferItem(manager: EntityManager, transferId: string, customerId: string, survivorId: string): Promise<void> {
  await manager.update(OwnershipTransferItemEntity, { transferId, customerId }, { customerId: survivorId });
}
