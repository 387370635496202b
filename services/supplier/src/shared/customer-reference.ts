/** A customer as this subgraph knows it: its key only. */
export interface CustomerReference {
  id: string;
}
