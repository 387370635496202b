import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { In, IsNull, MoreThan } from 'typeorm';
import type { Access } from '@crm/platform';
import { applyScope } from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { ExportRequestEntity } from '../../shared/entities/export-request.entity';
import type { CustomerFilter } from '../../generated/resolvers-types';
import { customersOfFilter } from '../../shared/customer.store';
import { scopeCustomers } from '../../shared/customer-scope';
import { updateRecord } from '../../shared/support/audited-update.store';
import { ExportFilePartEntity } from './entities/export-file-part.entity';

/** Queues the job (audited) unless another call queued one first: false then. */
export function queueExportJob(manager: EntityManager, request: ExportRequestEntity, job: Partial<ExportRequestEntity>): Promise<boolean> {
  return updateRecord(manager, ExportRequestEntity, request, job, { jobState: IsNull() });
}

/** One export request within the reader's scope (requests they made, or all for auditors). */
export function exportRequestVisibleTo(dataSource: DataSource, id: string, access: Access): Promise<ExportRequestEntity | null> {
  const qb = applyScope(dataSource.getRepository(ExportRequestEntity).createQueryBuilder('x'), access, 'customer:READ', {
    owner: 'x.requesterId',
  });
  return qb.andWhere('x.id = :id', { id }).getOne();
}

export function filePartsOf(dataSource: DataSource, requestId: string): Promise<ExportFilePartEntity[]> {
  return dataSource.getRepository(ExportFilePartEntity).find({ where: { requestId }, order: { seq: 'ASC' } });
}

/** The export jobs a process left QUEUED or RUNNING, oldest first. */
export function unfinishedExportJobs(dataSource: DataSource): Promise<Pick<ExportRequestEntity, 'id'>[]> {
  return dataSource
    .getRepository(ExportRequestEntity)
    .find({ where: { jobState: In(['QUEUED', 'RUNNING']) }, order: { createdAt: 'ASC', id: 'ASC' }, select: { id: true } });
}

export function exportRequestOf(dataSource: DataSource, id: string): Promise<ExportRequestEntity | null> {
  return dataSource.getRepository(ExportRequestEntity).findOneBy({ id });
}

/** The customers of an export: its frozen filter within the requester's export scope. */
function exportedCustomers(
  manager: EntityManager,
  filter: CustomerFilter,
  surveysPerYear: number,
  access: Access,
): SelectQueryBuilder<CustomerEntity> {
  return scopeCustomers(customersOfFilter(manager, filter, surveysPerYear), access, 'customer:EXPORT');
}

export function countExportedCustomers(
  manager: EntityManager,
  filter: CustomerFilter,
  surveysPerYear: number,
  access: Access,
): Promise<number> {
  return exportedCustomers(manager, filter, surveysPerYear, access).getCount();
}

/** The next page of an export's customers by id after `after`. */
export function exportedCustomersAfter(
  manager: EntityManager,
  filter: CustomerFilter,
  surveysPerYear: number,
  access: Access,
  after: string,
  take: number,
): Promise<CustomerEntity[]> {
  return exportedCustomers(manager, filter, surveysPerYear, access)
    .andWhere({ id: MoreThan(after) })
    .orderBy('c.id', 'ASC')
    .take(take)
    .getMany();
}

/** The file is not copied into the audit trail (no listeners): the export is audited once, as EXPORT, when done. */
export async function deleteFileParts(manager: EntityManager, requestId: string): Promise<void> {
  await manager.createQueryBuilder().delete().from(ExportFilePartEntity).where({ requestId }).callListeners(false).execute();
}

/** Appends file parts and the job's progress, without listeners (see deleteFileParts). */
export async function appendFileParts(
  manager: EntityManager,
  id: string,
  parts: Partial<ExportFilePartEntity>[],
  rowsDone: number,
): Promise<void> {
  await manager.createQueryBuilder().insert().into(ExportFilePartEntity).values(parts).callListeners(false).execute();
  await manager.createQueryBuilder().update(ExportRequestEntity).set({ rowsDone }).where({ id }).callListeners(false).execute();
}

/** A customer (not deleted) with this USCC. */
export function liveCustomerWithUscc(manager: EntityManager, usccCode: string): Promise<CustomerEntity | null> {
  return manager.findOneBy(CustomerEntity, { usccCode, deletedAt: IsNull() });
}
