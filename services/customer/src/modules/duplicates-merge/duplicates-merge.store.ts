import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import type { Access, Permission } from '@crm/platform';
import { In, IsNull } from 'typeorm';
import { CommunicationRecordEntity } from '../../shared/entities/communication-record.entity';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { GradeHistoryEntity } from '../../shared/entities/grade-history.entity';
import { VisitPlanEntity } from '../../shared/entities/visit-plan.entity';
import type { CustomerChildKind } from '../../shared/customer-children';
import type { CommunicationChannel } from '../../generated/resolvers-types';
import type { RawValue } from '../../shared/support/raw-rows';
import { readableCustomers } from '../../shared/customer-scope';
import type { RuleEnv } from '../../shared/runtime';
import { CustomerMergeEntity } from './entities/customer-merge.entity';

/** CUS-005: the non-deleted-or-not customers matching any of the key columns, the first `limit` by code, but one. */
export function customersMatchingKeys(
  manager: EntityManager,
  conditions: string[],
  params: Record<string, unknown>,
  excludeId: string | null,
  limit: number,
): Promise<CustomerEntity[]> {
  const qb = manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .select([
      'c.id',
      'c.code',
      'c.name',
      'c.phone',
      'c.usccCode',
      'c.ownerId',
      'c.ownerDepartmentId',
      'c.custodianId',
      'c.keyAccountManagerId',
    ])
    .where(`(${conditions.join(' OR ')})`, params)
    .orderBy('c.code', 'ASC')
    .limit(limit);
  if (excludeId) qb.andWhere('c.id <> :excludeId', { excludeId });
  return qb.getMany();
}

/** The non-deleted customers of these ids that the caller may act on with `permission` (X-021, CUS-042). */
export function liveCustomersFor(
  manager: EntityManager,
  ids: string[],
  access: Access,
  permission: Permission,
  env: RuleEnv,
): Promise<CustomerEntity[]> {
  const qb = manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .where('c.id IN (:...ids)', { ids })
    .andWhere('c.deletedAt IS NULL');
  return readableCustomers(qb, access, permission, env).getMany();
}

/** Per channel, attendance and handler: the first and last communication of these customers. */
export function communicationSpans(
  manager: EntityManager,
  customerIds: string[],
): Promise<{ channel: CommunicationChannel; attended: boolean | number | null; handlerId: string; first: RawValue; last: RawValue }[]> {
  return manager
    .getRepository(CommunicationRecordEntity)
    .createQueryBuilder('r')
    .select('r.channel', 'channel')
    .addSelect('r.attended', 'attended')
    .addSelect('r.handlerId', 'handlerId')
    .addSelect('MIN(r.occurredOn)', 'first')
    .addSelect('MAX(r.occurredOn)', 'last')
    .where('r.customerId IN (:...ids)', { ids: customerIds })
    .groupBy('r.channel')
    .addGroupBy('r.attended')
    .addGroupBy('r.handlerId')
    .getRawMany<{
      channel: CommunicationChannel;
      attended: boolean | number | null;
      handlerId: string;
      first: RawValue;
      last: RawValue;
    }>();
}

/**
 * The merged customers become deleted aliases of the survivor; earlier aliases of them point straight at the
 * survivor (one hop to resolve); their open grade history ends today.
 */
export async function retireMerged(
  manager: EntityManager,
  mergedIds: string[],
  survivorId: string,
  at: Date,
  today: string,
  actor: string,
): Promise<void> {
  await manager.update(
    CustomerEntity,
    { id: In(mergedIds) },
    { mergedIntoId: survivorId, deletedAt: at, deletedBy: actor, version: () => 'version + 1', updatedBy: actor },
  );
  await manager.update(CustomerEntity, { mergedIntoId: In(mergedIds) }, { mergedIntoId: survivorId });
  await manager.update(GradeHistoryEntity, { customerId: In(mergedIds), effectiveTo: IsNull() }, { effectiveTo: today });
}

/** merges after an instant, oldest first, at most `limit`. */
export function mergesAfter(dataSource: DataSource, since: Date, limit: number): Promise<CustomerMergeEntity[]> {
  return dataSource
    .getRepository(CustomerMergeEntity)
    .createQueryBuilder('m')
    .where('m.mergedAt > :since', { since })
    .orderBy('m.mergedAt', 'ASC')
    .limit(limit)
    .getMany();
}

/** A child kind's rows of these customers: id, customer column and the given columns. */
export function childRowsOf(
  manager: EntityManager,
  child: CustomerChildKind,
  customerIds: string | string[],
  columns: string[],
): Promise<ObjectLiteral[]> {
  const select = Object.fromEntries(['id', child.column, ...columns].map((k) => [k, true]));
  const where = { [child.column]: Array.isArray(customerIds) ? In(customerIds) : customerIds };
  return manager.getRepository(child.entity).find({ where, select });
}

export function countChildRows(manager: EntityManager, child: CustomerChildKind, customerIds: string[]): Promise<number> {
  return manager.getRepository(child.entity).countBy({ [child.column]: In(customerIds) });
}

/** The rows of one kind move to the survivor: these ids, or (null) every row of the merged customers. */
export async function moveChildRows(
  manager: EntityManager,
  child: CustomerChildKind,
  ids: string[] | null,
  mergedIds: string[],
  survivorId: string,
): Promise<void> {
  await manager
    .getRepository(child.entity)
    .update(ids ? { id: In(ids) } : { [child.column]: In(mergedIds) }, { [child.column]: survivorId });
}

export function visitPlansOf(manager: EntityManager, customerIds: string[]): Promise<Pick<VisitPlanEntity, 'id' | 'customerId'>[]> {
  return manager.find(VisitPlanEntity, { where: { customerId: In(customerIds) }, select: { id: true, customerId: true } });
}

export async function deleteVisitPlansOf(manager: EntityManager, customerIds: string[]): Promise<void> {
  await manager.delete(VisitPlanEntity, { customerId: In(customerIds) });
}
