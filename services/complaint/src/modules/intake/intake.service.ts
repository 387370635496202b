import { randomUUID } from 'node:crypto';
import { announceComplaintFacts } from './intake.events';
import type { DataSource, EntityManager } from 'typeorm';
import type { Access, Connection, KeysetSort, Outcome, PageArgs, ServiceConfig, UseCaseContext, UserError } from '@crm/platform';
import { lostWriteRace, nextSequenceValue, refused, succeeded, userError, writeTransaction } from '@crm/platform';
import { COMPLAINT, complaintRefusals } from '../../shared/complaint-refusals';
import type {
  ComplaintOrder,
  ComplaintOrderField,
  QualityDetails,
  RegisterComplaintInput,
  UpdateComplaintInput,
} from '../../generated/resolvers-types';
import type { ComplainantRecord, ComplaintEntity } from './entities/complaint.entity';
import {
  complaintOf,
  complaintOfOrFail,
  complaintPage,
  insertComplaint,
  registrationByKey,
  updateComplaintVersioned,
} from './intake.store';
import type { ComplaintCriteria } from './complaint-criteria.rules';
import type { ComplaintNumberingPolicy } from './complaint-number.rules';
import { COMPLAINT_NUMBERING_POLICY, complaintNumberSequence, formatComplaintNumber, numberingPeriod } from './complaint-number.rules';
import { complaintPlacement } from './complaint-scope.rules';
import { INITIAL_COMPLAINT_STATE, isOpenComplaintState } from './complaint-state.rules';
import type { ComplainantFacts, IntakeFacts, QualityFacts } from './intake.rules';
import { intakeViolations, MAX_LENGTH, receivedAtFor, severityFor } from './intake.rules';
import type { IntakePolicy } from './intake-policy';
import { INTAKE_POLICY } from './intake-policy';

export type ComplaintConnectionModel = Connection<ComplaintEntity>;

type Ctx = UseCaseContext;

const SORT_PROPERTY: Record<ComplaintOrderField, keyof ComplaintEntity> = {
  RECEIVED_AT: 'receivedAt',
  REGISTERED_AT: 'registeredAt',
};

/** Newest received first: the order of work lists and of Customer.complaints. */
export const RECEIVED_DESC: KeysetSort = { property: 'receivedAt', direction: 'DESC' };

const QUALITY_COLUMNS = ['orderNo', 'partNo', 'quantity', 'defectiveQty', 'deliveryDate', 'customerRequest'] as const;

/** Plain facts an edit may change column for column (complainants, quality details and severity are derived). */
const EDITABLE = [
  'caseType',
  'channel',
  'complainantType',
  'targetType',
  'targetRef',
  'narrative',
  'incidentAt',
  'receivedAt',
  'desiredResolution',
  'nature',
  'contentType',
  'important',
] as const;

/** Columns that cannot be cleared; sending null for them is refused. */
const NOT_NULL = ['caseType', 'complainantType', 'severity', 'important'] as const;

/** Attempts at a registration that lost a race (the same idempotency key registered concurrently, deadlocks). */
const REGISTRATION_ATTEMPTS = 3;

function trimmed<T>(value: T): T {
  if (typeof value === 'string') return value.trim() as T;
  if (Array.isArray(value)) return value.map(trimmed) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)])) as T;
  }
  return value;
}

const orNull = <T>(value: T | null | undefined): T | null => (value === undefined || value === '' ? null : value);

function complainantRecords(list: readonly ComplainantFacts[] | null | undefined): ComplainantRecord[] {
  return (list ?? []).map((c) => ({ name: c.name ?? '', phone: c.phone ?? '', organisation: orNull(c.organisation) }));
}

function qualityColumns(details: QualityFacts | null | undefined): Pick<ComplaintEntity, (typeof QUALITY_COLUMNS)[number]> {
  return {
    orderNo: orNull(details?.orderNo),
    partNo: orNull(details?.partNo),
    quantity: details?.quantity ?? null,
    defectiveQty: details?.defectiveQty ?? null,
    deliveryDate: orNull(details?.deliveryDate),
    customerRequest: orNull(details?.customerRequest),
  };
}

