import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { graphql, GraphQLError, parse } from 'graphql';
import pino from 'pino';
import { DomainError, errorFormatter, mergeAreaResolvers, type Message, platformRefusals, refusalCatalogue, refusedWith } from '../src';

const SUPPLIER: Message = { zh: '供应商', en: 'Supplier' };

const probeRefusals = platformRefusals.extend({
  SUPPLIER_BLACKLISTED: {
    field: ['input', 'usccCode'],
    message: ({ code }: { code: string }): Message => ({ zh: `${code} 已列入黑名单`, en: `${code} is blacklisted` }),
  },
  NOTHING_TO_DO: { message: (): Message => ({ zh: '无需处理', en: 'Nothing to do' }) },
});

describe('the refusal catalogue', () => {
  it('builds a refusal from its entry: code, usual field and the bilingual message of its parameters', () => {
    const stale = probeRefusals.refuse('STALE_VERSION', { what: SUPPLIER, current: 3 });
    expect(stale).toBeInstanceOf(DomainError);
    expect(stale.toUserError('en')).toEqual({
      code: 'STALE_VERSION',
      field: ['input', 'version'],
      message: 'The supplier was changed by someone else (current version 3); reload and retry',
    });
    expect(stale.toUserError('zh-CN').message).toBe('供应商已被他人修改(当前版本 3),请刷新后重试');
    expect(probeRefusals.userError('en', 'NOTHING_TO_DO')).toEqual({ code: 'NOTHING_TO_DO', field: [], message: 'Nothing to do' });
  });

  it('points a refusal at another field when asked, and keeps the code', () => {
    const blacklisted = probeRefusals.refuse('SUPPLIER_BLACKLISTED', { code: 'X1' }, { field: ['input', 'bankAccount', 'accountNo'] });
    expect(blacklisted.toUserError('zh-CN')).toEqual({
      code: 'SUPPLIER_BLACKLISTED',
      field: ['input', 'bankAccount', 'accountNo'],
      message: 'X1 已列入黑名单',
    });
  });

  it('accepts only known codes with their own parameters, and refuses a code defined twice', () => {
    // @ts-expect-error an unknown code does not compile
    expect(() => probeRefusals.refuse('NO_SUCH_CODE')).toThrow('NO_SUCH_CODE is not in the catalogue');
    // @ts-expect-error STALE_VERSION needs the thing refused
    expect(() => probeRefusals.refuse('STALE_VERSION', { current: 1 })).toThrow();
    // @ts-expect-error codes are UPPER_SNAKE
    refusalCatalogue({ notUpper: { message: (): Message => ({ zh: '', en: '' }) } });
    expect(() => platformRefusals.extend({ NOT_FOUND: { message: (): Message => ({ zh: '', en: '' }) } })).toThrow(
      'refusal codes defined twice: NOT_FOUND',
    );
  });

  it('turns into a GraphQL error with its code and field, translated, without an HTTP status', () => {
    const error = probeRefusals.refuse('NOT_FOUND', { what: SUPPLIER }).toGraphQLError('en');
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('Supplier not found');
    expect(error.extensions).toEqual({ code: 'NOT_FOUND', field: ['input', 'id'] });
    expect(refusedWith('zh-CN', probeRefusals.refuse('NOTHING_TO_DO'))).toEqual({
      ok: false,
      userErrors: [{ code: 'NOTHING_TO_DO', field: [], message: '无需处理' }],
    });
  });
});

describe('the refusal boundary of the resolvers', () => {
  const typeDefs = parse(`
    type Supplier { id: ID! name: String! }
    type UserError { code: String! field: [String!]! message: String! }
    type SupplierPayload { supplier: Supplier userErrors: [UserError!]! }
    type Query { supplier(id: ID!): Supplier }
    type Mutation { renameSupplier(id: ID!): SupplierPayload! archiveSupplier(id: ID!): Boolean }
  `);
  const stale = () => probeRefusals.refuse('STALE_VERSION', { what: SUPPLIER, current: 2 });
  const resolvers = mergeAreaResolvers<GraphQLResolverMap<unknown>>([
    {
      Query: { supplier: () => Promise.reject(probeRefusals.refuse('NOT_FOUND', { what: SUPPLIER })) },
      Mutation: {
        renameSupplier: async () => {
          await Promise.resolve();
          throw stale();
        },
        archiveSupplier: () => {
          throw stale();
        },
      },
    },
  ]);
  const schema = buildSubgraphSchema([{ typeDefs, resolvers }]);
  const run = (source: string) => graphql({ schema, source, contextValue: { lang: 'en' } });

  it('a refusal thrown by a mutation with userErrors comes out as its userErrors entry, the other fields null', async () => {
    const result = await run('mutation { renameSupplier(id: "s1") { supplier { id } userErrors { code field message } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      renameSupplier: {
        supplier: null,
        userErrors: [
          {
            code: 'STALE_VERSION',
            field: ['input', 'version'],
            message: 'The supplier was changed by someone else (current version 2); reload and retry',
          },
        ],
      },
    });
  });

  it('a refusal in a query, or in a mutation without userErrors, comes out as a GraphQL error with its code', async () => {
    const query = await run('{ supplier(id: "s1") { id } }');
    expect(query.errors?.map((e) => [e.message, e.extensions])).toEqual([
      ['Supplier not found', { code: 'NOT_FOUND', field: ['input', 'id'] }],
    ]);
    const mutation = await run('mutation { archiveSupplier(id: "s1") }');
    expect(mutation.errors?.[0].extensions).toEqual({ code: 'STALE_VERSION', field: ['input', 'version'] });
  });

  it('wraps a resolver once, however often areas are merged', async () => {
    const mutations = (map: GraphQLResolverMap<unknown>) => map.Mutation as Record<string, unknown>;
    const twice = mergeAreaResolvers<GraphQLResolverMap<unknown>>([resolvers]);
    expect(mutations(twice).renameSupplier).toBe(mutations(resolvers).renameSupplier);
  });
});

describe('a refusal reaching the error formatter', () => {
  it('keeps its code and field, with the message in both languages, never INTERNAL_SERVER_ERROR', () => {
    const refusal = probeRefusals.refuse('SUPPLIER_BLACKLISTED', { code: 'X1' });
    const wrapped = new GraphQLError(refusal.message, { originalError: refusal, path: ['supplier'] });
    const formatted = errorFormatter(true, pino({ level: 'silent' }))(
      { message: refusal.message, path: ['supplier'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      wrapped,
    );
    expect(formatted).toEqual({
      message: 'X1 已列入黑名单 / X1 is blacklisted',
      path: ['supplier'],
      extensions: { code: 'SUPPLIER_BLACKLISTED', field: ['input', 'usccCode'] },
    });
  });
});
