import type { Message, UserError } from '@crm/platform';
import { DomainError, platformRefusals } from '@crm/platform';
import type { Ctx } from './runtime';

/**
 * The customer subgraph's catalogue of refusals, on the platform's; the functions below keep the signatures every
 * use case calls, so codes and messages stay the same across mutations.
 */
export const customerRefusals = platformRefusals.extend({
  /** CUS-042: a CONFIDENTIAL or TOP_SECRET file is kept by a named custodian (第22条: 单独存放、专人管理). */
  CUSTODIAN_REQUIRED: {
    message: (): Message => ({ zh: '机密、绝密客户档案必须指定专人管理', en: 'A CONFIDENTIAL or TOP_SECRET file needs a custodian' }),
  },
  UNKNOWN_STAFF: {
    message: ({ staffId }: { staffId: string }): Message => ({
      zh: `员工 ${staffId} 不在员工名录中`,
      en: `Staff member ${staffId} is not in the staff directory`,
    }),
  },
});

export const notFound = (ctx: Ctx, what: Message, field: string[] = ['input', 'id']): UserError =>
  customerRefusals.userError(ctx.lang, 'NOT_FOUND', { what }, { field });

export const roleNotAllowed = (ctx: Ctx, field: string[], roles: readonly string[]): UserError =>
  customerRefusals.userError(ctx.lang, 'ROLE_NOT_ALLOWED', { roles }, { field });

export const staleVersion = (ctx: Ctx, what: Message, current: number): UserError =>
  customerRefusals.userError(ctx.lang, 'STALE_VERSION', { what, current });

export const invalidState = (ctx: Ctx, what: Message, state: string, field: string[] = ['input', 'id']): UserError =>
  customerRefusals.userError(ctx.lang, 'INVALID_STATE', { what, state }, { field });

export const required = (ctx: Ctx, field: string[], label: Message): UserError =>
  customerRefusals.userError(ctx.lang, 'REQUIRED', { label }, { field });

/** A refusal whose code the use case names (not yet in the catalogue). */
export const invalid = (ctx: Ctx, code: string, field: string[], message: Message): UserError =>
  new DomainError(code, field, message).toUserError(ctx.lang);

export const CUSTOMER: Message = { zh: '客户', en: 'Customer' };

/** CUS-042: a CONFIDENTIAL or TOP_SECRET file is kept by a named custodian (第22条: 单独存放、专人管理). */
export const custodianRequired = (ctx: Ctx, field: string[]): UserError =>
  customerRefusals.userError(ctx.lang, 'CUSTODIAN_REQUIRED', { field });

export const unknownStaff = (ctx: Ctx, field: string[], staffId: string): UserError =>
  customerRefusals.userError(ctx.lang, 'UNKNOWN_STAFF', { staffId }, { field });
