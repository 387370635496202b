import { customerRefusals } from './refusals';
import type { CustomerEntity } from './entities/customer.entity';
import { isClassified } from './confidentiality-levels.rules';
import type { ServiceContext } from '../loaders';

/**
 * The customer a record belongs to, through the per-request loader (soft-deleted parents included); null for a
 * classified file the caller may not read (CUS-042).
 */
export async function customerOf(row: { customerId: string }, _args: unknown, ctx: ServiceContext): Promise<CustomerEntity | null> {
  const customer = await ctx.loaders.parentCustomerById.load(row.customerId);
  if (!customer)
    throw customerRefusals.refuse(
      'NOT_FOUND',
      { what: { zh: `客户 ${row.customerId} `, en: `Customer ${row.customerId}` } },
      { field: [] },
    );
  return openedFile(ctx, customer);
}

/**
 * CUS-042, X-032: the customer as the caller may see it when reached through one of its records or a write's payload:
 * a classified file the caller may not read is null, so a record in scope or a duty that lets someone write to the
 * file (a planned visit, a size designation) does not open it. No SQL for ordinary files.
 */
export async function openedFile(ctx: ServiceContext, customer: CustomerEntity | null): Promise<CustomerEntity | null> {
  return customer && isClassified(customer.confidentiality) && !(await ctx.loaders.readableFile.load(customer.id)) ? null : customer;
}
