import type { DataSource, EntityManager } from 'typeorm';
import type { Connection, KeysetSort, Outcome, PageArgs } from '@crm/platform';
import { rowById } from '../../shared/support/rows.store';
import {
  connectionOf,
  normaliseUscc,
  refusableTransaction,
  refused,
  succeeded,
  trimmed,
  updateVersioned,
  userError,
  writeAudit,
  writeTransaction,
} from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { countContactsWithPhone } from '../contacts-records/contacts-records-contacts.service';
import { profileViolations } from '../../shared/profile.rules';
import type { DuplicateHit } from '../duplicates-merge/duplicates-merge-check.service';
import { nameKeyOf, phoneKeyOf } from '../duplicates-merge/duplicates-merge-check.service';
import { filingGaps, filingTemplate, maySubmitFiling } from './filing.rules';
import { isClassified, mayChangeLevel } from '../../shared/confidentiality-levels.rules';
import { holdsAny } from '../../shared/roles';
import { addMonths } from '../../shared/support/calendar-months';
import type {
  CreateCustomerInput,
  CustomerFilter,
  CustomerOrder,
  CustomerOrderField,
  CustomerVersionInput,
  DeleteCustomerInput,
  DesignateCustomerSizeInput,
  RestoreCustomerInput,
  SetConfidentialityInput,
  UpdateCustomerInput,
} from '../../generated/resolvers-types';
import { customerById } from '../../shared/customer.store';
import { customersReadableBy, customerWithDeleted, deletedCustomer } from './profile.store';
import { activeCustomer, recordStateChange, updateCustomerVersion } from '../../shared/customer-writes';
import { duplicateUscc, insertCustomer, newCustomerViolations, normalisedNewCustomer, ownerViolations } from './profile-opening.service';
import { findDuplicates } from '../duplicates-merge/duplicates-merge-check.service';
import { createOnce } from '../../shared/idempotent-create';
import { applyClassChange } from '../key-accounts/key-accounts.service';
import {
  CUSTOMER,
  custodianRequired,
  invalid,
  invalidState,
  notFound,
  required,
  roleNotAllowed,
  staleVersion,
  unknownStaff,
} from '../../shared/refusals';
import type { Ctx, CustomerRuntime, RuleEnv } from '../../shared/runtime';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { APPROVAL_SUBJECT, submitApproval } from '../../shared/customer-approvals';
import { customerPlacement } from '../../shared/customer-scope';
import { updateCustomerBySystem } from '../../shared/customer-writes';
import { todayIn } from '../../shared/runtime';
import { announceFilingState } from '../../shared/customer-events';

const SORT_PROPERTY: Record<CustomerOrderField, keyof CustomerEntity> = {
  CODE: 'code',
  NAME: 'name',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
};

/** Profile fields an update may change; anything else in the input (id, version) is not a column write. */
const EDITABLE = [
  'name',
  'type',
  'specialKind',
  'usccCode',
  'industry',
  'region',
  'customerGroupId',
  'isCounterparty',
  'legalRepresentative',
  'address',
  'postcode',
  'phone',
  'fax',
  'website',
  'businessScope',
  'registeredCapital',
  'foundedOn',
  'disclosureConsent',
  'custodianId',
  'keyAccountManagerId',
] as const;

/** Customer master data: open, edit, delete and restore profiles, review and file them (CUS-001, CUS-002, CUS-003, CUS-004, CUS-005, CUS-006, CUS-007, CUS-008, CUS-009). */
export class CustomerService {
  constructor(private readonly rt: CustomerRuntime) {}

  private get dataSource(): DataSource {
    return this.rt.dataSource;
  }

  /**
   * Within the caller's scope: a sales rep lists own customers, a manager the department's; classified files
   * only where the caller may read them (CUS-042, X-032).
   */
  list(
    filter: CustomerFilter | null | undefined,
    order: CustomerOrder | null | undefined,
    page: PageArgs,
    ctx: Ctx,
  ): Promise<Connection<CustomerEntity>> {
    const qb = customersReadableBy(this.dataSource, filter, ctx.access, this.rt);
    const sort: KeysetSort = { property: SORT_PROPERTY[order?.field ?? 'CREATED_AT'], direction: order?.direction ?? 'ASC' };
    return connectionOf(qb, sort, page, this.rt.config.maxPageSize);
  }

