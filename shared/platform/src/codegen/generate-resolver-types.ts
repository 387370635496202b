import fs from 'node:fs';
import path from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { readSubgraphSdl } from '../sdl/subgraph-sdl';
import { MapperKind, mapSchema, printSchemaWithDirectives } from '@graphql-tools/utils';

export interface ResolverTypesSpec {
  /** The subgraph's source folder (its SDL slices) and name (the governance fields). */
  sourceDir: string;
  service: string;
  /** Where to write the generated TypeScript. */
  outputFile: string;
  /** GraphQL type → model type used by resolvers, e.g. { Customer: '../entities/customer.entity#CustomerEntity' }. */
  mappers?: Record<string, string>;
}

/**
 * Generates resolver types from a subgraph's SDL with graphql-codegen's federation support, so resolvers are
 * type-checked against the schema. The context type is the platform's RequestContext with the service's loaders.
 */
export async function generateResolverTypes(spec: ResolverTypesSpec, contextType: string): Promise<void> {
  const sdl = readSubgraphSdl(spec.sourceDir, spec.service);
  // The federation plugin adds __resolveReference itself; the subgraph's _service/_entities plumbing is left out.
  const schemaAst = mapSchema(buildSubgraphSchema({ typeDefs: parse(sdl) }), {
    [MapperKind.TYPE]: (type) => (type.name === '_Service' || type.name === '_Entity' ? null : type),
    [MapperKind.ROOT_FIELD]: (field, fieldName) => (fieldName.startsWith('_') ? null : field),
  });
  const output = await codegen({
    filename: spec.outputFile,
    schema: parse(printSchemaWithDirectives(schemaAst)),
    schemaAst,
    documents: [],
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
    config: {
      federation: true,
      useIndexSignature: false,
      contextType,
      mappers: spec.mappers ?? {},
      enumsAsTypes: true,
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      maybeValue: 'T | null',
      inputMaybeValue: 'T | null | undefined',
      scalars: {
        ID: { input: 'string', output: 'string' },
        Decimal: { input: 'string', output: 'string' },
        Date: { input: 'string', output: 'string' },
        DateTime: { input: 'Date', output: 'Date | string' },
        _Any: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
        FieldSet: 'string',
        link__Import: 'string',
        federation__FieldSet: 'string',
        federation__Scope: 'string',
        federation__Policy: 'string',
        federation__ContextFieldValue: 'unknown',
      },
    },
  });
  fs.mkdirSync(path.dirname(spec.outputFile), { recursive: true });
  fs.writeFileSync(
    spec.outputFile,
    `/* Generated from the ${spec.service} SDL slices by @crm/platform codegen. Do not edit. */\n/* eslint-disable */\n${output}`,
  );
}
