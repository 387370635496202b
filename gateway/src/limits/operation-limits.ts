import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DocumentNode, Kind, ParseOptions, ValueNode, visit } from 'graphql';
import { Env, pageSizeExceeded, readNumber } from '@crm/platform';
import { reportAs } from './limit-refusal';

/** Limits on what a client operation may ask for, enforced before any subgraph is called. Configurable per deployment. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
  /** Largest `first`/`last` a connection argument may carry. */
  maxPageSize: number;
  /** Operation text, in KB, whose parsed documents the gateway keeps (GATEWAY_DOCUMENT_CACHE_KB). */
  documentCacheKb: number;
  /** Approximate MiB of query plans the gateway keeps (GATEWAY_QUERY_PLAN_CACHE_MIB). */
  queryPlanCacheMib: number;
}

export function loadOperationLimits(env: Env): OperationLimits {
  return {
    maxDepth: readNumber('gateway', env, 'GATEWAY_MAX_DEPTH', 12, 2, 100),
    maxAliases: readNumber('gateway', env, 'GATEWAY_MAX_ALIASES', 30, 1, 1000),
    maxTokens: readNumber('gateway', env, 'GATEWAY_MAX_TOKENS', 5000, 100, 100_000),
    maxCost: readNumber('gateway', env, 'GATEWAY_MAX_COST', 50_000, 100, 10_000_000),
    maxDirectives: readNumber('gateway', env, 'GATEWAY_MAX_DIRECTIVES', 50, 1, 1000),
    maxPageSize: readNumber('gateway', env, 'MAX_PAGE_SIZE', 100, 1, 1000),
    documentCacheKb: readNumber('gateway', env, 'GATEWAY_DOCUMENT_CACHE_KB', 1024, 0, 1_048_576),
    queryPlanCacheMib: readNumber('gateway', env, 'GATEWAY_QUERY_PLAN_CACHE_MIB', 4, 1, 1024),
  };
}

/**
 * graphql-armor's depth, alias, directive and cost limits, with field suggestions blocked. Every selection counts,
 * `__typename` and the other meta fields included: armor leaves `__typename` out of the alias count by default, which
 * let `{ a1: __typename … a500: __typename }` through. Each refusal carries its own code (limit-refusal.ts). The token
 * limit is the parser's (`parserLimits`), not armor's: armor counts tokens in Apollo's parsingDidStart hook, where a
 * refusal can only become an HTTP 500.
 */
export function armorProtection(limits: OperationLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...reportAs('DEPTH_LIMIT_EXCEEDED', `查询嵌套不能超过 ${limits.maxDepth} 层`) },
    maxAliases: { n: limits.maxAliases, allowList: [], ...reportAs('ALIAS_LIMIT_EXCEEDED', `别名不能超过 ${limits.maxAliases} 个`) },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...reportAs('DIRECTIVE_LIMIT_EXCEEDED', `指令不能超过 ${limits.maxDirectives} 个`) },
    // Cost multiplies by `first`, so an oversized page would read as a cost overrun: the page-size refusal names it.
    costLimit: {
      maxCost: limits.maxCost,
      ...reportAs(
        'COST_LIMIT_EXCEEDED',
        `查询成本不能超过 ${limits.maxCost}`,
        (context) => oversizedPages(context.getDocument(), {}, limits.maxPageSize).length > 0,
      ),
    },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** The token limit, enforced by graphql-js while it parses: a document is not read past its limit. */
export function parserLimits(limits: OperationLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

const PAGE_ARGUMENTS = new Set(['first', 'last']);

function intValue(node: ValueNode, variables: Record<string, unknown>): number | null {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

interface PageArgument {
  field: string;
  argument: string;
  value: ValueNode;
}

/**
 * The `first`/`last` arguments of a document, found once per document: Apollo's document store hands the same parsed
 * document to every request with the same text, and walking it on each request showed in the gateway's profile.
 */
const pageArgumentsOf = new WeakMap<DocumentNode, PageArgument[]>();
function pageArguments(document: DocumentNode): PageArgument[] {
  let found = pageArgumentsOf.get(document);
  if (!found) {
    const list: PageArgument[] = [];
    visit(document, {
      Field(field) {
        for (const argument of field.arguments ?? []) {
          if (PAGE_ARGUMENTS.has(argument.name.value))
            list.push({ field: field.name.value, argument: argument.name.value, value: argument.value });
        }
      },
    });
    found = list;
    pageArgumentsOf.set(document, found);
  }
  return found;
}

/** The `first`/`last` arguments of an operation that exceed the maximum page size. */
export function oversizedPages(document: DocumentNode, variables: Record<string, unknown>, maxPageSize: number): string[] {
  const found: string[] = [];
  for (const { field, argument, value } of pageArguments(document)) {
    const size = intValue(value, variables);
    if (size !== null && size > maxPageSize) found.push(`${field}(${argument}: ${size})`);
  }
  return found;
}

/** Refuses a page larger than the maximum at the gateway, so an oversized list never reaches a subgraph. */
export function pageSizeLimitPlugin(maxPageSize: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const oversized = oversizedPages(document, request.variables ?? {}, maxPageSize);
          if (oversized.length) {
            throw pageSizeExceeded(maxPageSize, oversized.join(', '), { httpStatus: 400 });
          }
        },
      };
    },
  };
}
