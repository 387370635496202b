import { EntityManager } from 'typeorm';
import { Outcome, refused, succeeded, trimmed, updateVersioned, userError, writeTransaction } from '@crm/platform';
import { ContactEntity } from './entities/contact.entity';
import { contactViolations } from '../profile/profile.rules';
import type { AddContactInput, RemoveContactInput, UpdateContactInput } from '../../generated/resolvers-types';
import { activeCustomer } from '../../shared/customer-writes';
import { createOnce } from '../../shared/idempotent-create';
import { contactRow } from '../profile/profile-opening.service';
import { notFound, staleVersion } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';

const CONTACT = { zh: '联系人', en: 'Contact' };
const EDITABLE = ['name', 'gender', 'birthday', 'position', 'phone', 'mobile', 'email', 'needs', 'isKeyContact', 'feedback'] as const;

/** 联系人 of a customer. */
export class ContactService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** a repeat with the same idempotency key returns the contact first added. */
  async add(input: AddContactInput, ctx: Ctx): Promise<Outcome<ContactEntity>> {
    const fields = trimmed(input.contact);
    const errors = contactViolations(fields, true).map((p) => userError(ctx.lang, p.code, ['input', 'contact', p.field], p.message));
    if (errors.length) return refused(errors);
    const target = { entity: ContactEntity, creator: 'createdBy', createdAt: 'createdAt', what: CONTACT } as const;
    return createOnce(this.rt, target, input.idempotencyKey, ctx, async (prior) => prior, async (manager, idempotencyKey) => {
      const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
      if (!customer.ok) return refused(customer.userErrors);
      const row = { ...contactRow(input.customerId, fields, ctx.caller.id), createdAt: this.rt.clock.now(), idempotencyKey };
      await manager.insert(ContactEntity, row);
      return succeeded(await manager.findOneByOrFail(ContactEntity, { id: row.id }));
    });
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
      if (!(await updateVersioned(manager, ContactEntity, current, input.version, { ...patch, updatedBy: ctx.caller.id }))) return refused([staleVersion(ctx, CONTACT, current.version)]);
      return succeeded(await manager.findOneByOrFail(ContactEntity, { id: input.id }));
    });
  }

  async remove(input: RemoveContactInput, ctx: Ctx): Promise<Outcome<string>> {
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const current = await this.contactInScope(manager, input.id, ctx);
      if (!current) return refused([notFound(ctx, CONTACT)]);
      if (current.version !== input.version) return refused([staleVersion(ctx, CONTACT, current.version)]);
      // remove() (not a bare DELETE) so the audit trail keeps what was removed.
      await manager.remove(ContactEntity, current);
      return succeeded(input.id);
    });
  }

  /** The contact, when its customer is within the caller's scope for edits. */
  private async contactInScope(manager: EntityManager, id: string, ctx: Ctx): Promise<ContactEntity | null> {
    const contact = await manager.findOneBy(ContactEntity, { id });
    if (!contact) return null;
    return (await activeCustomer(manager, contact.customerId, ctx)).ok ? contact : null;
  }
}
