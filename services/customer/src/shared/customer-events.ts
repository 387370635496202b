import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { defineEvent, recordEvents } from '@crm/platform';
import type { Clock } from '@crm/platform';
import type { CustomerEntity } from './entities/customer.entity';

/**
 * What the customer subgraph announces to the others, recorded in the transaction of the change.
 *
 * `customer.customer.filing-changed` carries a customer's whole filing and deletion state, so a projection (reception,
 * REC-011) needs only the latest one per customer: sent when a customer is opened, filed or refused (CUS-004),
 * deleted or restored (CUS-007) and merged away (CUS-006).
 */
export const customerFilingChanged = defineEvent(
  'customer.customer.filing-changed',
  1,
  z.object({
    filingStatus: z.enum(['DRAFT', 'PENDING', 'FILED', 'REJECTED']),
    deleted: z.boolean(),
    /** Set when the customer was merged into another. */
    mergedIntoId: z.string().nullable(),
  }),
);

/** CUS-006, X-004: the merged customers' records belong to the survivor now; other subgraphs re-point theirs. */
export const customerMerged = defineEvent(
  'customer.customer.merged',
  1,
  z.object({ survivorId: z.string(), mergedIds: z.array(z.string()).min(1) }),
);

type FilingState = Pick<CustomerEntity, 'id' | 'filingStatus' | 'deletedAt' | 'mergedIntoId'>;

/** Announces the filing and deletion state of customers as they are after the change. */
export function announceFilingState(manager: EntityManager, clock: Clock, customers: FilingState[]): Promise<unknown> {
  return recordEvents(
    manager,
    customers.map((customer) => ({
      type: customerFilingChanged,
      aggregateId: customer.id,
      payload: { filingStatus: customer.filingStatus, deleted: Boolean(customer.deletedAt), mergedIntoId: customer.mergedIntoId ?? null },
    })),
    clock.now(),
  );
}

/** Announces a merge (the survivor is the aggregate: its merges apply in order). */
export function announceMerge(manager: EntityManager, clock: Clock, survivorId: string, mergedIds: string[]): Promise<unknown> {
  return recordEvents(manager, [{ type: customerMerged, aggregateId: survivorId, payload: { survivorId, mergedIds } }], clock.now());
}
