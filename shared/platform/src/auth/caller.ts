/** Who is calling: taken from the client's JWT by the gateway and passed to the subgraphs signed. */
export interface Caller {
  /** Staff id (the JWT `sub`). */
  id: string;
  name: string;
  roles: string[];
  /** Department id, or null for staff outside the organisation tree (e.g. system jobs). */
  departmentId: string | null;
  /** The department and its descendants, resolved by the gateway for DEPARTMENT_TREE scopes. */
  departmentTree?: string[];
}

/** Headers between the gateway and the subgraphs. */
export const CALLER_HEADER = 'x-crm-caller';
export const REQUEST_ID_HEADER = 'x-request-id';
