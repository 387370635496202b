import type { ObjectLiteral } from 'typeorm';
import type { MergeUnmovedReason } from '../generated/resolvers-types';

/**
 * CUS-006: a kind of a customer's child records and how it follows a merge: by its customer column. Each area
 * declares its own kinds; the merge moves them. `uniqueWith` is the rest of a unique key per customer (one order per
 * order reference, one annual record per year, …): such a row of a merged customer is the same order, year, month or
 * assessment period the survivor already has, so the survivor's row stands for it.
 */
export interface CustomerChildKind {
  kind: string;
  entity: new () => ObjectLiteral;
  column: string;
  uniqueWith?: string[];
  /** Rows that never move, and why (reported like collisions). */
  staysWith?: MergeUnmovedReason;
}