/** The quality details of a complaint as the API shows them; null when none were recorded. */
export function qualityDetailsOf(complaint: ComplaintEntity): QualityDetails | null {
  if (QUALITY_COLUMNS.every((key) => complaint[key] === null)) return null;
  return Object.fromEntries(QUALITY_COLUMNS.map((key) => [key, complaint[key]])) as unknown as QualityDetails;
}

function factsOf(c: ComplaintEntity): IntakeFacts {
  return { ...c, qualityDetails: qualityDetailsOf(c) };
}

/** Complaint intake use cases: validate (CMP-003), number (CMP-010, CMP-011, CMP-012, CMP-013) and persist in one transaction. */
export class ComplaintService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Pick<ServiceConfig, 'maxPageSize' | 'businessTimeZone'>,
    private readonly access: Access,
    private readonly intake: IntakePolicy = INTAKE_POLICY,
    private readonly numbering: ComplaintNumberingPolicy = COMPLAINT_NUMBERING_POLICY,
  ) {}

  async list(
    filter: ComplaintCriteria | null | undefined,
    order: ComplaintOrder | null | undefined,
    page: PageArgs,
  ): Promise<Connection<ComplaintEntity>> {
    const sort: KeysetSort = order ? { property: SORT_PROPERTY[order.field], direction: order.direction ?? 'DESC' } : RECEIVED_DESC;
    return complaintPage(this.dataSource.manager, this.access, filter, sort, page, this.config.maxPageSize);
  }

  async register(raw: RegisterComplaintInput, ctx: Ctx): Promise<Outcome<ComplaintEntity>> {
    const input = trimmed(raw);
    const key = orNull(input.idempotencyKey);
    if (key && key.length > MAX_LENGTH.idempotencyKey) {
      return refused([
        complaintRefusals.userError(
          ctx.lang,
          'TOO_LONG',
          { label: { zh: '幂等键', en: 'idempotencyKey' }, max: MAX_LENGTH.idempotencyKey },
          { field: ['input', 'idempotencyKey'] },
        ),
      ]);
    }
    const registeredAt = ctx.clock.now();
    if (key) {
      const repeated = await this.repeatedRegistration(key, registeredAt, ctx);
      if (repeated) return repeated;
    }
    const receivedAt = receivedAtFor(input.channel, input.receivedAt, registeredAt, this.intake);
    const facts: IntakeFacts = { ...input, receivedAt };
    const errors = this.violations(facts, registeredAt, ctx);
    if (errors.length) return refused(errors);

    const complainants = complainantRecords(input.complainants);
    const values: Omit<ComplaintEntity, 'number' | 'createdAt' | 'updatedAt'> = {
      id: randomUUID(),
      caseType: input.caseType ?? 'COMPLAINT',
      channel: input.channel!,
      state: INITIAL_COMPLAINT_STATE,
      cycle: 1,
      customerId: input.customerId,
      customerGradeAtIntake: input.customerGradeAtIntake ?? null,
      customerSizeAtIntake: input.customerSizeAtIntake ?? null,
      complainantType: input.complainantType ?? 'CUSTOMER',
      complainants,
      targetType: input.targetType!,
      targetRef: input.targetRef!,
      narrative: input.narrative!,
      incidentAt: input.incidentAt ?? null,
      receivedAt: receivedAt!,
      registeredAt,
      registeredBy: ctx.caller.id,
      idempotencyKey: key,
      desiredResolution: orNull(input.desiredResolution),
      ...qualityColumns(input.qualityDetails),
      nature: input.nature ?? null,
      contentType: input.contentType ?? null,
      severity: severityFor(input.severity, complainants.length, this.intake),
      validity: 'PENDING',
      important: input.important ?? false,
      responsibleDeptId: null,
      handlerId: null,
      closedAt: null,
      version: 1,
      createdBy: ctx.caller.id,
      updatedBy: ctx.caller.id,
    };
    for (let attempt = 1; ; attempt += 1) {
      try {
        return succeeded(await writeTransaction(this.dataSource, (manager) => this.insertNumbered(manager, values)));
      } catch (error: unknown) {
        if (!lostWriteRace(error)) throw error;
        // The same key registered concurrently by the same caller: the first case wins and is returned.
        if (key) {
          const repeated = await this.repeatedRegistration(key, registeredAt, ctx);
          if (repeated) return repeated;
        }
        if (attempt >= REGISTRATION_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * CMP-010, CMP-011, CMP-012, CMP-013: the serial is taken from the registration month's counter inside the registering transaction, so
   * a registration that rolls back consumes no number and two concurrent ones never share one.
   */
  private async insertNumbered(
    manager: EntityManager,
    values: Omit<ComplaintEntity, 'number' | 'createdAt' | 'updatedAt'>,
  ): Promise<ComplaintEntity> {
    const period = numberingPeriod(values.registeredAt, this.config.businessTimeZone);
    const serial = await nextSequenceValue(manager, complaintNumberSequence(period));
    const complaint = await insertComplaint(manager, { ...values, number: formatComplaintNumber(period, serial, this.numbering) });
    await announceComplaintFacts(manager, [complaint.customerId], values.registeredAt);
    return complaint;
  }

  /** X-080/CMP-013: the case this caller already registered with this key, or a refusal once the window has passed. */
  private async repeatedRegistration(key: string, now: Date, ctx: Ctx): Promise<Outcome<ComplaintEntity> | null> {
    const prior = await registrationByKey(this.dataSource.manager, ctx.caller.id, key);
    if (!prior) return null;
    if (now.getTime() - prior.registeredAt.getTime() <= this.intake.idempotencyWindowHours * 3_600_000) return succeeded(prior);
    return refused([
      complaintRefusals.userError(ctx.lang, 'IDEMPOTENCY_KEY_REUSED', {
        windowHours: this.intake.idempotencyWindowHours,
        number: prior.number,
      }),
    ]);
  }

  async update(raw: UpdateComplaintInput, ctx: Ctx): Promise<Outcome<ComplaintEntity>> {
    const input = trimmed(raw);
    return writeTransaction(this.dataSource, async (manager) => {
      const found = await complaintOf(manager, input.id);
      // Outside the caller's scope is reported as not found.
      const current = found && this.access.covers('complaint:UPDATE', complaintPlacement(found)) ? found : null;
      if (!current) {
        return refused<ComplaintEntity>([complaintRefusals.userError(ctx.lang, 'NOT_FOUND', { what: COMPLAINT })]);
      }
      if (!isOpenComplaintState(current.state)) {
        return refused<ComplaintEntity>([complaintRefusals.userError(ctx.lang, 'COMPLAINT_CLOSED', { number: current.number })]);
      }
      const patch: Partial<ComplaintEntity> = {};
      for (const key of EDITABLE) {
        const value = input[key];
        if (value !== undefined) (patch as Record<string, unknown>)[key] = value === '' ? null : value;
      }
      if (input.complainants !== undefined) patch.complainants = complainantRecords(input.complainants);
      if (input.qualityDetails !== undefined) Object.assign(patch, qualityColumns(input.qualityDetails));
      const merged = { ...current, ...patch };
      const errors = this.violations(factsOf(merged), ctx.clock.now(), ctx);
      for (const key of NOT_NULL) {
        if (input[key] === null)
          errors.push(
            complaintRefusals.userError(ctx.lang, 'REQUIRED', { label: { zh: key, en: key }, cleared: true }, { field: ['input', key] }),
          );
      }
      if (errors.length) return refused<ComplaintEntity>(errors);
      patch.severity = severityFor(input.severity ?? current.severity, merged.complainants.length, this.intake);

      // The version condition makes the check and the write one atomic step (a concurrent writer cannot slip between),
      // and the audit trail gets old → new of every changed field against this record.
      const written = await updateComplaintVersioned(manager, current, input.version, { ...patch, updatedBy: ctx.caller.id });
      if (!written) {
        return refused<ComplaintEntity>([
          complaintRefusals.userError(ctx.lang, 'STALE_VERSION', { what: COMPLAINT, current: current.version }),
        ]);
      }
      // The customer may have changed with the facts: both customers' counts are announced again.
      await announceComplaintFacts(manager, [current.customerId, merged.customerId], ctx.clock.now());
      return succeeded(await complaintOfOrFail(manager, current.id));
    });
  }

  private violations(facts: IntakeFacts, now: Date, ctx: Ctx): UserError[] {
    return intakeViolations(facts, now, this.intake).map((v) => userError(ctx.lang, v.code, ['input', ...v.field], v.message));
  }
}
