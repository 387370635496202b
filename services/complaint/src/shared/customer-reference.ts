/**
 * A customer as this subgraph knows it: its key, and the owner fields the gateway fetches for data scopes (the
 * customer subgraph owns the rest).
 */
export interface CustomerReference {
  id: string;
  ownerId?: string | null;
  ownerDepartmentId?: string | null;
}
