import { GraphQLError, GraphQLFormattedError, ValidationContext } from 'graphql';

/** The stable code of each operation limit; a page too large is PAGE_SIZE_EXCEEDED (pageSizeExceeded in the platform). */
export type LimitCode =
  'ALIAS_LIMIT_EXCEEDED' | 'COST_LIMIT_EXCEEDED' | 'DEPTH_LIMIT_EXCEEDED' | 'DIRECTIVE_LIMIT_EXCEEDED' | 'TOKEN_LIMIT_EXCEEDED';

/** An operation refused by one of the gateway's limits: the client's mistake (HTTP 400), never a syntax error. */
export class LimitRefusal extends GraphQLError {
  constructor(
    readonly code: LimitCode,
    message: string,
  ) {
    super(message, { extensions: { code, http: { status: 400 } } });
  }
}

/** graphql-armor words every refusal as a syntax error ("Syntax Error: Query Cost limit of …"); the rest is accurate. */
const armorDetail = (error: GraphQLError) => error.message.replace(/^Syntax Error:\s*/, '');

/** How graphql-armor's rules report: `onReject` callbacks, with its own throwing and reporting turned off. */
export interface ArmorReporting {
  onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
  propagateOnRejection: false;
}

/**
 * Reports an armor rule's refusal as a LimitRefusal with `code`, its message the Chinese `summary` followed by armor's
 * English detail (limit and count). `unless` lets a more precise refusal of the same document speak instead.
 */
export function reportAs(code: LimitCode, summary: string, unless?: (context: ValidationContext) => boolean): ArmorReporting {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        if (!context || unless?.(context)) return;
        context.reportError(new LimitRefusal(code, `${summary} / ${armorDetail(error)}`));
      },
    ],
  };
}

/** graphql-js's own refusal when a document exceeds `maxTokens` (ParseOptions), which Apollo answers as a parse failure. */
const TOKEN_LIMIT_PARSE_ERROR = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/** The parser ran out of stack: a document nested thousands of levels deep (`[[[[…` or `{a{a{a…`). */
const TOO_DEEP_TO_PARSE = /Maximum call stack size exceeded/;

/**
 * The client-facing form of a limit refusal. Apollo answers every validation failure with GRAPHQL_VALIDATION_FAILED
 * and every parse failure with GRAPHQL_PARSE_FAILED; a refusal by a limit gets back its own code, keeping Apollo's
 * HTTP 400. Anything else is returned unchanged.
 */
export function limitRefusalFormatter(maxTokens: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && original instanceof LimitRefusal) {
      return { ...formatted, extensions: { ...formatted.extensions, code: original.code } };
    }
    if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_PARSE_ERROR.test(formatted.message)) {
      const message = `查询的词法单元不能超过 ${maxTokens} 个 / Token limit of ${maxTokens} exceeded.`;
      return { ...formatted, message, extensions: { ...formatted.extensions, code: 'TOKEN_LIMIT_EXCEEDED' satisfies LimitCode } };
    }
    // Apollo refuses some requests with an HTTP 4xx but no code (a persisted query whose hash does not match): they
    // are the client's mistake, not an internal error to hide.
    const own = error instanceof GraphQLError ? error.extensions : undefined;
    const status = (own?.http as { status?: number } | undefined)?.status;
    if (own && own.code === undefined && status !== undefined && status >= 400 && status < 500) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    }
    if (code === 'GRAPHQL_PARSE_FAILED' && TOO_DEEP_TO_PARSE.test(formatted.message)) {
      const message = `查询嵌套过深 / the document is nested too deeply to parse`;
      return { message, extensions: { code: 'DEPTH_LIMIT_EXCEEDED' satisfies LimitCode } };
    }
    return formatted;
  };
}
