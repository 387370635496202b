import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Access, RequestContext } from '@crm/platform';
import { groupLoader, rowLoader, valueLoader } from '@crm/platform';
import { AnnualRecordEntity } from './modules/facts/entities/annual-record.entity';
import { CommunicationRecordEntity } from './shared/entities/communication-record.entity';
import { ContactEntity } from './modules/contacts-records/entities/contact.entity';
import { CustomerEntity } from './shared/entities/customer.entity';
import { CustomerEventEntity } from './modules/contacts-records/entities/customer-event.entity';
import { CustomerStateChangeEntity } from './shared/entities/customer-state-change.entity';
import { DisclosureConsentEntity } from './modules/disclosure/entities/disclosure-consent.entity';
import { GradeAssessmentEntity } from './shared/entities/grade-assessment.entity';
import { GradeHistoryEntity } from './shared/entities/grade-history.entity';
import { GradeOverrideEntity } from './modules/grading/entities/grade-override.entity';
import { OrderRecordEntity } from './modules/facts/entities/order-record.entity';
import { OwnershipChangeEntity } from './modules/ownership/entities/ownership-change.entity';
import { OwnershipClaimEntity } from './modules/ownership/entities/ownership-claim.entity';
import { OwnershipTransferItemEntity } from './modules/ownership/entities/ownership-transfer.entity';
import { PeriodicReportEntity } from './shared/entities/periodic-report.entity';
import { PointsEntryEntity } from './shared/entities/points-entry.entity';
import { SatisfactionSurveyEntity } from './shared/entities/satisfaction-survey.entity';
import { VisitPlanEntity } from './shared/entities/visit-plan.entity';
import { windowedLoaders } from './shared/support/windowed-loader';
import type { RuleEnv } from './shared/runtime';
import { readableCustomers } from './shared/customer-scope';
import { readableCustomerIds } from './shared/customer.store';
import { recordsVisibleTo } from './modules/contacts-records/contacts-records.store';
import type { CustomerRequestState } from './services';

/** Per-request batched lookups of the customer subgraph: one SQL statement per relation and batch. */
export interface CustomerLoaders {
  /**
   * A merged id resolves to its survivor; deleted customers, customers outside the caller's scope and
   * classified files the caller holds no grant for (CUS-042, X-032) are null. A read by id or reference is audited by
   * its resolver when the file is classified (X-041, `ClassifiedReadAudit`).
   */
  customerById: DataLoader<string, CustomerEntity | null>;
  /** The parent of a record the caller already reached: as customerById, but a soft-deleted customer is still returned. */
  parentCustomerById: DataLoader<string, CustomerEntity | null>;
  /** Whether the caller may read a customer's file (deleted ones included): CUS-042, X-032 in one query per batch. */
  readableFile: DataLoader<string, boolean>;
  contactsByCustomer: DataLoader<string, ContactEntity[]>;
  /**
   * The first N events / communications per customer as a viewer sees them (CUS-008, `recordViewer`): a viewer id
   * sees confidential records only where it is concerned; null sees every record.
   */
  eventsByCustomer: (viewer: string | null, limit: number) => DataLoader<string, CustomerEventEntity[]>;
  communicationsByCustomer: (viewer: string | null, limit: number) => DataLoader<string, CommunicationRecordEntity[]>;
  mergedIdsByCustomer: DataLoader<string, string[]>;
  annualRecordsByCustomer: DataLoader<string, AnnualRecordEntity[]>;
  ordersByCustomer: (limit: number) => DataLoader<string, OrderRecordEntity[]>;
  assessmentsByCustomer: DataLoader<string, GradeAssessmentEntity[]>;
  gradeHistoryByCustomer: DataLoader<string, GradeHistoryEntity[]>;
  gradeOverridesByCustomer: DataLoader<string, GradeOverrideEntity[]>;
  claimsByCustomer: DataLoader<string, OwnershipClaimEntity[]>;
  ownershipHistoryByCustomer: DataLoader<string, OwnershipChangeEntity[]>;
  transferCustomerIds: DataLoader<string, string[]>;
  visitPlanByCustomer: DataLoader<string, VisitPlanEntity | null>;
  periodicReportsByCustomer: (limit: number) => DataLoader<string, PeriodicReportEntity[]>;
  latestSurveyByCustomer: DataLoader<string, SatisfactionSurveyEntity | null>;
  pointsBalanceByCustomer: DataLoader<string, number>;
  stateChangesByCustomer: (limit: number) => DataLoader<string, CustomerStateChangeEntity[]>;
  /** X-035 consents of a customer, newest first; and a consent by id (the one a disclosure request relies on). */
  disclosureConsentsByCustomer: DataLoader<string, DisclosureConsentEntity[]>;
  disclosureConsentById: DataLoader<string, DisclosureConsentEntity | null>;
}

