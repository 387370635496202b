import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { In, IsNull } from 'typeorm';
import type { Access } from '@crm/platform';
import { applyScope, AuditEntryEntity } from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import type { DisclosureRequestFilter } from '../../generated/resolvers-types';
import { scopeCustomers } from '../../shared/customer-scope';
import { updateRecord } from '../../shared/support/audited-update.store';
import { CustodyAuditEntity } from './entities/custody-audit.entity';
import { DisclosureConsentEntity } from './entities/disclosure-consent.entity';
import { DisclosureRequestEntity } from './entities/disclosure-request.entity';
import { LeakReportEntity } from './entities/leak-report.entity';

/** Revokes the consent (audited) unless a concurrent revocation came first: false then. */
export function revokeConsentUnlessRevoked(
  manager: EntityManager,
  consent: DisclosureConsentEntity,
  patch: Partial<DisclosureConsentEntity>,
): Promise<boolean> {
  return updateRecord(manager, DisclosureConsentEntity, consent, patch, { revokedAt: IsNull() });
}

/** The customer's consents not revoked, given by today and not expired before it, newest first. */
export function consentsInForce(manager: EntityManager, customerId: string, today: string): Promise<DisclosureConsentEntity[]> {
  return manager
    .getRepository(DisclosureConsentEntity)
    .createQueryBuilder('k')
    .where('k.customerId = :customerId AND k.revokedAt IS NULL AND k.givenOn <= :today', { customerId, today })
    .andWhere('(k.expiresOn IS NULL OR k.expiresOn >= :today)', { today })
    .orderBy('k.recordedAt', 'DESC')
    .getMany();
}

/** The caller's own requests; managers within their scope, the roles with scope ALL all. */
export function disclosureRequestsVisibleTo(
  dataSource: DataSource,
  filter: DisclosureRequestFilter | null | undefined,
  access: Access,
): SelectQueryBuilder<DisclosureRequestEntity> {
  const qb = applyScope(dataSource.getRepository(DisclosureRequestEntity).createQueryBuilder('d'), access, 'customer:READ', {
    owner: 'd.requesterId',
    department: 'd.requesterDepartmentId',
  });
  if (filter?.requesterId) qb.andWhere('d.requesterId = :requester', { requester: filter.requesterId });
  if (filter?.customerId) qb.andWhere('d.customerId = :customerId', { customerId: filter.customerId });
  if (filter?.states?.length) qb.andWhere('d.state IN (:...states)', { states: filter.states });
  return qb;
}

/** The leak reports of the caller, and within their scope those of others. */
export function leakReportsVisibleTo(dataSource: DataSource, access: Access): SelectQueryBuilder<LeakReportEntity> {
  return applyScope(dataSource.getRepository(LeakReportEntity).createQueryBuilder('l'), access, 'customer:READ', {
    owner: 'l.reporterId',
    department: 'l.reporterDepartmentId',
  });
}

/** Inserts the report without the entity listeners: its one audit entry is written by the caller (X-036). */
export async function insertLeakReportUnaudited(manager: EntityManager, report: LeakReportEntity): Promise<void> {
  await manager.createQueryBuilder().insert().into(LeakReportEntity).values(report).callListeners(false).execute();
}

/** Which of these customers exist (deleted ones included). */
export async function existingCustomerIds(manager: EntityManager, ids: string[]): Promise<Set<string>> {
  return new Set(
    (await manager.find(CustomerEntity, { where: { id: In(ids) }, select: { id: true }, withDeleted: true })).map((c) => c.id),
  );
}

export function lastCustodyAudit(manager: EntityManager): Promise<CustodyAuditEntity | null> {
  return manager.findOne(CustodyAuditEntity, { where: {}, order: { auditedAt: 'DESC', id: 'DESC' } });
}

/** CUS-042: the files in the caller's scope without a custodian (专人负责). */
export function filesWithoutCustodian(manager: EntityManager, access: Access): SelectQueryBuilder<CustomerEntity> {
  return scopeCustomers(
    manager.getRepository(CustomerEntity).createQueryBuilder('c').where('c.custodianId IS NULL'),
    access,
    'customer:READ',
  );
}

/**
 * CONFIDENTIAL/TOP_SECRET files in the caller's scope read by id or reference (the X-041 READ entries of the audit
 * trail), granted for reading (X-032) or lent (X-033) since `since` (null: ever; `sinceDay` its business day).
 */
export function classifiedFilesAccessed(
  manager: EntityManager,
  since: Date | null,
  sinceDay: string | null,
  access: Access,
): SelectQueryBuilder<CustomerEntity> {
  const { driver } = manager.connection;
  const qb = manager.getRepository(CustomerEntity).createQueryBuilder('c').where("c.confidentiality IN ('CONFIDENTIAL', 'TOP_SECRET')");
  const at = since
    ? driver.preparePersistentValue(since, manager.connection.getMetadata(AuditEntryEntity).findColumnWithPropertyName('at')!)
    : null;
  const after = (column: string) => (at === null ? '' : ` AND ${column} >= :since`);
  // Table and column names as the entities (and migrations) declare them; the trail's `at` is quoted per dialect.
  qb.andWhere(
    `(EXISTS (SELECT 1 FROM audit_entry a WHERE a.entity_type = 'customer' AND a.entity_id = c.id AND a.action = 'READ'${after(`a.${driver.escape('at')}`)})` +
      ` OR EXISTS (SELECT 1 FROM file_access_request r WHERE r.customer_id = c.id AND r.state = 'APPROVED'${after('r.decided_at')})` +
      ` OR EXISTS (SELECT 1 FROM file_loan l WHERE l.customer_id = c.id AND l.loaned_on IS NOT NULL${sinceDay === null ? '' : ' AND l.loaned_on >= :sinceDay'}))`,
    { since: at, sinceDay },
  );
  return scopeCustomers(qb, access, 'customer:READ');
}

export function countOf<E extends object>(qb: SelectQueryBuilder<E>): Promise<number> {
  return qb.getCount();
}
