import { randomUUID } from 'node:crypto';
import { announceFilingState } from '../../shared/customer-events';
import type { EntityManager } from 'typeorm';
import { saveNew } from '../../shared/support/rows.store';
import type { StaffDirectory, UserError } from '@crm/platform';
import { lockSequence, nextSequenceValue, normaliseUscc, trimmed, userError } from '@crm/platform';
import { insertContacts } from '../contacts-records/contacts-records-contacts.service';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { liveCustomerWithUsccLocked } from './profile.store';
import { CUSTOMER_CODE_SEQUENCE, formatCustomerCode } from './customer-code.rules';
import { contactViolations, profileViolations } from '../../shared/profile.rules';
import { nameKeyOf, phoneKeyOf } from '../duplicates-merge/duplicates-merge-check.service';
import type { CreateCustomerInput, OwnershipChangeReason } from '../../generated/resolvers-types';
import { addMonths } from '../../shared/support/calendar-months';
import { recordOwnerChange } from '../ownership/ownership-changes.service';
import { unknownStaff } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';

/** Normalises a new customer's input: trimmed strings, upper-case USCC. */
export function normalisedNewCustomer(raw: CreateCustomerInput): CreateCustomerInput {
  const input = trimmed(raw);
  if (input.usccCode) input.usccCode = normaliseUscc(input.usccCode);
  if (input.contacts) input.contacts = input.contacts.map((contact) => trimmed(contact));
  return input;
}

/** Every invalid field of a new customer, its contacts included, as userErrors under `path`. */
export function newCustomerViolations(input: CreateCustomerInput, ctx: Ctx, path: string[] = ['input']): UserError[] {
  const errors = profileViolations(input, true).map((p) => userError(ctx.lang, p.code, [...path, p.field], p.message));
  (input.contacts ?? []).forEach((contact, index) => {
    for (const p of contactViolations(contact, true))
      errors.push(userError(ctx.lang, p.code, [...path, 'contacts', String(index), p.field], p.message));
  });
  return errors;
}

/**
 * CUS-001, X-021: a customer belongs to its owner's department, which is the directory's (for the caller, the one the
 * gateway signed), never the client's word: a customer opened for a rep is then found by the rep's managers.
 */
export function ownerDepartmentOf(ownerId: string, ctx: Ctx, staff: StaffDirectory): string | null {
  return (ownerId === ctx.caller.id ? ctx.caller.departmentId : null) ?? staff.departmentOf(ownerId);
}

/** CUS-001: the owner must be a staff member with a department; a department given with it must be theirs. */
export function ownerViolations(
  input: Pick<CreateCustomerInput, 'ownerId' | 'ownerDepartmentId'>,
  ctx: Ctx,
  staff: StaffDirectory,
  path: string[] = ['input'],
): UserError[] {
  const ownerId = input.ownerId ?? ctx.caller.id;
  const department = ownerDepartmentOf(ownerId, ctx, staff);
  if (!department) return [unknownStaff(ctx, [...path, 'ownerId'], ownerId)];
  if (input.ownerDepartmentId && input.ownerDepartmentId !== department) {
    return [
      userError(ctx.lang, 'OWNER_DEPARTMENT_MISMATCH', [...path, 'ownerDepartmentId'], {
        zh: `负责人 ${ownerId} 属于部门 ${department}`,
        en: `Owner ${ownerId} belongs to department ${department}`,
      }),
    ];
  }
  return [];
}

/**
 * CUS-005: every write that checks a USCC and then stores it takes this lock first, so concurrent creates, edits,
 * restores and imports with one USCC take turns and the second sees the first's customer.
 */
export const lockCustomerIdentities = (manager: EntityManager): Promise<void> => lockSequence(manager, 'customer.uscc-check');

/**
 * CUS-003, CUS-005: a USCC is unique among non-deleted customers. Checked under lockCustomerIdentities with a locking
 * read on MySQL, which sees the latest commit even when the transaction read something before.
 */
export async function duplicateUscc(
  manager: EntityManager,
  uscc: string | null | undefined,
  exceptId: string | null,
  ctx: Ctx,
  field: string[] = ['input', 'usccCode'],
): Promise<UserError | null> {
  if (!uscc) return null;
  await lockCustomerIdentities(manager);
  const existing = await liveCustomerWithUsccLocked(manager, uscc);
  if (!existing || existing.id === exceptId) return null;
  return userError(ctx.lang, 'DUPLICATE_USCC', field, {
    zh: `客户 ${existing.code} 已使用该统一社会信用代码`,
    en: `Customer ${existing.code} already has this USCC`,
  });
}

/**
 * CUS-001: opens a validated customer in the caller's transaction, with its contacts and the first entry of its
 * ownership history: a potential, draft, active customer of the developing staff member, SECRET, due for
 * its first profile review 12 months later (CUS-009).
 */
export async function insertCustomer(
  manager: EntityManager,
  rt: Pick<CustomerRuntime, 'policy' | 'clock' | 'config'>,
  input: CreateCustomerInput,
  ctx: Ctx,
  opened: { reason: OwnershipChangeReason; createdBy?: string; idempotencyKey?: string | null } = { reason: 'OPENED' },
): Promise<CustomerEntity> {
  const today = todayIn(rt);
  const code = formatCustomerCode(await nextSequenceValue(manager, CUSTOMER_CODE_SEQUENCE));
  const ownerId = input.ownerId ?? ctx.caller.id;
  const createdBy = opened.createdBy ?? ctx.caller.id;
  const saved = await saveNew(manager, CustomerEntity, {
    id: randomUUID(),
    code,
    name: input.name,
    nameKey: nameKeyOf(input.name),
    entityKind: input.entityKind,
    type: input.type,
    specialKind: input.specialKind ?? null,
    usccCode: input.usccCode || null,
    industry: input.industry ?? null,
    region: input.region || null,
    customerGroupId: input.customerGroupId ?? null,
    isCounterparty: input.isCounterparty ?? false,
    legalRepresentative: input.legalRepresentative || null,
    address: input.address || null,
    postcode: input.postcode || null,
    phone: input.phone || null,
    phoneKey: input.phone ? phoneKeyOf(input.phone) : null,
    fax: input.fax || null,
    website: input.website || null,
    businessScope: input.businessScope || null,
    registeredCapital: input.registeredCapital ?? null,
    foundedOn: input.foundedOn ?? null,
    disclosureConsent: input.disclosureConsent ?? false,
    confidentiality: rt.policy.confidentiality.defaultLevel,
    ownerId,
    ownerDepartmentId: ownerDepartmentOf(ownerId, ctx, rt.config.staffDirectory) ?? input.ownerDepartmentId ?? null,
    ownerSince: today,
    custodianId: input.custodianId ?? null,
    reviewDueOn: addMonths(today, rt.policy.profileReviewMonths),
    size: 'ORDINARY',
    grade: null,
    gradeProvisional: false,
    lifecycleStage: 'POTENTIAL',
    status: 'ACTIVE',
    filingStatus: 'DRAFT',
    version: 1,
    createdAt: rt.clock.now(),
    createdBy,
    updatedBy: createdBy,
    idempotencyKey: opened.idempotencyKey ?? null,
  });
  await insertContacts(manager, saved.id, input.contacts ?? [], ctx.caller.id);
  await recordOwnerChange(
    manager,
    saved.id,
    null,
    { ownerId: saved.ownerId, departmentId: saved.ownerDepartmentId },
    opened.reason,
    ctx.caller.id,
  );
  await announceFilingState(manager, rt.clock, [saved]);
  return saved;
}