  /**
   * CUS-001, CUS-005: a duplicate USCC refuses; matching names or phones come back as warnings. X-080: a repeat with the
   * same idempotency key returns the customer first opened, with its warnings, and opens nothing.
   */
  async create(raw: CreateCustomerInput, ctx: Ctx): Promise<Outcome<{ customer: CustomerEntity; duplicates: DuplicateHit[] }>> {
    const input = normalisedNewCustomer(raw);
    const errors = [...newCustomerViolations(input, ctx), ...ownerViolations(input, ctx, this.rt.config.staffDirectory)];
    if (errors.length) return refused(errors);
    const warningKeys = this.rt.policy.duplicateWarningKeys;
    return createOnce(
      this.rt,
      { entity: CustomerEntity, creator: 'createdBy', createdAt: 'createdAt', what: CUSTOMER },
      input.idempotencyKey,
      ctx,
      async (customer, manager) => ({ customer, duplicates: await findDuplicates(manager, customer, warningKeys, ctx, customer.id) }),
      async (manager, idempotencyKey) => {
        const duplicate = await duplicateUscc(manager, input.usccCode, null, ctx);
        if (duplicate) return refused([duplicate]);
        const duplicates = await findDuplicates(manager, input, warningKeys, ctx);
        const customer = await insertCustomer(manager, this.rt, input, ctx, { reason: 'OPENED', idempotencyKey });
        return succeeded({ customer, duplicates });
      },
    );
  }

  async update(raw: UpdateCustomerInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    const input = trimmed(raw);
    if (input.usccCode) input.usccCode = normaliseUscc(input.usccCode);
    return writeTransaction(this.dataSource, async (manager) => {
      const found = await activeCustomer(manager, input.id, ctx);
      if (!found.ok) return found;
      const current = found.value;
      const patch: Partial<CustomerEntity> = {};
      for (const key of EDITABLE) {
        const value = input[key];
        if (value !== undefined) (patch as Record<string, unknown>)[key] = value === '' ? null : value;
      }
      const errors = profileViolations(
        {
          ...patch,
          type: patch.type ?? current.type,
          specialKind: patch.specialKind !== undefined ? patch.specialKind : current.specialKind,
        },
        false,
      ).map((p) => userError(ctx.lang, p.code, ['input', p.field], p.message));
      for (const field of ['name', 'type', 'isCounterparty', 'disclosureConsent'] as const) {
        if (patch[field] === null) errors.push(required(ctx, ['input', field], { zh: field, en: field }));
      }
      if (patch.custodianId === null && isClassified(current.confidentiality))
        errors.push(custodianRequired(ctx, ['input', 'custodianId']));
      if (errors.length) return refused(errors);
      if (patch.usccCode && patch.usccCode !== current.usccCode) {
        const duplicate = await duplicateUscc(manager, patch.usccCode, current.id, ctx);
        if (duplicate) return refused([duplicate]);
      }
      if (patch.name) patch.nameKey = nameKeyOf(patch.name);
      if (patch.phone !== undefined) patch.phoneKey = patch.phone ? phoneKeyOf(patch.phone) : null;
      return updateCustomerVersion(manager, current, input.version, patch, ctx);
    });
  }

  /** CUS-007: a soft delete, audited as DELETE; the profile is kept and can be restored. */
  async remove(input: DeleteCustomerInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    return writeTransaction(this.dataSource, async (manager) => {
      const found = await activeCustomer(manager, input.id, ctx, ['input', 'id'], 'customer:DELETE');
      if (!found.ok) return found;
      const deleted = await updateVersioned(manager, CustomerEntity, found.value, input.version, {
        deletedAt: this.rt.clock.now(),
        deletedBy: ctx.caller.id,
        updatedBy: ctx.caller.id,
      });
      if (!deleted) return refused([staleVersion(ctx, CUSTOMER, found.value.version)]);
      await writeAudit(manager, [{ entityType: 'customer', entityId: input.id, action: 'DELETE', note: input.reason?.trim() || null }]);
      const removed = await customerWithDeleted(manager, input.id);
      await announceFilingState(manager, this.rt.clock, [removed]);
      return succeeded(removed);
    });
  }

