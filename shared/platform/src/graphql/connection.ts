import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput, pageSizeExceeded } from './errors';

/** Relay paging arguments as every connection field takes them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A Relay connection; totalCount is a thunk so its COUNT query runs only when a client asks for it. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

export type SortDirection = 'ASC' | 'DESC';

/** The sort of a keyset page: an entity property (non-null column) with the id as tie-breaker. */
export interface KeysetSort {
  property: string;
  direction: SortDirection;
}

export const DEFAULT_PAGE_SIZE = 20;

type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === expectedLength &&
      values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the user-facing error
  }
  throw badInput(`无效的游标 / invalid cursor "${cursor}"`, 'after');
}

/** Validates first/last against the hard maximum (MAX_PAGE_SIZE, PAGE_SIZE_EXCEEDED) and returns how many rows to take and in which direction. */
export function pageWindow(args: PageArgs, maxPageSize: number): { size: number; backward: boolean } {
  if (args.first != null && args.last != null) throw badInput('use either first or last, not both', 'first');
  const requested = args.last ?? args.first ?? DEFAULT_PAGE_SIZE;
  const field = args.last != null ? 'last' : 'first';
  if (!Number.isInteger(requested) || requested < 0)
    throw badInput(`页大小须在 0 到 ${maxPageSize} 之间 / page size must be from 0 to ${maxPageSize}`, field);
  if (requested > maxPageSize) throw pageSizeExceeded(maxPageSize, `${field}: ${requested}`, { field });
  return { size: requested, backward: args.last != null || (args.before != null && args.first == null) };
}

function cursorValueOf(value: unknown): CursorValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

/**
 * Keyset (cursor) pagination in SQL: no OFFSET, so page 1,000 costs what page 1 costs given an index on
 * (sort column, id). Fetches one row more than asked to know whether another page exists.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  sort: KeysetSort,
  args: PageArgs,
  maxPageSize: number,
): Promise<Omit<Connection<T>, 'totalCount'>> {
  const { size, backward } = pageWindow(args, maxPageSize);
  const alias = qb.alias;
  const meta = qb.expressionMap.mainAlias?.metadata;
  const column = meta?.findColumnWithPropertyName(sort.property);
  if (!meta || !column) throw new Error(`cannot sort ${alias} by unknown property ${sort.property}`);
  const driver = qb.connection.driver;
  const sortExpr = `${alias}.${sort.property}`;
  const idExpr = `${alias}.id`;
  // Walking backwards reverses the comparison and the order, then the rows are flipped back.
  const ascending = (sort.direction === 'ASC') !== backward;
  const cmp = ascending ? '>' : '<';
  const cursor = backward ? args.before : args.after;
  const page = qb.clone();
  if (cursor) {
    const [value, id] = decodeCursor(cursor, 2);
    const temporal = column.type === Date || /date|time/i.test(String(column.type));
    const param = driver.preparePersistentValue(temporal && typeof value === 'string' ? new Date(value) : value, column);
    page.andWhere(`(${sortExpr} ${cmp} :__kv OR (${sortExpr} = :__kv AND ${idExpr} ${cmp} :__kid))`, { __kv: param, __kid: id });
  }
  const order = ascending ? 'ASC' : 'DESC';
  page
    .orderBy(sortExpr, order)
    .addOrderBy(idExpr, order)
    .take(undefined)
    .limit(size + 1);
  const rows = size === 0 ? [] : await page.getMany();
  const hasMore = rows.length > size;
  const nodes = rows.slice(0, size);
  if (backward) nodes.reverse();
  const edges = nodes.map((node) => ({
    cursor: encodeCursor([cursorValueOf((node as Record<string, unknown>)[sort.property]), node.id]),
    node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : hasMore,
      hasPreviousPage: backward ? hasMore : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Builds a connection with a lazy total over the same filters (without order or paging). */
export async function connectionOf<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  sort: KeysetSort,
  args: PageArgs,
  maxPageSize: number,
): Promise<Connection<T>> {
  const page = await keysetPage(qb, sort, args, maxPageSize);
  let total: Promise<number> | undefined;
  return { ...page, totalCount: () => (total ??= qb.clone().orderBy().getCount()) };
}

/** A connection with no rows: what a caller gets for a list outside their data scope (reported as not found). */
export function emptyConnection<T>(): Connection<T> {
  return {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: async () => 0,
  };
}
