import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Connection, PageArgs, ServiceConfig } from '@crm/platform';
import { badInput, decodeCursor, encodeCursor, pageWindow, valueLoader } from '@crm/platform';
import type { ReceptionEntity } from './entities/reception.entity';
import type { ReceptionPosition } from './reception.store';
import { customerReceptionWindows, receptionCountsByCustomer } from './reception.store';
import type { ReceptionState } from '../../generated/resolvers-types';

/** The arguments of `Customer.receptions`. */
export interface CustomerReceptionArgs extends PageArgs {
  states?: readonly ReceptionState[] | null;
}

type Page = Omit<Connection<ReceptionEntity>, 'totalCount'>;

interface PageSpec {
  size: number;
  backward: boolean;
  after: string | null;
  before: string | null;
  states: readonly string[] | null;
  position: ReceptionPosition | null;
}

/** Cursors have the shape of `receptions` ordered by START_ON, so one client code reads both. */
function positionOf(cursor: string, argument: string): ReceptionPosition {
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
      const spec: PageSpec = {
        size,
        backward,
        after,
        before,
        states,
        position: cursor ? positionOf(cursor, backward ? 'before' : 'after') : null,
      };
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

  /** One statement for all customers: the top `size + 1` rows per customer (the extra row tells if more exist). */
  private async loadPages(customerIds: readonly string[], spec: PageSpec): Promise<Page[]> {
    const { size, backward } = spec;
    const rows =
      size > 0
        ? await customerReceptionWindows(this.dataSource.manager, customerIds, {
            limit: size + 1,
            backward,
            states: spec.states,
            position: spec.position,
          })
        : [];
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
  private countByCustomer(customerIds: readonly string[], states: readonly string[] | null): Promise<Map<string, number>> {
    return receptionCountsByCustomer(this.dataSource.manager, customerIds, states);
  }
}
