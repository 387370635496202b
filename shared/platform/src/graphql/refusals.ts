import { GraphQLError } from 'graphql';
import { Lang, Message, translate } from './i18n';
import { Outcome, UserError } from './user-errors';

/**
 * A business refusal, thrown wherever it is found (deep in a transaction, in a nested helper). The resolver boundary
 * (`mergeAreaResolvers`) turns it into a `userErrors` entry of a mutation payload, anywhere else into a GraphQL error
 * with the same code; the error formatter catches one thrown outside a resolver. A throw also rolls its transaction
 * back, so nothing is half-saved.
 */
export class DomainError extends Error {
  constructor(
    /** Stable UPPER_SNAKE code clients switch on. */
    readonly code: string,
    /** Path to the input field at fault; empty when the whole request is refused. */
    readonly field: readonly string[],
    readonly text: Message,
  ) {
    super(`${text.zh} / ${text.en}`);
    this.name = 'DomainError';
  }

  toUserError(lang: Lang): UserError {
    return { code: this.code, field: [...this.field], message: translate(this.text, lang) };
  }

  /** The refusal as a field error: code in extensions, the field when there is one, no HTTP status (a field's error). */
  toGraphQLError(lang: Lang): GraphQLError {
    return new GraphQLError(translate(this.text, lang), { extensions: this.extensions() });
  }

  extensions(): { code: string; field?: string[] } {
    return { code: this.code, ...(this.field.length ? { field: [...this.field] } : {}) };
  }
}

/** One catalogue entry: the bilingual message built from the entry's parameters, and the field it usually points at. */
export interface RefusalEntry<P> {
  message: (params: P) => Message;
  field?: readonly string[];
}

// Entries keyed by UPPER_SNAKE code (a key that is not upper case does not compile). `never` as the parameter bound
// accepts every entry's own parameter type, functions being contravariant in it.
type Entries = Record<string, RefusalEntry<never>>;
type Checked<E extends Entries> = { [K in keyof E]: K extends Uppercase<K & string> ? E[K] : never };

type ParamsOf<T> = T extends { message: (...args: infer A) => Message } ? A : never;

/** Where a refusal points when it is not the entry's usual field, e.g. `['input', 'items', '2', 'qty']`. */
export interface RefuseOptions {
  field?: readonly string[];
}

/** `refuse(code)` for an entry without parameters, `refuse(code, params)` otherwise; either may name another field. */
type RefuseArgs<T> = ParamsOf<T> extends [] ? [options?: RefuseOptions] : [params: ParamsOf<T>[0], options?: RefuseOptions];

export interface RefusalCatalogue<E extends Entries> {
  readonly entries: E;
  /** The refusal `code` as a DomainError, to throw (or to hand to `refusedWith`). */
  refuse<K extends keyof E & string>(code: K, ...args: RefuseArgs<E[K]>): DomainError;
  /** The refusal `code` as one `userErrors` entry in `lang`, for outcomes that gather several refusals. */
  userError<K extends keyof E & string>(lang: Lang, code: K, ...args: RefuseArgs<E[K]>): UserError;
  /** This catalogue and a subgraph's own entries; a code defined twice stops the start. */
  extend<F extends Entries>(entries: F & Checked<F>): RefusalCatalogue<E & F>;
}

/**
 * A typed catalogue of refusals: a code always comes out with the same message and field. An entry whose `message`
 * declares a parameter takes the params first; one declaring none (`() => …`) takes only the options.
 */
export function refusalCatalogue<E extends Entries>(entries: E & Checked<E>): RefusalCatalogue<E> {
  const refuse = <K extends keyof E & string>(code: K, ...args: RefuseArgs<E[K]>): DomainError => {
    const entry = entries[code] as unknown as RefusalEntry<unknown> | undefined;
    if (!entry) throw new Error(`refusal ${code} is not in the catalogue`);
    const withParams = entry.message.length > 0;
    const params: unknown = withParams ? args[0] : undefined;
    const options = (withParams ? args[1] : args[0]) as RefuseOptions | undefined;
    return new DomainError(code, options?.field ?? entry.field ?? [], entry.message(params));
  };
  return {
    entries,
    refuse,
    userError: (lang, code, ...args) => refuse(code, ...args).toUserError(lang),
    extend<F extends Entries>(more: F & Checked<F>) {
      const twice = Object.keys(more).filter((code) => code in entries);
      if (twice.length) throw new Error(`refusal codes defined twice: ${twice.join(', ')}`);
      return refusalCatalogue<E & F>({ ...entries, ...more } as E & F & Checked<E & F>);
    },
  };
}

// As the customer subgraph has always written it: "The credit profile was changed…".
const lower = (what: Message): string => what.en.toLowerCase();

/**
 * The refusals several subgraphs share, parameterised by the thing refused (`what`); each subgraph extends them with
 * its own catalogue (`src/shared/<service>-refusals.ts`).
 */
export const platformRefusals = refusalCatalogue({
  NOT_FOUND: {
    field: ['input', 'id'],
    message: ({ what }: { what: Message }): Message => ({ zh: `${what.zh}不存在`, en: `${what.en} not found` }),
  },
  /** a write against a version someone else has already replaced. */
  STALE_VERSION: {
    field: ['input', 'version'],
    message: ({ what, current }: { what: Message; current?: number }): Message =>
      current === undefined
        ? { zh: `${what.zh}已被他人修改,请刷新后重试`, en: `The ${lower(what)} was changed by someone else; reload and retry` }
        : {
            zh: `${what.zh}已被他人修改(当前版本 ${current}),请刷新后重试`,
            en: `The ${lower(what)} was changed by someone else (current version ${current}); reload and retry`,
          },
  },
  INVALID_STATE: {
    field: ['input', 'id'],
    message: ({ what, state }: { what: Message; state: string }): Message => ({
      zh: `${what.zh}当前状态(${state})不允许此操作`,
      en: `Not allowed while the ${lower(what)} is ${state}`,
    }),
  },
  /** A field that must have a value (`cleared`: an update may not empty it). */
  REQUIRED: {
    message: ({ label, cleared }: { label: Message; cleared?: boolean }): Message =>
      cleared
        ? { zh: `${label.zh} 不能清空`, en: `${label.en} cannot be cleared` }
        : { zh: `${label.zh}不能为空`, en: `${label.en} is required` },
  },
  ROLE_NOT_ALLOWED: {
    message: ({ roles }: { roles: readonly string[] }): Message => ({
      zh: `无权执行此操作(需要角色: ${roles.join('/')})`,
      en: `Your role may not do this (needs one of ${roles.join(', ')})`,
    }),
  },
});

export type PlatformRefusals = typeof platformRefusals;

/** Refusals as a refused outcome, for use cases that return `Outcome` rather than throw. */
export const refusedWith = <T>(lang: Lang, ...errors: DomainError[]): Outcome<T> => ({
  ok: false,
  userErrors: errors.map((error) => error.toUserError(lang)),
});
