import { BenchOperation, nth } from './operation';

/**
 * S1 single subgraph: a customer's id, name and grade. Sent straight to the customer subgraph (signed as the
 * gateway signs) and through each gateway, so the difference is the gateway's own cost.
 */
export const customerById: BenchOperation = {
  id: 'S1',
  title: 'single-subgraph lookup',
  description: 'customer(id) { id name grade }: customer subgraph only; direct vs. through each gateway',
  targets: ['direct', 'apollo', 'hive'],
  directSubgraph: 'customer',
  prepare: ({ customerIds }) => ({
    query: 'query CustomerById($id: ID!) { customer(id: $id) { id name grade } }',
    variables: (i) => ({ id: nth(customerIds, i) }),
  }),
};
