import { BenchOperation, nth } from './operation';

/**
 * Q1 customer 360 (four subgraphs): the customer, its credit standing, its open complaints with the fields that stand
 * in for SLA deadlines until the complaint subgraph has them (state, receivedAt, registeredAt) and its last five
 * receptions. One customer per request, a different one each time.
 */
export const customer360: BenchOperation = {
  id: 'Q1',
  title: 'customer 360',
  description:
    'one customer + credit profile (limit, exposure, available credit) + open complaints (state, receivedAt) + last 5 receptions',
  targets: ['apollo', 'hive'],
  prepare: ({ customerIds }) => ({
    query: `query Customer360($id: ID!) {
  customer(id: $id) {
    id code name usccCode grade size region lifecycleStage status ownerId
    credit { grade notch paymentTermDays onHold limit exposure availableCredit ratingValidUntil }
    openComplaintCount
    complaints(filter: { open: true }, first: 10) {
      totalCount
      edges { node { id number caseType state severity receivedAt registeredAt } }
    }
    receptions(first: 5) {
      edges { node { id class startOn endOn state purpose hostId } }
    }
  }
}`,
    variables: (i) => ({ id: nth(customerIds, i) }),
  }),
};
