import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Outcome, Permission } from '@crm/platform';
import { refused, succeeded, updateVersioned } from '@crm/platform';
import { CustomerEntity } from './entities/customer.entity';
import type { CustomerStateChangeEntity } from './entities/customer-state-change.entity';
import type { CustomerStateField } from '../generated/resolvers-types';
import { updateRecord } from './support/audited-update.store';
import { customerPlacement } from './customer-scope';
import { customerById, insertStateChange, notDeletedCustomer } from './customer.store';
import { CUSTOMER, notFound, staleVersion } from './refusals';
import type { Ctx } from './runtime';

/**
 * The customer to act on: not deleted and, unless `permission` is null, within the caller's scope for it (X-021:
 * outside the scope it is reported as not found). Claims and file requests pass null: they are about customers the
 * caller does not (yet) own.
 */
export async function activeCustomer(
  manager: EntityManager,
  id: string,
  ctx: Ctx,
  field: string[] = ['input', 'id'],
  permission: Permission | null = 'customer:UPDATE',
): Promise<Outcome<CustomerEntity>> {
  const customer = await notDeletedCustomer(manager, id);
  if (!customer || (permission && !ctx.access.covers(permission, customerPlacement(customer))))
    return refused([notFound(ctx, CUSTOMER, field)]);
  return succeeded(customer);
}

/**
 * A user's edit of the customer row: applied only if the version they read is still current (check and write are
 * one statement), audited old → new, then the fresh row. A stale version is refused with STALE_VERSION.
 */
export async function updateCustomerVersion(
  manager: EntityManager,
  current: CustomerEntity,
  version: number,
  patch: Partial<CustomerEntity>,
  ctx: Ctx,
): Promise<Outcome<CustomerEntity>> {
  const written = await updateVersioned(manager, CustomerEntity, current, version, { ...patch, updatedBy: ctx.caller.id });
  if (!written) return refused([staleVersion(ctx, CUSTOMER, current.version)]);
  return succeeded(await customerById(manager, current.id));
}

/**
 * A change the system makes (a rule, a job, a reported fact): audited, and the version is bumped so a user's edit
 * based on the earlier row is refused. `where` makes it conditional (e.g. on the flag value read).
 */
export function updateCustomerBySystem(
  manager: EntityManager,
  current: CustomerEntity,
  patch: Partial<CustomerEntity>,
  actor: string,
  where: Partial<CustomerEntity> = {},
): Promise<boolean> {
  return updateRecord(manager, CustomerEntity, current, { ...patch, version: () => 'version + 1', updatedBy: actor }, where);
}

export interface StateChange {
  customerId: string;
  field: CustomerStateField;
  from: string | null;
  to: string;
  changedOn: string;
  reason?: string | null;
  changedBy: string;
}

/** Appends to the customer's state timeline. */
export async function recordStateChange(manager: EntityManager, change: StateChange): Promise<CustomerStateChangeEntity> {
  return insertStateChange(manager, {
    id: randomUUID(),
    customerId: change.customerId,
    field: change.field,
    fromValue: change.from,
    toValue: change.to,
    changedOn: change.changedOn,
    reason: change.reason ?? null,
    changedBy: change.changedBy,
  });
}
