/**
 * A customer as this subgraph knows it: its key, and the owner fields the gateway fetches from the customer subgraph
 * (@requires) so that `Customer.credit` can be scoped by the customer's owner.
 */
export interface CustomerReference {
  id: string;
  ownerId?: string | null;
  ownerDepartmentId?: string | null;
}
