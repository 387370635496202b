import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Connection } from '@crm/platform';
import { encodeCursor, pageWindow, valueLoader } from '@crm/platform';
import type { ComplaintEntity } from './entities/complaint.entity';
import { complaintCountsByCustomer, customerComplaintPage, firstComplaintsPerCustomer } from './intake.store';
import type { ComplaintCriteria } from './complaint-criteria.rules';
import { criteriaKey } from './complaint-criteria.rules';
import { RECEIVED_DESC } from './intake.service';

export type CustomerComplaintCriteria = Omit<ComplaintCriteria, 'customerId'>;

/** What Customer.complaints takes besides the customer. */
export interface CustomerComplaintArgs {
  filter?: CustomerComplaintCriteria | null;
  first?: number | null;
  after?: string | null;
}

/** The same cursor keysetPage gives a row sorted by RECEIVED_DESC, so a page from here continues with `after`. */
const cursorOf = (c: ComplaintEntity): string => encodeCursor([c.receivedAt.toISOString(), c.id]);

/**
 * Per-request, batched reads behind the Customer fields: for any number of customers in one request, one windowed
 * query per distinct (filter, page size) for the first pages, and one GROUP BY per distinct filter for the counts.
 */
export class CustomerComplaints {
  private readonly firstPages = new Map<string, DataLoader<string, ComplaintEntity[]>>();
  private readonly counts = new Map<string, DataLoader<string, number>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {}

  /** Complaints whose handling has not ended. */
  openCount(customerId: string): Promise<number> {
    return this.countLoader({ open: true }).load(customerId);
  }

  async connection(customerId: string, args: CustomerComplaintArgs): Promise<Connection<ComplaintEntity>> {
    const criteria = args.filter ?? {};
    const totalCount = () => this.countLoader(criteria).load(customerId);
    if (args.after) {
      // A later page is asked for one customer at a time: the ordinary keyset query is right and cheap.
      const page = await customerComplaintPage(
        this.dataSource.manager,
        customerId,
        criteria,
        RECEIVED_DESC,
        { first: args.first, after: args.after },
        this.maxPageSize,
      );
      return { ...page, totalCount };
    }
    const { size } = pageWindow({ first: args.first }, this.maxPageSize);
    const rows = size === 0 ? [] : await this.firstPageLoader(criteria, size).load(customerId);
    const edges = rows.slice(0, size).map((node) => ({ cursor: cursorOf(node), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount,
    };
  }

  /** Up to size + 1 rows per customer (the extra one tells whether there is a next page). */
  private firstPageLoader(criteria: CustomerComplaintCriteria, size: number): DataLoader<string, ComplaintEntity[]> {
    const key = `${size}:${criteriaKey(criteria)}`;
    let loader = this.firstPages.get(key);
    if (!loader) {
      loader = new DataLoader(async (customerIds) => {
        const rows = await firstComplaintsPerCustomer(this.dataSource.manager, customerIds, criteria, size + 1);
        const byCustomer = new Map<string, ComplaintEntity[]>();
        for (const row of rows) byCustomer.set(row.customerId, [...(byCustomer.get(row.customerId) ?? []), row]);
        return customerIds.map((id) => byCustomer.get(id) ?? []);
      });
      this.firstPages.set(key, loader);
    }
    return loader;
  }

  private countLoader(criteria: CustomerComplaintCriteria): DataLoader<string, number> {
    const key = criteriaKey(criteria);
    let loader = this.counts.get(key);
    if (!loader) {
      loader = valueLoader((customerIds) => complaintCountsByCustomer(this.dataSource.manager, customerIds, criteria), 0);
      this.counts.set(key, loader);
    }
    return loader;
  }
}
