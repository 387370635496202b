/** A customer as this subgraph knows it: only its key (the customer subgraph owns everything else). */
export interface CustomerReference {
  id: string;
}
