import { GraphQLResolveInfo, GraphQLScalarType, getNamedType, isObjectType } from 'graphql';
import { Lang } from './i18n';
import { DomainError } from './refusals';

type Resolver = (...args: unknown[]) => unknown;

const BOUNDARY = Symbol('refusal boundary');
/** They pick an object's type and refuse nothing. */
const TYPE_RESOLVERS = new Set(['__resolveType', '__isTypeOf']);

const langOf = (context: unknown): Lang => {
  const lang = (context as { lang?: unknown } | null | undefined)?.lang;
  return lang === 'en' ? 'en' : 'zh-CN';
};

/** A mutation whose payload carries `userErrors`: there a refusal is data, not an error. */
function refusesAsData(info: GraphQLResolveInfo | undefined): boolean {
  if (!info || info.parentType !== info.schema.getMutationType()) return false;
  const payload = getNamedType(info.returnType);
  return isObjectType(payload) && 'userErrors' in payload.getFields();
}

/** The payload of a refused mutation: the refusal in `userErrors`, every other field null. */
function refusedPayload(error: DomainError, info: GraphQLResolveInfo, lang: Lang): Record<string, unknown> {
  const payload = getNamedType(info.returnType);
  const fields = isObjectType(payload) ? Object.keys(payload.getFields()) : [];
  return { ...Object.fromEntries(fields.map((field) => [field, null])), userErrors: [error.toUserError(lang)] };
}

/**
 * The one place a thrown DomainError comes out: in a mutation whose payload has `userErrors` as its entry there,
 * anywhere else (queries, fields, entity references) as a GraphQL error with its code.
 */
function withRefusalBoundary(field: string, resolve: Resolver): Resolver {
  if ((resolve as { [BOUNDARY]?: true })[BOUNDARY]) return resolve;
  // An entity reference resolver is called (reference, context, info); every other resolver (root, args, context, info).
  const contextAt = field === '__resolveReference' ? 1 : 2;
  const refusal = (error: unknown, args: unknown[]): unknown => {
    if (!(error instanceof DomainError)) throw error;
    const lang = langOf(args[contextAt]);
    const info = args[contextAt + 1] as GraphQLResolveInfo | undefined;
    if (info && refusesAsData(info)) return refusedPayload(error, info, lang);
    throw error.toGraphQLError(lang);
  };
  const bounded: Resolver = (...args) => {
    try {
      const result = resolve(...args);
      return result instanceof Promise ? result.catch((error: unknown) => refusal(error, args)) : result;
    } catch (error: unknown) {
      return refusal(error, args);
    }
  };
  return Object.assign(bounded, { [BOUNDARY]: true as const });
}

/**
 * The resolvers of every business area of a subgraph, merged per type: several areas add fields to Query, Mutation
 * and to shared types such as Customer. A field two areas both define is a mistake and stops the start. Every
 * resolver gets the refusal boundary (`withRefusalBoundary`); scalars and enum values pass as they are.
 */
export function mergeAreaResolvers<R extends object>(areas: readonly R[]): R {
  const merged: Record<string, unknown> = {};
  for (const area of areas) {
    for (const [type, fields] of Object.entries(area as Record<string, unknown>)) {
      if (fields instanceof GraphQLScalarType) {
        if (type in merged) throw new Error(`${type} is resolved by two areas`);
        merged[type] = fields;
        continue;
      }
      const target = (merged[type] ??= {}) as Record<string, unknown>;
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`${type}.${field} is resolved by two areas`);
        target[field] =
          typeof resolver === 'function' && !TYPE_RESOLVERS.has(field) ? withRefusalBoundary(field, resolver as Resolver) : resolver;
      }
    }
  }
  return merged as R;
}
