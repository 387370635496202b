import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rowById, rowByIdOrFail } from '../../shared/support/rows.store';
import type { Outcome } from '@crm/platform';
import { refused, succeeded, trimmed, updateVersioned, userError, writeTransaction } from '@crm/platform';
import { ContactEntity } from './entities/contact.entity';
import { contactsWithPhone, insertContact, keyContactsBornOn, removeContact } from './contacts-records.store';
import { contactViolations } from '../../shared/profile.rules';
import type { AddContactInput, ContactFields, RemoveContactInput, UpdateContactInput } from '../../generated/resolvers-types';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import { activeCustomer } from '../../shared/customer-writes';
import { createOnce } from '../../shared/idempotent-create';
import { notFound, staleVersion } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';

const CONTACT = { zh: '联系人', en: 'Contact' };
const EDITABLE = ['name', 'gender', 'birthday', 'position', 'phone', 'mobile', 'email', 'needs', 'isKeyContact', 'feedback'] as const;

export function contactRow(customerId: string, fields: ContactFields, actor: string): Partial<ContactEntity> {
  return {
    id: randomUUID(),
    customerId,
    name: fields.name,
    gender: fields.gender ?? null,
    birthday: fields.birthday ?? null,
    position: fields.position || null,
    phone: fields.phone || null,
    mobile: fields.mobile || null,
    email: fields.email || null,
    needs: fields.needs || null,
    isKeyContact: fields.isKeyContact ?? false,
    feedback: fields.feedback || null,
    version: 1,
    createdBy: actor,
    updatedBy: actor,
  };
}
/** CUS-001: the contacts a customer is opened with, in the opening's transaction. */
export async function insertContacts(
  manager: EntityManager,
  customerId: string,
  contacts: readonly ContactFields[],
  actor: string,
): Promise<void> {
  for (const contact of contacts) await insertContact(manager, contactRow(customerId, contact, actor));
}

/** CUS-002: how many of a customer's contacts can be phoned (a filing needs one). */
export function countContactsWithPhone(manager: EntityManager, customerId: string): Promise<number> {
  return contactsWithPhone(manager, customerId);
}

/** A key contact with a birthday, with the customer it belongs to. */
export type KeyContactWithCustomer = ContactEntity & { customer: CustomerEntity };

/** CUS-041: key contacts whose birthday (month-day) is one of `keys`, with their customer. */
export async function keyContactBirthdays(manager: EntityManager, keys: readonly string[]): Promise<KeyContactWithCustomer[]> {
  return (await keyContactsBornOn(manager, keys)) as KeyContactWithCustomer[];
}

/** 联系人 of a customer. */
export class ContactService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** a repeat with the same idempotency key returns the contact first added. */
  async add(input: AddContactInput, ctx: Ctx): Promise<Outcome<ContactEntity>> {
    const fields = trimmed(input.contact);
    const errors = contactViolations(fields, true).map((p) => userError(ctx.lang, p.code, ['input', 'contact', p.field], p.message));
    if (errors.length) return refused(errors);
    const target = { entity: ContactEntity, creator: 'createdBy', createdAt: 'createdAt', what: CONTACT } as const;
    return createOnce(
      this.rt,
      target,
      input.idempotencyKey,
      ctx,
      async (prior) => prior,
      async (manager, idempotencyKey) => {
        const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
        if (!customer.ok) return refused(customer.userErrors);
        const row = { ...contactRow(input.customerId, fields, ctx.caller.id), createdAt: this.rt.clock.now(), idempotencyKey };
        await insertContact(manager, row);
        return succeeded(await rowByIdOrFail(manager, ContactEntity, row.id!));
      },
    );
  }

  async update(raw: UpdateContactInput, ctx: Ctx): Promise<Outcome<ContactEntity>> {
    const input = trimmed(raw);
    const patch: Partial<ContactEntity> = {};
    for (const key of EDITABLE) {
      const value = input[key];
      if (value !== undefined) (patch as Record<string, unknown>)[key] = value === '' ? null : value;
    }
    const errors = contactViolations(patch, false).map((p) => userError(ctx.lang, p.code, ['input', p.field], p.message));
    if (patch.isKeyContact === null) patch.isKeyContact = false;
    if (errors.length) return refused(errors);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const current = await this.contactInScope(manager, input.id, ctx);
      if (!current) return refused([notFound(ctx, CONTACT)]);
      if (!(await updateVersioned(manager, ContactEntity, current, input.version, { ...patch, updatedBy: ctx.caller.id })))
        return refused([staleVersion(ctx, CONTACT, current.version)]);
      return succeeded(await rowByIdOrFail(manager, ContactEntity, input.id));
    });
  }

  async remove(input: RemoveContactInput, ctx: Ctx): Promise<Outcome<string>> {
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const current = await this.contactInScope(manager, input.id, ctx);
      if (!current) return refused([notFound(ctx, CONTACT)]);
      if (current.version !== input.version) return refused([staleVersion(ctx, CONTACT, current.version)]);
      await removeContact(manager, current);
      return succeeded(input.id);
    });
  }

  /** The contact, when its customer is within the caller's scope for edits. */
  private async contactInScope(manager: EntityManager, id: string, ctx: Ctx): Promise<ContactEntity | null> {
    const contact = await rowById(manager, ContactEntity, id);
    if (!contact) return null;
    return (await activeCustomer(manager, contact.customerId, ctx)).ok ? contact : null;
  }
}