/** The request context of the customer resolvers: the platform's, the loaders, and the use cases with their rules. */
export type ServiceContext = RequestContext<CustomerLoaders> & CustomerRequestState;

/**
 * Customers by id within the caller's scope (X-021, in SQL; no scope for `access` null), following merged ids to
 * their survivors. One query when every id is found; ids not found are looked up once more as aliases.
 */
function customerLoader(
  dataSource: DataSource,
  includeDeleted: boolean,
  access: Access | null,
  env: RuleEnv,
): DataLoader<string, CustomerEntity | null> {
  const repo = dataSource.getRepository(CustomerEntity);
  const lookup = (ids: readonly string[]) => {
    const qb = repo
      .createQueryBuilder('c')
      .withDeleted()
      .where('c.id IN (:...ids)', { ids: [...ids] });
    return (access ? readableCustomers(qb, access, 'customer:READ', env) : qb).getMany();
  };
  const usable = (row: CustomerEntity | undefined) => (row && !row.mergedIntoId && (!row.deletedAt || includeDeleted) ? row : null);
  return new DataLoader(async (ids) => {
    const found = new Map((await lookup(ids)).map((row) => [row.id, row]));
    const missing = ids.filter((id) => !found.has(id) || found.get(id)!.mergedIntoId);
    const aliases = missing.length
      ? new Map(
          (await repo.find({ where: { id: In(missing) }, withDeleted: true, select: { id: true, mergedIntoId: true } }))
            .filter((r) => r.mergedIntoId)
            .map((r) => [r.id, r.mergedIntoId!]),
        )
      : new Map<string, string>();
    const survivors = aliases.size
      ? new Map((await lookup([...new Set(aliases.values())])).map((row) => [row.id, row]))
      : new Map<string, CustomerEntity>();
    return ids.map((id) => (aliases.has(id) ? usable(survivors.get(aliases.get(id)!)) : usable(found.get(id))));
  });
}

/** Ids grouped by a key (a customer's merged aliases, a transfer's customers), from one lookup. */
function idsLoader<R>(lookup: (keys: readonly string[]) => Promise<R[]>, pair: (row: R) => [string, string]): DataLoader<string, string[]> {
  return new DataLoader(async (keys) => {
    const grouped = new Map<string, string[]>();
    for (const row of await lookup(keys)) {
      const [key, id] = pair(row);
      grouped.set(key, [...(grouped.get(key) ?? []), id]);
    }
    return keys.map((key) => grouped.get(key) ?? []);
  });
}

/** The first row of a windowed loader of one. */
function firstOf<E>(loader: DataLoader<string, E[]>): DataLoader<string, E | null> {
  return new DataLoader(async (keys) => (await loader.loadMany(keys)).map((rows) => (Array.isArray(rows) ? (rows[0] ?? null) : null)));
}

/** One loader per viewer and limit, created on first use. */
function perViewer<T>(build: (viewer: string | null, limit: number) => T): (viewer: string | null, limit: number) => T {
  const built = new Map<string, T>();
  return (viewer, limit) => {
    const key = `${viewer ?? '*'}:${limit}`;
    let value = built.get(key);
    if (!value) built.set(key, (value = build(viewer, limit)));
    return value;
  };
}

