import { GraphQLError } from 'graphql';
import type { CustomerEntity } from './entities/customer.entity';
import type { ServiceContext } from '../loaders';

/**
 * The customer a record belongs to, through the per-request loader (soft-deleted parents included); null for a
 * classified file the caller may not read (CUS-042).
 */
export async function customerOf(row: { customerId: string }, _args: unknown, ctx: ServiceContext): Promise<CustomerEntity | null> {
  const customer = await ctx.loaders.parentCustomerById.load(row.customerId);
  if (!customer)
    throw new GraphQLError(`客户 ${row.customerId} 不存在 / customer ${row.customerId} does not exist`, {
      extensions: { code: 'NOT_FOUND' },
    });
  return ctx.loaders.openedFile(customer);
}
