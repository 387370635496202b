import { customerRefusals } from './refusals';
import type { CustomerEntity } from './entities/customer.entity';
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
  return ctx.loaders.openedFile(customer);
}
