import type { DataSource, EntityManager, EntityMetadata, SelectQueryBuilder } from 'typeorm';
import { In, LessThan } from 'typeorm';
import type { Access } from '@crm/platform';
import { applyScope } from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { ExportRequestEntity } from '../../shared/entities/export-request.entity';
import { FileAccessRequestEntity } from '../../shared/entities/file-access-request.entity';
import type { ApprovalRequestFilter, CustomerFilter, FileLoanFilter } from '../../generated/resolvers-types';
import { customersOfFilter } from '../../shared/customer.store';
import { scopeCustomers } from '../../shared/customer-scope';
import { FileLoanEntity } from './entities/file-loan.entity';

/** The file-access requests the caller may list: their own; the custodians and approvers (scope ALL) see all. */
export function accessRequestsVisibleTo(
  dataSource: DataSource,
  filter: ApprovalRequestFilter | null | undefined,
  access: Access,
): SelectQueryBuilder<FileAccessRequestEntity> {
  const qb = applyScope(dataSource.getRepository(FileAccessRequestEntity).createQueryBuilder('r'), access, 'customer:READ', {
    owner: 'r.requesterId',
    department: 'r.requesterDepartmentId',
  });
  if (filter?.requesterId) qb.andWhere('r.requesterId = :requester', { requester: filter.requesterId });
  if (filter?.customerId) qb.andWhere('r.customerId = :customerId', { customerId: filter.customerId });
  if (filter?.states?.length) qb.andWhere('r.state IN (:...states)', { states: filter.states });
  return qb;
}

export function loansVisibleTo(
  dataSource: DataSource,
  filter: FileLoanFilter | null | undefined,
  access: Access,
): SelectQueryBuilder<FileLoanEntity> {
  const qb = applyScope(dataSource.getRepository(FileLoanEntity).createQueryBuilder('l'), access, 'customer:READ', {
    owner: 'l.borrowerId',
    department: 'l.borrowerDepartmentId',
  });
  if (filter?.borrowerId) qb.andWhere('l.borrowerId = :borrower', { borrower: filter.borrowerId });
  if (filter?.customerId) qb.andWhere('l.customerId = :customerId', { customerId: filter.customerId });
  if (filter?.states?.length) qb.andWhere('l.state IN (:...states)', { states: filter.states });
  return qb;
}

export function exportRequestsVisibleTo(
  dataSource: DataSource,
  filter: ApprovalRequestFilter | null | undefined,
  access: Access,
): SelectQueryBuilder<ExportRequestEntity> {
  const qb = applyScope(dataSource.getRepository(ExportRequestEntity).createQueryBuilder('x'), access, 'customer:READ', {
    owner: 'x.requesterId',
  });
  if (filter?.requesterId) qb.andWhere('x.requesterId = :requester', { requester: filter.requesterId });
  if (filter?.states?.length) qb.andWhere('x.state IN (:...states)', { states: filter.states });
  return qb;
}

/** How many of the caller's approved grants on the customer run until today or later. */
export function currentGrants(dataSource: DataSource, requesterId: string, customerId: string, today: string): Promise<number> {
  return dataSource
    .getRepository(FileAccessRequestEntity)
    .createQueryBuilder('r')
    .where("r.requesterId = :me AND r.customerId = :customerId AND r.state = 'APPROVED' AND r.grantedUntil >= :today", {
      me: requesterId,
      customerId,
      today,
    })
    .getCount();
}

/** Whether the customer's file has a loan in one of these states. */
export function loanInState(manager: EntityManager, customerId: string, states: readonly string[]): Promise<boolean> {
  return manager.existsBy(FileLoanEntity, { customerId, state: In([...states]) });
}

/** How many customers of the filter the caller may export, and the highest level among them (1 SECRET … 3 TOP_SECRET). */
export function exportTotals(
  manager: EntityManager,
  filter: CustomerFilter | null | undefined,
  surveysPerYear: number,
  access: Access,
): Promise<{ rows: number | string; level: number | string | null } | undefined> {
  const qb = scopeCustomers(customersOfFilter(manager, filter, surveysPerYear), access, 'customer:EXPORT');
  return qb
    .select('COUNT(*)', 'rows')
    .addSelect("MAX(CASE c.confidentiality WHEN 'TOP_SECRET' THEN 3 WHEN 'CONFIDENTIAL' THEN 2 ELSE 1 END)", 'level')
    .getRawOne<{ rows: number | string; level: number | string | null }>();
}

/** loans OVERDUE, or still out after the due day when the daily job has not run yet; scoped as the loan register. */
export function loansOverdue(manager: EntityManager, today: string, access: Access): SelectQueryBuilder<FileLoanEntity> {
  const qb = manager
    .getRepository(FileLoanEntity)
    .createQueryBuilder('l')
    .where("(l.state = 'OVERDUE' OR (l.state = 'ON_LOAN' AND l.dueOn < :today))", { today });
  return applyScope(qb, access, 'customer:READ', { owner: 'l.borrowerId', department: 'l.borrowerDepartmentId' });
}

/** Loans still out after their due day (before `asOf`). */
export function loansPastDue(manager: EntityManager, asOf: string): Promise<FileLoanEntity[]> {
  return manager.findBy(FileLoanEntity, { state: 'ON_LOAN', dueOn: LessThan(asOf) });
}

/** Id and level of these customers, deleted ones included. */
export function confidentialityOf(dataSource: DataSource, ids: string[]): Promise<Pick<CustomerEntity, 'id' | 'confidentiality'>[]> {
  return dataSource
    .getRepository(CustomerEntity)
    .find({ where: { id: In(ids) }, withDeleted: true, select: { id: true, confidentiality: true } });
}

/** Record id → customer id of the records of one table (deleted ones included), by their single primary key. */
export async function customerIdsOfRecords(
  dataSource: DataSource,
  target: EntityMetadata['target'],
  key: string,
  ids: string[],
): Promise<Map<string, string>> {
  const rows = (await dataSource
    .getRepository(target)
    .createQueryBuilder('r')
    .withDeleted()
    .select([`r.${key}`, 'r.customerId'])
    .where(`r.${key} IN (:...ids)`, { ids })
    .getMany()) as Record<string, string>[];
  return new Map(rows.map((row) => [String(row[key]), row.customerId]));
}

export function overdueLoanCount(manager: EntityManager, today: string, access: Access): Promise<number> {
  return loansOverdue(manager, today, access).getCount();
}
