/** Where a request goes: our Apollo gateway, GraphQL Hive Gateway, or straight to one subgraph (signed as the gateway signs). */
export type Target = 'apollo' | 'hive' | 'direct';

export const TARGETS: readonly Target[] = ['apollo', 'hive', 'direct'];

/** What operations draw their variables from: facts of the loaded data set, fixed for a run. */
export interface OperationContext {
  /** Live (not deleted) customers the reads look at, in a fixed random order. */
  customerIds: readonly string[];
  /** Other live customers, for writes: registrations must not change what the reads return from run to run. */
  writeCustomerIds: readonly string[];
  grades: readonly string[];
  regions: readonly string[];
  now: Date;
  /** The supergraph SDL the gateways serve, so an operation can pick the fields that exist. */
  supergraph: string;
  /** Unique per benchmark run (idempotency keys). */
  runTag: string;
}

/** One operation ready to send: the same text every time, variables varying per request. */
export interface PreparedOperation {
  query: string;
  /** Variables of the i-th request (i counts from 0 in each run). */
  variables(i: number): Record<string, unknown>;
  /** A further check of a response body besides "no GraphQL errors", e.g. that a mutation has no userErrors. */
  accept?(body: string): boolean;
  /** What this variant measures, when the operation adapts to the schema (printed in the report). */
  variant?: string;
}

/**
 * One benchmark operation. Each lives in its own file; adding or replacing one is adding a file and listing it in
 * operations/index.ts.
 */
export interface BenchOperation {
  id: string;
  title: string;
  /** One line for the report and the README. */
  description: string;
  targets: readonly Target[];
  /** For `direct`: the subgraph the operation is sent to. */
  directSubgraph?: string;
  /** A list operation: the variable holding the page size, so the SQL count can compare 5 items with 50. */
  pageSizeVariable?: string;
  prepare(context: OperationContext): PreparedOperation;
}

/** Picks the i-th element cyclically. */
export const nth = <T>(items: readonly T[], i: number): T => items[i % items.length];
