import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ASTNode,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * How long a string input may be: `defaultMax` characters, except the inputs a subgraph names by schema coordinate
 * (`ImportCustomersInput.csv`, `Query.customers(search:)`), which the request-body bound limits instead.
 */
export interface InputStringLimits {
  defaultMax: number;
  /** Coordinate → its own maximum (a CSV import is a file's worth of text). */
  overrides?: Record<string, number>;
}

/** Input objects nested deeper than this are refused before they are walked (a recursive filter type, say). */
const MAX_INPUT_NESTING = 32;

function tooLong(field: string, max: number, length: number): GraphQLError {
  return new GraphQLError(`${field} 不能超过 ${max} 个字符 / ${field} must be at most ${max} characters (got ${length})`, {
    extensions: { code: 'BAD_USER_INPUT', field, maxLength: max, http: { status: 400 } },
  });
}

function tooDeep(field: string): GraphQLError {
  return new GraphQLError(`${field} 嵌套过深 / ${field} is nested more than ${MAX_INPUT_NESTING} levels deep`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

/** The input-field path of a literal (`input.filter.nameContains`) and its schema coordinate, from its ancestors. */
function locate(ancestors: readonly (ASTNode | readonly ASTNode[])[], typeInfo: TypeInfo): { field: string; coordinate?: string } {
  const names: string[] = [];
  for (const ancestor of ancestors) {
    if (Array.isArray(ancestor)) continue;
    const node = ancestor as ASTNode;
    if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
  }
  const parentType = typeInfo.getParentInputType();
  const namedParent = parentType && !isListType(parentType) ? parentType : undefined;
  const field = names.join('.') || 'input';
  const last = names[names.length - 1];
  if (namedParent && isInputObjectType(namedParent) && last) return { field, coordinate: `${namedParent.name}.${last}` };
  const argument = typeInfo.getArgument();
  const fieldDef = typeInfo.getFieldDef();
  const parent = typeInfo.getParentType();
  if (argument && fieldDef && parent) return { field, coordinate: `${parent.name}.${fieldDef.name}(${argument.name}:)` };
  return { field };
}

/**
 * Refuses (BAD_USER_INPUT naming the field, HTTP 400) any string input longer than its limit, in the document's
 * literals and in its variables, before anything runs: a 50 KB name filter would otherwise reach SQL, where SQLite's
 * LIKE fails on it.
 */
export function inputStringLimitPlugin<TContext extends BaseContext>(limits: InputStringLimits): ApolloServerPlugin<TContext> {
  const maxFor = (coordinate: string | undefined) => (coordinate && limits.overrides?.[coordinate]) || limits.defaultMax;

  const checkVariable = (value: unknown, type: GraphQLInputType, field: string, coordinate: string | undefined, depth: number): void => {
    if (value === null || value === undefined) return;
    if (depth > MAX_INPUT_NESTING) throw tooDeep(field);
    if (isNonNullType(type)) return checkVariable(value, type.ofType, field, coordinate, depth);
    if (isListType(type)) {
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, i) => checkVariable(item, type.ofType as GraphQLInputType, `${field}.${i}`, coordinate, depth + 1));
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object') return;
      const fields = type.getFields();
      for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
        const inner = fields[name];
        if (inner) checkVariable(item, inner.type, `${field}.${name}`, `${type.name}.${name}`, depth + 1);
      }
      return;
    }
    if (typeof value === 'string' && value.length > maxFor(coordinate)) throw tooLong(field, maxFor(coordinate), value.length);
  };

  const check = (schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): void => {
    const typeInfo = new TypeInfo(schema);
    // Where each variable is used decides its limit (a $csv passed as ImportCustomersInput.csv).
    const usedAt = new Map<string, string>();
    visit(
      operation,
      visitWithTypeInfo(typeInfo, {
        StringValue(node, _key, parent, _path, ancestors) {
          const { field, coordinate } = locate(parent ? [...ancestors, parent] : ancestors, typeInfo);
          if (node.value.length > maxFor(coordinate)) throw tooLong(field, maxFor(coordinate), node.value.length);
        },
        Variable(node, _key, parent, _path, ancestors) {
          const { coordinate } = locate(parent ? [...ancestors, parent] : ancestors, typeInfo);
          if (coordinate) usedAt.set(node.name.value, coordinate);
        },
      }),
    );
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      if (type) checkVariable(variables[name], type, name, usedAt.get(name), 0);
    }
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (operation) check(schema, operation, request.variables ?? {});
        },
      };
    },
  };
}
