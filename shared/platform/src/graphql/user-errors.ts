import { Lang, Message, translate } from './i18n';

/** An expected business refusal, returned as data in a mutation payload. */
export interface UserError {
  /** Stable UPPER_SNAKE code clients switch on. */
  code: string;
  /** Path to the input field at fault, e.g. ['input', 'usccCode']; empty when the whole request is refused. */
  field: string[];
  message: string;
}

export function userError(lang: Lang, code: string, field: string[], message: Message): UserError {
  return { code, field, message: translate(message, lang) };
}

/** A mutation outcome: either the result or the refusals, never both half-applied. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; userErrors: UserError[] };

export const succeeded = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refused = <T>(userErrors: UserError[]): Outcome<T> => ({ ok: false, userErrors });

/** Maps an outcome to the payload shape `{ <key>: T | null, userErrors }`. */
export function toPayload<K extends string, T>(key: K, outcome: Outcome<T>): { [P in K]: T | null } & { userErrors: UserError[] } {
  const value = outcome.ok ? outcome.value : null;
  const userErrors = outcome.ok ? [] : outcome.userErrors;
  return { [key]: value, userErrors } as { [P in K]: T | null } & { userErrors: UserError[] };
}
