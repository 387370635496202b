import DataLoader from 'dataloader';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { badInput, Connection, decodeCursor, encodeCursor, PageArgs, pageWindow, ServiceConfig, valueLoader } from '@crm/platform';
import { ReceptionEntity } from './entities/reception.entity';
import type { ReceptionState } from '../../generated/resolvers-types';

/** The arguments of `Customer.receptions`. */
export interface CustomerReceptionArgs extends PageArgs {
  states?: readonly ReceptionState[] | null;
}

type Page = Omit<Connection<ReceptionEntity>, 'totalCount'>;

/** Where a cursor points: the (startOn, id) of the row it was taken from. */
interface Position {
  startOn: string;
  id: string;
}

interface PageSpec {
  size: number;
  backward: boolean;
  after: string | null;
  before: string | null;
  states: readonly string[] | null;
  position: Position | null;
}

/** Cursors have the shape of `receptions` ordered by START_ON, so one client code reads both. */
function positionOf(cursor: string, argument: string): Position {
  const [startOn, id] = decodeCursor(cursor, 2);
  if (typeof startOn !== 'string' || typeof id !== 'string') throw badInput(`无效的游标 / invalid cursor "${cursor}"`, argument);
  return { startOn, id };
}

/**
 * `Customer.receptions` for many customers at once: every customer asked for in one request with the same arguments
 * shares one windowed query (ROW_NUMBER per customer, most recent start first) and one GROUP BY count, so 50
 * customers cost the SQL statements of 1. Request-scoped, like the loaders it holds.
 */
export class CustomerReceptions {
  /** One page loader and one count loader per distinct argument set, each keyed by customer id. */
  private readonly pageLoaders = new Map<string, DataLoader<string, Page>>();
  private readonly countLoaders = new Map<string, DataLoader<string, number>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
  ) {}

  async connection(customerId: string, args: CustomerReceptionArgs): Promise<Connection<ReceptionEntity>> {
    // Validates first/last against the page-size maximum before anything is batched.
    const { size, backward } = pageWindow(args, this.config.maxPageSize);
    const states = args.states?.length ? [...new Set(args.states)].sort() : null;
    const after = args.after ?? null;
    const before = args.before ?? null;
    const cursor = backward ? before : after;
    const pageKey = JSON.stringify([size, backward, after, before, states]);
    let pages = this.pageLoaders.get(pageKey);
    if (!pages) {
      const spec: PageSpec = { size, backward, after, before, states, position: cursor ? positionOf(cursor, backward ? 'before' : 'after') : null };
      pages = new DataLoader((ids) => this.loadPages(ids, spec));
      this.pageLoaders.set(pageKey, pages);
    }
    const countKey = JSON.stringify(states);
    let counts = this.countLoaders.get(countKey);
    if (!counts) {
      counts = valueLoader((ids) => this.countByCustomer(ids, states), 0);
      this.countLoaders.set(countKey, counts);
    }
    const page = await pages.load(customerId);
    const countLoader = counts;
    return { ...page, totalCount: () => countLoader.load(customerId) };
  }

  private filtered<T extends SelectQueryBuilder<ReceptionEntity>>(qb: T, alias: string, customerIds: readonly string[], states: readonly string[] | null): T {
    qb.where(`${alias}.customerId IN (:...customerIds)`, { customerIds: [...customerIds] });
    if (states) qb.andWhere(`${alias}.state IN (:...states)`, { states: [...states] });
    return qb;
  }

  /** One statement for all customers: the top `size + 1` rows per customer (the extra row tells if more exist). */
  private async loadPages(customerIds: readonly string[], spec: PageSpec): Promise<Page[]> {
    const { size, backward, position } = spec;
    let rows: ReceptionEntity[] = [];
    // Walking backwards (last/before) ranks oldest first and flips each customer's rows back afterwards.
    const direction = backward ? 'ASC' : 'DESC';
    if (size > 0) {
      const qb = this.dataSource
        .getRepository(ReceptionEntity)
        .createQueryBuilder('r')
        .innerJoin(
          (sub: SelectQueryBuilder<ReceptionEntity>) => {
            sub
              .select('w.id', 'id')
              .addSelect(`ROW_NUMBER() OVER (PARTITION BY w.customerId ORDER BY w.startOn ${direction}, w.id ${direction})`, 'rn')
              .from(ReceptionEntity, 'w');
            this.filtered(sub, 'w', customerIds, spec.states);
            if (position) {
              const cmp = backward ? '>' : '<';
              sub.andWhere(`(w.startOn ${cmp} :cursorStart OR (w.startOn = :cursorStart AND w.id ${cmp} :cursorId))`, { cursorStart: position.startOn, cursorId: position.id });
            }
            return sub;
          },
          'ranked',
          'ranked.id = r.id',
        )
        .where('ranked.rn <= :limit', { limit: size + 1 })
        .orderBy('r.customerId', 'ASC')
        .addOrderBy('r.startOn', direction)
        .addOrderBy('r.id', direction);
      rows = await qb.getMany();
    }
    const byCustomer = new Map<string, ReceptionEntity[]>();
    for (const row of rows) {
      const list = byCustomer.get(row.customerId!);
      if (list) list.push(row);
      else byCustomer.set(row.customerId!, [row]);
    }
    return customerIds.map((customerId) => {
      const ranked = byCustomer.get(customerId) ?? [];
      const hasMore = ranked.length > size;
      const nodes = ranked.slice(0, size);
      if (backward) nodes.reverse();
      const edges = nodes.map((node) => ({ cursor: encodeCursor([node.startOn, node.id]), node }));
      return {
        edges,
        pageInfo: {
          hasNextPage: backward ? Boolean(spec.before) : hasMore,
          hasPreviousPage: backward ? hasMore : Boolean(spec.after),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    });
  }

  /** One GROUP BY for all customers' totals. */
  private async countByCustomer(customerIds: readonly string[], states: readonly string[] | null): Promise<Map<string, number>> {
    const qb = this.dataSource.getRepository(ReceptionEntity).createQueryBuilder('r').select('r.customerId', 'customerId').addSelect('COUNT(*)', 'total');
    this.filtered(qb, 'r', customerIds, states).groupBy('r.customerId');
    const raw = await qb.getRawMany<{ customerId: string; total: string | number }>();
    return new Map(raw.map((row) => [row.customerId, Number(row.total)]));
  }
}