  /** CUS-007: restores a soft-deleted customer unless its USCC was taken meanwhile; a merged one stays an alias. */
  async restore(input: RestoreCustomerInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    return writeTransaction(this.dataSource, async (manager) => {
      const customer = await deletedCustomer(manager, input.id);
      if (!customer || !ctx.access.covers('customer:RESTORE', customerPlacement(customer)))
        return refused([notFound(ctx, { zh: '已删除的客户', en: 'Deleted customer' })]);
      if (customer.mergedIntoId) {
        return refused([
          invalid(ctx, 'MERGED', ['input', 'id'], {
            zh: '该客户已并入其他客户,不能恢复',
            en: 'The customer was merged into another and cannot be restored',
          }),
        ]);
      }
      const duplicate = await duplicateUscc(manager, customer.usccCode, customer.id, ctx, ['input', 'id']);
      if (duplicate) return refused([duplicate]);
      await updateCustomerBySystem(manager, customer, { deletedAt: null, deletedBy: null }, ctx.caller.id);
      await writeAudit(manager, [{ entityType: 'customer', entityId: customer.id, action: 'RESTORE' }]);
      const restored = await customerById(manager, customer.id);
      await announceFilingState(manager, this.rt.clock, [restored]);
      return succeeded(restored);
    });
  }

  /** CUS-009: the review is recorded today and the next one falls due 12 months later. */
  async markReviewed(input: CustomerVersionInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    const today = todayIn(this.rt);
    return writeTransaction(this.dataSource, async (manager) => {
      const found = await activeCustomer(manager, input.id, ctx);
      if (!found.ok) return found;
      return updateCustomerVersion(
        manager,
        found.value,
        input.version,
        { lastReviewedOn: today, reviewDueOn: addMonths(today, this.rt.policy.profileReviewMonths) },
        ctx,
      );
    });
  }

  /** CUS-002, CUS-004: DRAFT or REJECTED → PENDING when every filing requirement is met; one userError per gap. */
  async submitFiling(input: CustomerVersionInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    return refusableTransaction(this.dataSource, async (manager) => {
      const found = await activeCustomer(manager, input.id, ctx);
      if (!found.ok) return found;
      const customer = found.value;
      if (!maySubmitFiling(customer.filingStatus)) return refused([invalidState(ctx, { zh: '备案', en: 'Filing' }, customer.filingStatus)]);
      const contactsWithPhone = await countContactsWithPhone(manager, customer.id);
      const gaps = filingGaps(
        { entityKind: customer.entityKind, usccCode: customer.usccCode, fields: { ...customer }, contactsWithPhone },
        this.rt.policy,
      );
      if (gaps.length) return refused(gaps.map((gap) => userError(ctx.lang, gap.code, ['customer', gap.field], gap.message)));
      const template = filingTemplate(customer.isCounterparty);
      const approvalId = await submitApproval(manager, this.rt, template, { type: APPROVAL_SUBJECT.customer, id: customer.id }, {}, ctx);
      const outcome = await updateCustomerVersion(
        manager,
        customer,
        input.version,
        { filingStatus: 'PENDING', filingApprovalId: approvalId },
        ctx,
      );
      if (!outcome.ok) return outcome;
      await logFiling(manager, this.rt, customer.id, customer.filingStatus, 'PENDING', template, ctx.caller.id);
      return outcome;
    });
  }

