import {
  defaultFieldResolver,
  DirectiveNode,
  DocumentNode,
  GraphQLFieldResolver,
  InputValueDefinitionNode,
  Kind,
  ObjectTypeDefinitionNode,
  ObjectTypeExtensionNode,
  StringValueNode,
  TypeNode,
} from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { RequestContext } from '../context';
import { maskValue, MASK_STYLES, MaskStyle } from './masking';

/**
 * Every subgraph declares who may do what in its SDL, next to the fields:
 *   directive @permission(requires: String!) on FIELD_DEFINITION | OBJECT | INPUT_FIELD_DEFINITION | ENUM_VALUE
 *   directive @masked(unless: String!, style: String!) on FIELD_DEFINITION
 * `@permission` on a root field guards it; on an entity type it guards `__resolveReference` (and so every field the
 * gateway fetches for a reference); on another field it guards that field. On an input field or an enum value it
 * guards its use in any argument: a filter or sort on a masked field would otherwise reveal the hidden value through
 * counts and order. `@masked` gives the X-022 masked value (style PHONE, TAIL4 or HIDE) to a caller without
 * the permission. Neither directive is composed into the supergraph.
 */
export const ACCESS_DIRECTIVES_SDL = `
directive @permission(requires: String!) on FIELD_DEFINITION | OBJECT | INPUT_FIELD_DEFINITION | ENUM_VALUE
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
  return typeDefs.definitions.filter(
    (d): d is ObjectNode => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION,
  );
}

function isResolvableEntity(node: ObjectNode): boolean {
  return (node.directives ?? []).some(
    (d) =>
      d.name.value === 'key' &&
      !(d.arguments ?? []).some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value),
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

/** Input fields and enum values that need a permission, per input or enum type, and each input type's field types. */
interface GuardedArguments {
  inputFields: Map<string, Map<string, { permission?: string; type: string }>>;
  enumValues: Map<string, Map<string, string>>;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

function guardedArguments(typeDefs: DocumentNode): GuardedArguments {
  const guarded: GuardedArguments = { inputFields: new Map(), enumValues: new Map() };
  for (const d of typeDefs.definitions) {
    if (d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || d.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION) {
      const fields = guarded.inputFields.get(d.name.value) ?? new Map<string, { permission?: string; type: string }>();
      for (const f of d.fields ?? []) {
        const permission = directiveOf(f, 'permission');
        fields.set(f.name.value, { permission: permission && argument(permission, 'requires'), type: namedType(f.type) });
      }
      guarded.inputFields.set(d.name.value, fields);
    } else if (d.kind === Kind.ENUM_TYPE_DEFINITION || d.kind === Kind.ENUM_TYPE_EXTENSION) {
      for (const v of d.values ?? []) {
        const permission = directiveOf(v, 'permission');
        if (!permission) continue;
        const values = guarded.enumValues.get(d.name.value) ?? new Map<string, string>();
        values.set(v.name.value, argument(permission, 'requires'));
        guarded.enumValues.set(d.name.value, values);
      }
    }
  }
  return guarded;
}

/** Does a value of this type (at any depth) possibly use a guarded input field or enum value? */
function mayUseGuarded(type: string, guarded: GuardedArguments, seen = new Set<string>()): boolean {
  if (guarded.enumValues.has(type)) return true;
  const fields = guarded.inputFields.get(type);
  if (!fields || seen.has(type)) return false;
  seen.add(type);
  return [...fields.values()].some((f) => f.permission !== undefined || mayUseGuarded(f.type, guarded, seen));
}

/** The permissions an argument value needs for the guarded input fields and enum values it uses. */
function permissionsUsed(type: string, value: unknown, guarded: GuardedArguments, out: Set<string>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) permissionsUsed(type, item, guarded, out);
    return;
  }
  const enumPermission = typeof value === 'string' ? guarded.enumValues.get(type)?.get(value) : undefined;
  if (enumPermission) out.add(enumPermission);
  const fields = guarded.inputFields.get(type);
  if (!fields || typeof value !== 'object') return;
  for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
    const field = fields.get(name);
    if (!field || fieldValue === null || fieldValue === undefined) continue;
    if (field.permission) out.add(field.permission);
    permissionsUsed(field.type, fieldValue, guarded, out);
  }
}

function guardArguments(resolve: Resolver, args: readonly InputValueDefinitionNode[], guarded: GuardedArguments): Resolver {
  const types = new Map(args.map((a) => [a.name.value, namedType(a.type)]));
  return (source, values, context, info) => {
    const needed = new Set<string>();
    for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
      const type = types.get(name);
      if (type) permissionsUsed(type, value, guarded, needed);
    }
    for (const permission of needed) context.access.require(permission);
    return resolve(source, values, context, info);
  };
}

/** Returns the resolver map with the SDL's @permission and @masked declarations enforced around the resolvers. */
export function applyAccessDirectives<TContext>(
  typeDefs: DocumentNode,
  resolvers: GraphQLResolverMap<TContext>,
): GraphQLResolverMap<TContext> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(resolvers)) out[type] = { ...(fields as Record<string, unknown>) };
  const guarded = guardedArguments(typeDefs);
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
      const guardedArgs = (field.arguments ?? []).some((a) => mayUseGuarded(namedType(a.type), guarded));
      if (!permission && !masked && !guardedArgs) continue;
      let resolve = (typeResolvers[name] as Resolver | undefined) ?? (defaultFieldResolver as Resolver);
      if (guardedArgs) resolve = guardArguments(resolve, field.arguments ?? [], guarded);
      if (masked) {
        const style = argument(masked, 'style');
        if (!(MASK_STYLES as readonly string[]).includes(style))
          throw new Error(`${type}.${name}: @masked style must be one of ${MASK_STYLES.join(', ')}`);
        resolve = maskField(resolve, argument(masked, 'unless'), style as MaskStyle);
      }
      if (permission) resolve = guardField(resolve, argument(permission, 'requires'));
      typeResolvers[name] = resolve;
    }
  }
  return out as GraphQLResolverMap<TContext>;
}
