import { defaultFieldResolver, DirectiveNode, DocumentNode, GraphQLFieldResolver, Kind, ObjectTypeDefinitionNode, ObjectTypeExtensionNode, StringValueNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { RequestContext } from '../context';
import { maskValue, MASK_STYLES, MaskStyle } from './masking';

/**
 * Every subgraph declares who may do what in its SDL, next to the fields:
 *   directive @permission(requires: String!) on FIELD_DEFINITION | OBJECT
 *   directive @masked(unless: String!, style: String!) on FIELD_DEFINITION
 * `@permission` on a root field guards it; on an entity type it guards `__resolveReference` (and so every field the
 * gateway fetches for a reference); on another field it guards that field. `@masked` gives the X-022 masked value
 * (style PHONE, TAIL4 or HIDE) to a caller without the permission. Neither directive is composed into the supergraph.
 */
export const ACCESS_DIRECTIVES_SDL = `
directive @permission(requires: String!) on FIELD_DEFINITION | OBJECT
directive @masked(unless: String!, style: String!) on FIELD_DEFINITION
`;

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
type AnyContext = Pick<RequestContext, 'access'>;
type Resolver = GraphQLFieldResolver<unknown, AnyContext>;
type ReferenceResolver = (reference: unknown, context: AnyContext, info: unknown) => unknown;

function argument(directive: DirectiveNode, name: string): string {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  if (!arg || arg.value.kind !== Kind.STRING) throw new Error(`@${directive.name.value} needs a string argument "${name}"`);
  return (arg.value as StringValueNode).value;
}

function directiveOf(node: { directives?: readonly DirectiveNode[] }, name: string): DirectiveNode | undefined {
  return node.directives?.find((d) => d.name.value === name);
}

function objectNodes(typeDefs: DocumentNode): ObjectNode[] {
  return typeDefs.definitions.filter((d): d is ObjectNode => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION);
}

function isResolvableEntity(node: ObjectNode): boolean {
  return (node.directives ?? []).some(
    (d) => d.name.value === 'key' && !(d.arguments ?? []).some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value),
  );
}

const ROOT_TYPES = new Set(['Query', 'Mutation']);

/**
 * What the SDL leaves unguarded: root fields without @permission and resolvable entity types without a type-level
 * @permission. A subgraph with any refuses to start, and every subgraph's test suite asserts the list is empty.
 */
export function undeclaredPermissions(typeDefs: DocumentNode): string[] {
  const missing: string[] = [];
  for (const node of objectNodes(typeDefs)) {
    const type = node.name.value;
    if (ROOT_TYPES.has(type)) {
      for (const field of node.fields ?? []) if (!directiveOf(field, 'permission')) missing.push(`${type}.${field.name.value}`);
    } else if (isResolvableEntity(node) && !directiveOf(node, 'permission')) {
      missing.push(`${type} (entity reference)`);
    }
  }
  return missing;
}

function guardField(resolve: Resolver, permission: string): Resolver {
  return (source, args, context, info) => {
    context.access.require(permission);
    return resolve(source, args, context, info);
  };
}

function maskField(resolve: Resolver, permission: string, style: MaskStyle): Resolver {
  return (source, args, context, info) => {
    const value = resolve(source, args, context, info);
    if (context.access.can(permission)) return value;
    return value instanceof Promise ? value.then((v) => maskValue(v, style)) : maskValue(value, style);
  };
}

function guardReference(resolve: ReferenceResolver, permission: string): ReferenceResolver {
  return (reference, context, info) => {
    context.access.require(permission);
    return resolve(reference, context, info);
  };
}

/** Returns the resolver map with the SDL's @permission and @masked declarations enforced around the resolvers. */
export function applyAccessDirectives<TContext>(typeDefs: DocumentNode, resolvers: GraphQLResolverMap<TContext>): GraphQLResolverMap<TContext> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(resolvers)) out[type] = { ...(fields as Record<string, unknown>) };
  for (const node of objectNodes(typeDefs)) {
    const type = node.name.value;
    const typeResolvers = (out[type] ??= {});
    const typePermission = directiveOf(node, 'permission');
    if (typePermission && isResolvableEntity(node)) {
      const resolveReference = (typeResolvers.__resolveReference as ReferenceResolver | undefined) ?? ((reference: unknown) => reference);
      typeResolvers.__resolveReference = guardReference(resolveReference, argument(typePermission, 'requires'));
    }
    for (const field of node.fields ?? []) {
      const name = field.name.value;
      const permission = directiveOf(field, 'permission');
      const masked = directiveOf(field, 'masked');
      if (!permission && !masked) continue;
      let resolve = (typeResolvers[name] as Resolver | undefined) ?? (defaultFieldResolver as Resolver);
      if (masked) {
        const style = argument(masked, 'style');
        if (!(MASK_STYLES as readonly string[]).includes(style)) throw new Error(`${type}.${name}: @masked style must be one of ${MASK_STYLES.join(', ')}`);
        resolve = maskField(resolve, argument(masked, 'unless'), style as MaskStyle);
      }
      if (permission) resolve = guardField(resolve, argument(permission, 'requires'));
      typeResolvers[name] = resolve;
    }
  }
  return out as GraphQLResolverMap<TContext>;
}
