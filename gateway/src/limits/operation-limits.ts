import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DocumentNode, GraphQLError, Kind, ValueNode, visit } from 'graphql';
import { Env, readNumber } from '@crm/platform';

/** Limits on what a client operation may ask for, enforced before any subgraph is called. Configurable per deployment. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
  /** Largest `first`/`last` a connection argument may carry. */
  maxPageSize: number;
}

export function loadOperationLimits(env: Env): OperationLimits {
  return {
    maxDepth: readNumber('gateway', env, 'GATEWAY_MAX_DEPTH', 12, 2, 100),
    maxAliases: readNumber('gateway', env, 'GATEWAY_MAX_ALIASES', 30, 1, 1000),
    maxTokens: readNumber('gateway', env, 'GATEWAY_MAX_TOKENS', 5000, 100, 100_000),
    maxCost: readNumber('gateway', env, 'GATEWAY_MAX_COST', 50_000, 100, 10_000_000),
    maxDirectives: readNumber('gateway', env, 'GATEWAY_MAX_DIRECTIVES', 50, 1, 1000),
    maxPageSize: readNumber('gateway', env, 'MAX_PAGE_SIZE', 100, 1, 1000),
  };
}

/** graphql-armor's depth, alias, token, directive and cost limits, with field suggestions blocked. */
export function armorProtection(limits: OperationLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
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
          if (PAGE_ARGUMENTS.has(argument.name.value)) list.push({ field: field.name.value, argument: argument.name.value, value: argument.value });
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
            throw new GraphQLError(`页大小不能超过 ${maxPageSize} / page size must be at most ${maxPageSize}: ${oversized.join(', ')}`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
