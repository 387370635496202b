import type { UseCaseContext, UserError } from '@crm/platform';
import { userError } from '@crm/platform';
import type { Violation } from './violation';

/** What a use case needs from the request: who calls and in which language. */
export type Ctx = UseCaseContext;

/** The business date "today" on the request clock, in the policy's zone, fixed per request. */
export type Today = () => string;

export function userErrorsOf(violations: Violation[], ctx: Ctx): UserError[] {
  return violations.map((v) => userError(ctx.lang, v.code, ['input', v.field], v.message));
}
