import type { UserError } from '@crm/platform';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import type { UnmovedRecord } from './duplicates-merge-children.service';

// What resolvers return for GraphQL types of this area that are not a single entity (codegen.json maps them here).

/** CUS-006 dry run of a merge. */
export interface MergePreviewModel {
  survivor: CustomerEntity | null;
  merged: CustomerEntity[];
  conflicts: { field: string; values: { customerId: string; value: string | null }[]; chosenCustomerId: string }[];
  childRecords: { kind: string; count: number }[];
  notMoved: UnmovedRecord[];
  problems: UserError[];
}
