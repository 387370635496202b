import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { MoreThan } from 'typeorm';
import { CommunicationRecordEntity } from '../../shared/entities/communication-record.entity';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { VisitPlanEntity } from '../../shared/entities/visit-plan.entity';
import { ContactEntity } from './entities/contact.entity';
import { OfficeContactReportEntity } from './entities/office-contact-report.entity';

export function visitPlanOf(manager: EntityManager, id: string, customerId: string): Promise<VisitPlanEntity | null> {
  return manager.findOneBy(VisitPlanEntity, { id, customerId });
}

export function createCommunication(manager: EntityManager, row: Partial<CommunicationRecordEntity>): CommunicationRecordEntity {
  return manager.create(CommunicationRecordEntity, row);
}

export async function saveCommunication(manager: EntityManager, record: CommunicationRecordEntity): Promise<void> {
  await manager.save(record);
}

/** The visits counted for a plan after `after` (all of them without it): their day and the roles they count for. */
export function countedVisitsOf(
  manager: EntityManager,
  planId: string,
  after: string | null,
): Promise<Pick<CommunicationRecordEntity, 'occurredOn' | 'countedForRoles'>[]> {
  const since = after ? { occurredOn: MoreThan(after) } : {};
  return manager.find(CommunicationRecordEntity, {
    select: { occurredOn: true, countedForRoles: true },
    where: { visitPlanId: planId, countedAsVisit: true, ...since },
  });
}

export function officeReportExists(manager: EntityManager, officeId: string, period: string): Promise<boolean> {
  return manager.existsBy(OfficeContactReportEntity, { officeId, period });
}

/** How many communications an office recorded between two days (inclusive). */
export function officeRecordCount(manager: EntityManager, officeId: string, from: string, to: string): Promise<number> {
  return manager
    .getRepository(CommunicationRecordEntity)
    .createQueryBuilder('r')
    .where('r.officeId = :office AND r.occurredOn BETWEEN :from AND :to', { office: officeId, from, to })
    .getCount();
}

/** The offices with communications between two days (inclusive). */
export function officesWithRecords(dataSource: DataSource, from: string, to: string): Promise<{ officeId: string }[]> {
  return dataSource
    .getRepository(CommunicationRecordEntity)
    .createQueryBuilder('r')
    .select('DISTINCT r.officeId', 'officeId')
    .where('r.officeId IS NOT NULL AND r.occurredOn BETWEEN :from AND :to', { from, to })
    .getRawMany<{ officeId: string }>();
}

export function officeReportsOf(dataSource: DataSource, period: string): Promise<OfficeContactReportEntity[]> {
  return dataSource.getRepository(OfficeContactReportEntity).findBy({ period });
}

export async function insertContact(manager: EntityManager, row: Partial<ContactEntity>): Promise<void> {
  await manager.insert(ContactEntity, row);
}

/** CUS-002: how many of a customer's contacts can be phoned. */
export function contactsWithPhone(manager: EntityManager, customerId: string): Promise<number> {
  return manager
    .getRepository(ContactEntity)
    .createQueryBuilder('k')
    .where('k.customerId = :id', { id: customerId })
    .andWhere('(k.phone IS NOT NULL OR k.mobile IS NOT NULL)')
    .getCount();
}

/** Key contacts whose birthday (month-day) is one of `keys`, each with its customer mapped on `customer`. */
export function keyContactsBornOn(manager: EntityManager, keys: readonly string[]): Promise<ContactEntity[]> {
  return manager
    .getRepository(ContactEntity)
    .createQueryBuilder('k')
    .innerJoinAndMapOne('k.customer', CustomerEntity, 'c', 'c.id = k.customerId')
    .where('k.isKeyContact = :key AND k.birthday IS NOT NULL AND SUBSTR(k.birthday, 6, 5) IN (:...keys)', { key: true, keys })
    .getMany();
}

/** remove() (not a bare DELETE) so the audit trail keeps what was removed (X-040). */
export async function removeContact(manager: EntityManager, contact: ContactEntity): Promise<void> {
  await manager.remove(ContactEntity, contact);
}

/**
 * CUS-008 in SQL, for a viewer who is no confidential-record reader: a record (alias `alias`) is shown unless it is
 * confidential, or the viewer recorded it, handles it (`handlerColumn`), or owns or keeps its customer.
 */
export function recordsVisibleTo<E extends ObjectLiteral>(viewerId: string, handlerColumn: string | null) {
  return (qb: SelectQueryBuilder<E>, alias: string): void => {
    qb.leftJoin(CustomerEntity, 'vc', `vc.id = ${alias}.customerId`).andWhere(
      `(${alias}.isConfidential = :notConfidential OR ${alias}.recordedBy = :viewer OR vc.ownerId = :viewer OR vc.custodianId = :viewer${handlerColumn ? ` OR ${alias}.${handlerColumn} = :viewer` : ''})`,
      { viewer: viewerId, notConfidential: false },
    );
  };
}