  /** CUS-011, CUS-012: a SALES_DEPT_MANAGER sets the size with a reason; a BIG customer needs its key-account manager. */
  async designateSize(input: DesignateCustomerSizeInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    const policy = this.rt.policy.keyAccount;
    if (!holdsAny(ctx.caller.roles, policy.designatorRoles))
      return refused([roleNotAllowed(ctx, ['input', 'size'], policy.designatorRoles)]);
    if (!input.reason.trim()) return refused([required(ctx, ['input', 'reason'], { zh: '指定理由', en: 'The reason' })]);
    return writeTransaction(this.dataSource, async (manager) => {
      const found = await activeCustomer(manager, input.id, ctx);
      if (!found.ok) return found;
      const customer = found.value;
      const keyAccountManagerId = input.keyAccountManagerId ?? customer.keyAccountManagerId;
      if (input.size === 'BIG' && !keyAccountManagerId) {
        return refused([
          invalid(ctx, 'KEY_ACCOUNT_MANAGER_REQUIRED', ['input', 'keyAccountManagerId'], {
            zh: '大客户须指定客户经理',
            en: 'A key account needs a named key-account manager',
          }),
        ]);
      }
      return applyClassChange(
        manager,
        this.rt,
        customer,
        { size: input.size, sizeDesignated: true, sizeReason: input.reason.trim(), keyAccountManagerId },
        todayIn(this.rt),
        { ctx, version: input.version },
      );
    });
  }

  /**
   * the level setters (CS_MANAGER, GM) set any level on any customer; anyone else who may edit the customer may
   * raise its level, but not to TOP_SECRET, and never lower it.
   */
  async setConfidentiality(input: SetConfidentialityInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    const setter = holdsAny(ctx.caller.roles, this.rt.policy.confidentiality.levelSetterRoles);
    return writeTransaction(this.dataSource, async (manager) => {
      const found = await activeCustomer(manager, input.id, ctx, ['input', 'id'], setter ? null : 'customer:UPDATE');
      if (!found.ok) return found;
      const customer = found.value;
      if (!mayChangeLevel(customer.confidentiality, input.level, ctx.caller.roles, this.rt.policy)) {
        return refused([roleNotAllowed(ctx, ['input', 'level'], this.rt.policy.confidentiality.levelSetterRoles)]);
      }
      if (input.custodianId && !this.rt.config.staffDirectory.member(input.custodianId))
        return refused([unknownStaff(ctx, ['input', 'custodianId'], input.custodianId)]);
      const custodianId = input.custodianId ?? customer.custodianId;
      if (isClassified(input.level) && !custodianId) return refused([custodianRequired(ctx, ['input', 'custodianId'])]);
      return updateCustomerVersion(manager, customer, input.version, { confidentiality: input.level, custodianId }, ctx);
    });
  }
}

async function logFiling(
  manager: EntityManager,
  env: RuleEnv,
  customerId: string,
  from: string,
  to: string,
  reason: string | null,
  actor: string,
): Promise<void> {
  await recordStateChange(manager, { customerId, field: 'FILING_STATUS', from, to, changedOn: todayIn(env), reason, changedBy: actor });
}

/**
 * CUSTOMER_FILING / COUNTERPARTY_ADMISSION decided (CUS-004): approved → FILED; rejected or returned → REJECTED (the
 * owner edits and resubmits); withdrawn → back to DRAFT. Only the customer's current filing request counts.
 */
export const filingDecided: ApprovalEffect = async (manager, request, verdict, env, actor) => {
  const customer = await rowById(manager, CustomerEntity, request.subjectId);
  if (!customer || customer.filingStatus !== 'PENDING' || customer.filingApprovalId !== request.id) return;
  const state = verdict === 'APPROVED' ? 'FILED' : verdict === 'WITHDRAWN' ? 'DRAFT' : 'REJECTED';
  const filed = state === 'FILED';
  await updateCustomerBySystem(
    manager,
    customer,
    { filingStatus: state, filedAt: filed ? env.clock.now() : null, filedOn: filed ? todayIn(env) : null },
    actor,
  );
  await logFiling(manager, env, customer.id, 'PENDING', state, verdict, actor);
  await announceFilingState(manager, env.clock, [{ ...customer, filingStatus: state }]);
};
