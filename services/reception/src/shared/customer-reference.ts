/** What the Customer extension resolves from: the key, and the owner fields the gateway fetched for scopes. */
export interface CustomerReference {
  id: string;
  ownerId?: string | null;
  ownerDepartmentId?: string | null;
}
