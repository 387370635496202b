import type { EntityManager } from 'typeorm';
import type { UserError } from '@crm/platform';
import { departureOf } from './ownership.store';
import { invalid } from '../../shared/refusals';
import type { Ctx } from '../../shared/runtime';

/**
 * CUS-032: a departed staff member lost access when their customers were handed over. The gateway's identity check
 * is the platform's (issue 4); here the customer subgraph refuses them what its own rules guard: claims, file
 * requests and exports.
 */
export async function departedRefusal(manager: EntityManager, ctx: Ctx, field: string[]): Promise<UserError | null> {
  const departed = await departureOf(manager, ctx.caller.id);
  return departed
    ? invalid(ctx, 'ACCESS_REVOKED', field, { zh: '你已离职,访问权限已撤销', en: 'You have left; your access was revoked' })
    : null;
}
