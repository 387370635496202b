import type { Message, UserError } from '@crm/platform';
import { userError } from '@crm/platform';
import type { Ctx } from './runtime';

/** The refusals every use case shares, so codes and messages stay the same across mutations. */

export const notFound = (ctx: Ctx, what: Message, field: string[] = ['input', 'id']): UserError =>
  userError(ctx.lang, 'NOT_FOUND', field, { zh: `${what.zh}不存在`, en: `${what.en} not found` });

export const roleNotAllowed = (ctx: Ctx, field: string[], roles: readonly string[]): UserError =>
  userError(ctx.lang, 'ROLE_NOT_ALLOWED', field, {
    zh: `无权执行此操作(需要角色: ${roles.join('/')})`,
    en: `Your role may not do this (needs one of ${roles.join(', ')})`,
  });

export const staleVersion = (ctx: Ctx, what: Message, current: number): UserError =>
  userError(ctx.lang, 'STALE_VERSION', ['input', 'version'], {
    zh: `${what.zh}已被他人修改(当前版本 ${current}),请刷新后重试`,
    en: `The ${what.en.toLowerCase()} was changed by someone else (current version ${current}); reload and retry`,
  });

export const invalidState = (ctx: Ctx, what: Message, state: string, field: string[] = ['input', 'id']): UserError =>
  userError(ctx.lang, 'INVALID_STATE', field, {
    zh: `${what.zh}当前状态(${state})不允许此操作`,
    en: `Not allowed while the ${what.en.toLowerCase()} is ${state}`,
  });

export const required = (ctx: Ctx, field: string[], label: Message): UserError =>
  userError(ctx.lang, 'REQUIRED', field, { zh: `${label.zh}不能为空`, en: `${label.en} is required` });

export const invalid = (ctx: Ctx, code: string, field: string[], message: Message): UserError => userError(ctx.lang, code, field, message);

export const CUSTOMER: Message = { zh: '客户', en: 'Customer' };

/** CUS-042: a CONFIDENTIAL or TOP_SECRET file is kept by a named custodian (第22条: 单独存放、专人管理). */
export const custodianRequired = (ctx: Ctx, field: string[]): UserError =>
  userError(ctx.lang, 'CUSTODIAN_REQUIRED', field, {
    zh: '机密、绝密客户档案必须指定专人管理',
    en: 'A CONFIDENTIAL or TOP_SECRET file needs a custodian',
  });

export const unknownStaff = (ctx: Ctx, field: string[], staffId: string): UserError =>
  userError(ctx.lang, 'UNKNOWN_STAFF', field, {
    zh: `员工 ${staffId} 不在员工名录中`,
    en: `Staff member ${staffId} is not in the staff directory`,
  });