/** `env` is the request's policy and clock: the scope rule that reads grants decides by its today. */
export function createLoaders(dataSource: DataSource, access: Access, env: RuleEnv): CustomerLoaders {
  const repo = <E extends object>(entity: new () => E) => dataSource.getRepository(entity);
  const byCustomer = <E extends { customerId: string }>(entity: new () => E, order: Record<string, 'ASC' | 'DESC'>) =>
    groupLoader<string, E>(
      (ids) => repo(entity).find({ where: { customerId: In([...ids]) } as never, order: order as never }),
      (row) => row.customerId,
    );
  const latest = <E extends { id: string; customerId: string }>(
    entity: new () => E,
    orderBy: readonly (readonly [keyof E & string, 'ASC' | 'DESC'])[],
  ) => windowedLoaders<E>({ repository: repo(entity), groupBy: 'customerId', orderBy });

  return {
    readableFile: new DataLoader<string, boolean>(async (ids) => {
      const readable = await readableCustomerIds(dataSource.manager, ids, access, env);
      return ids.map((id) => readable.has(id));
    }),
    customerById: customerLoader(dataSource, false, access, env),
    parentCustomerById: customerLoader(dataSource, true, null, env),
    contactsByCustomer: byCustomer(ContactEntity, { isKeyContact: 'DESC', name: 'ASC' }),
    eventsByCustomer: perViewer((viewer, limit) =>
      windowedLoaders<CustomerEventEntity>({
        repository: repo(CustomerEventEntity),
        groupBy: 'customerId',
        orderBy: [['occurredOn', 'DESC']],
        restrict: viewer === null ? undefined : recordsVisibleTo(viewer, null),
      })(limit),
    ),
    communicationsByCustomer: perViewer((viewer, limit) =>
      windowedLoaders<CommunicationRecordEntity>({
        repository: repo(CommunicationRecordEntity),
        groupBy: 'customerId',
        orderBy: [['occurredAt', 'DESC']],
        restrict: viewer === null ? undefined : recordsVisibleTo(viewer, 'handlerId'),
      })(limit),
    ),
    mergedIdsByCustomer: idsLoader(
      (ids) =>
        repo(CustomerEntity).find({
          where: { mergedIntoId: In([...ids]) },
          withDeleted: true,
          select: { id: true, mergedIntoId: true },
          order: { id: 'ASC' },
        }),
      (row) => [row.mergedIntoId!, row.id],
    ),
    annualRecordsByCustomer: byCustomer(AnnualRecordEntity, { year: 'DESC' }),
    ordersByCustomer: latest(OrderRecordEntity, [['orderedOn', 'DESC']]),
    assessmentsByCustomer: byCustomer(GradeAssessmentEntity, { periodFrom: 'DESC', createdAt: 'DESC' }),
    gradeHistoryByCustomer: byCustomer(GradeHistoryEntity, { effectiveFrom: 'DESC', createdAt: 'DESC' }),
    gradeOverridesByCustomer: byCustomer(GradeOverrideEntity, { requestedAt: 'DESC' }),
    claimsByCustomer: byCustomer(OwnershipClaimEntity, { submittedAt: 'DESC' }),
    ownershipHistoryByCustomer: byCustomer(OwnershipChangeEntity, { changedAt: 'DESC' }),
    transferCustomerIds: idsLoader(
      (ids) => repo(OwnershipTransferItemEntity).find({ where: { transferId: In([...ids]) }, order: { customerId: 'ASC' } }),
      (row) => [row.transferId, row.customerId],
    ),
    visitPlanByCustomer: rowLoader(
      (ids) => repo(VisitPlanEntity).findBy({ customerId: In([...ids]) }),
      (row) => row.customerId,
    ),
    periodicReportsByCustomer: latest(PeriodicReportEntity, [['dueOn', 'DESC']]),
    latestSurveyByCustomer: firstOf(
      latest(SatisfactionSurveyEntity, [
        ['surveyedOn', 'DESC'],
        ['createdAt', 'DESC'],
      ])(1),
    ),
    pointsBalanceByCustomer: valueLoader(async (ids) => {
      const rows = await repo(PointsEntryEntity)
        .createQueryBuilder('p')
        .select('p.customerId', 'customerId')
        .addSelect('SUM(p.points)', 'balance')
        .where('p.customerId IN (:...ids)', { ids: [...ids] })
        .groupBy('p.customerId')
        .getRawMany<{ customerId: string; balance: number | string }>();
      return new Map(rows.map((row) => [row.customerId, Number(row.balance)]));
    }, 0),
    stateChangesByCustomer: latest(CustomerStateChangeEntity, [['createdAt', 'DESC']]),
    disclosureConsentsByCustomer: byCustomer(DisclosureConsentEntity, { recordedAt: 'DESC', id: 'DESC' }),
    disclosureConsentById: rowLoader(
      (ids) => repo(DisclosureConsentEntity).findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
  };
}
