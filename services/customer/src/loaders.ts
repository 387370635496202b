import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import type { Access, Caller, Clock, RequestContext, ServiceConfig } from '@crm/platform';
import { groupLoader, rowLoader, systemClock, valueLoader, writeAudit, writeTransaction } from '@crm/platform';
import { AnnualRecordEntity } from './modules/facts/entities/annual-record.entity';
import { CommunicationRecordEntity } from './shared/entities/communication-record.entity';
import { ContactEntity } from './modules/contacts-records/entities/contact.entity';
import { isClassified } from './shared/confidentiality-levels.rules';
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
import type { CustomerPolicy } from './shared/customer-policy';
import { DEFAULT_CUSTOMER_POLICY } from './default-policy';
import { holdsAny } from './shared/roles';
import { windowedLoaders } from './shared/support/windowed-loader';
import type { CustomerRuntime, RuleEnv } from './shared/runtime';
import { readableCustomers } from './shared/customer-scope';
import { readableCustomerIds } from './shared/customer.store';
import type { CustomerServices } from './services';
import { customerServices } from './services';

/** Per-request state of the customer subgraph: one batched lookup per relation, and the use cases. */
export interface CustomerLoaders {
  /**
   * A merged id resolves to its survivor (X-004); deleted customers, customers outside the caller's scope (X-021) and
   * classified files the caller holds no grant for (CUS-042, X-032) are null.
   */
  customerById: DataLoader<string, CustomerEntity | null>;
  /** The parent of a record the caller already reached: as customerById, but a soft-deleted customer is still returned. */
  parentCustomerById: DataLoader<string, CustomerEntity | null>;
  /**
   * The customer as the caller may see it when reached through one of its records or a write's payload: a classified
   * file the caller may not read (CUS-042, X-032) is null, so a record in scope or a duty that lets someone write to
   * the file (a planned visit, a size designation) does not open it. No SQL for ordinary files.
   */
  openedFile: (customer: CustomerEntity | null) => Promise<CustomerEntity | null>;
  contactsByCustomer: DataLoader<string, ContactEntity[]>;
  /** The first N events / communications per customer that the caller may see (CUS-008). */
  eventsByCustomer: (caller: Caller, limit: number) => DataLoader<string, CustomerEventEntity[]>;
  communicationsByCustomer: (caller: Caller, limit: number) => DataLoader<string, CommunicationRecordEntity[]>;
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
  /** The rule policy, the clock and the use cases (stateless; created per request like the loaders). */
  policy: CustomerPolicy;
  clock: Clock;
  services: CustomerServices;
}

export type ServiceContext = RequestContext<CustomerLoaders>;

export interface CustomerOptions {
  policy?: CustomerPolicy;
  clock?: Clock;
}

/**
 * Customers by id within the caller's scope (X-021, in SQL; no scope for `access` null), following merged ids to
 * their survivors (X-004). One query when every id is found; ids not found are looked up once more as aliases.
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
    const rows = ids.map((id) => (aliases.has(id) ? usable(survivors.get(aliases.get(id)!)) : usable(found.get(id))));
    if (access) await auditClassifiedReads(dataSource, rows);
    return rows;
  });
}

/** X-041: a CONFIDENTIAL or TOP_SECRET customer file read by id or by reference is audited (one entry per record). */
async function auditClassifiedReads(dataSource: DataSource, rows: (CustomerEntity | null)[]): Promise<void> {
  const classified = [
    ...new Map(rows.filter((r): r is CustomerEntity => r !== null && isClassified(r.confidentiality)).map((r) => [r.id, r])).values(),
  ];
  if (classified.length === 0) return;
  await writeTransaction(dataSource, (manager) =>
    writeAudit(
      manager,
      classified.map((c) => ({
        entityType: 'customer',
        entityId: c.id,
        action: 'READ' as const,
        note: `${c.confidentiality} customer file read`,
      })),
    ),
  );
}

/**
 * CUS-008: records are visible to everyone who sees the customer unless confidential; confidential ones only to
 * their handler or recorder, the customer's owner and custodian, and the confidential-record reader roles.
 */
function visibleRecords<E extends ObjectLiteral>(caller: Caller, policy: CustomerPolicy, handlerColumn: string | null) {
  return (qb: SelectQueryBuilder<E>, alias: string): void => {
    if (holdsAny(caller.roles, policy.confidentiality.confidentialRecordReaderRoles)) return;
    qb.leftJoin(CustomerEntity, 'vc', `vc.id = ${alias}.customerId`).andWhere(
      `(${alias}.isConfidential = :notConfidential OR ${alias}.recordedBy = :viewer OR vc.ownerId = :viewer OR vc.custodianId = :viewer${handlerColumn ? ` OR ${alias}.${handlerColumn} = :viewer` : ''})`,
      { viewer: caller.id, notConfidential: false },
    );
  };
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

function perCaller<T>(build: (caller: Caller, limit: number) => T): (caller: Caller, limit: number) => T {
  const built = new Map<string, T>();
  return (caller, limit) => {
    const key = `${caller.id}:${limit}`;
    let value = built.get(key);
    if (!value) built.set(key, (value = build(caller, limit)));
    return value;
  };
}

/**
 * `requestClock` is the request's "now" (the system clock, or an as-of instant with CLOCK_OVERRIDE); a clock in the
 * options (a test's or a demo's) takes its place.
 */
export function createLoaders(
  dataSource: DataSource,
  config: ServiceConfig,
  access: Access,
  options: CustomerOptions = {},
  requestClock: Clock = systemClock,
): CustomerLoaders {
  const policy = options.policy ?? DEFAULT_CUSTOMER_POLICY;
  const runtime: CustomerRuntime = { dataSource, config, policy, clock: options.clock ?? requestClock };
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

  const readableFiles = new DataLoader<string, boolean>(async (ids) => {
    const readable = await readableCustomerIds(dataSource.manager, ids, access, runtime);
    return ids.map((id) => readable.has(id));
  });
  return {
    openedFile: async (customer) =>
      customer && isClassified(customer.confidentiality) && !(await readableFiles.load(customer.id)) ? null : customer,
    customerById: customerLoader(dataSource, false, access, runtime),
    parentCustomerById: customerLoader(dataSource, true, null, runtime),
    contactsByCustomer: byCustomer(ContactEntity, { isKeyContact: 'DESC', name: 'ASC' }),
    eventsByCustomer: perCaller((caller, limit) =>
      windowedLoaders<CustomerEventEntity>({
        repository: repo(CustomerEventEntity),
        groupBy: 'customerId',
        orderBy: [['occurredOn', 'DESC']],
        restrict: visibleRecords(caller, policy, null),
      })(limit),
    ),
    communicationsByCustomer: perCaller((caller, limit) =>
      windowedLoaders<CommunicationRecordEntity>({
        repository: repo(CommunicationRecordEntity),
        groupBy: 'customerId',
        orderBy: [['occurredAt', 'DESC']],
        restrict: visibleRecords(caller, policy, 'handlerId'),
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
    policy,
    clock: runtime.clock,
    services: customerServices(runtime),
  };
}
