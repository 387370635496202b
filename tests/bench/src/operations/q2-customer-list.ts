import { BenchOperation, nth } from './operation';

export const LIST_PAGE_SIZE = 50;

/**
 * Q2 list page: 50 customers filtered by grade and region (the filter changes with every request), each with its
 * available credit (credit subgraph) and open complaint count (complaint subgraph).
 */
export const customerListPage: BenchOperation = {
  id: 'Q2',
  title: 'customer list page',
  description: `${LIST_PAGE_SIZE} customers filtered by grade + region, each with available credit and open complaint count (3 subgraphs)`,
  targets: ['apollo', 'hive'],
  pageSizeVariable: 'first',
  prepare: ({ grades, regions }) => ({
    query: `query CustomerListPage($filter: CustomerFilter, $first: Int) {
  customers(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id code name grade region lifecycleStage ownerId
        credit { grade limit availableCredit }
        openComplaintCount
      }
    }
  }
}`,
    variables: (i) => ({
      first: LIST_PAGE_SIZE,
      filter: { grades: [nth(grades, i)], region: nth(regions, Math.floor(i / grades.length)) },
    }),
  }),
};
