import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { EventConsumerDefinition } from '@crm/platform';
import { defineEvent, readPayload, recordEvents } from '@crm/platform';
import { repointComplaints, validComplaintsOf } from './intake.store';
import { complaintFactsOf } from './complaint-facts.rules';

/**
 * A customer's complaint counts as of an instant (CUS-033, CUS-035): the customer subgraph keeps them with the
 * customer and raises its problem-customer flag from them. Sent whenever a complaint of the customer is
 * registered or changed, and for every customer with complaints when the demo data is loaded.
 */
export const customerComplaintFactsChanged = defineEvent(
  'complaint.customer.complaint-facts-changed',
  1,
  z.object({
    countedAt: z.string().datetime(),
    openValidComplaints: z.number().int().min(0),
    validComplaintsLast12Months: z.number().int().min(0),
  }),
);

/** Counts and announces the complaint facts of `customerIds` in the writing transaction. */
export async function announceComplaintFacts(manager: EntityManager, customerIds: string[], at: Date): Promise<void> {
  const ids = [...new Set(customerIds)];
  if (!ids.length) return;
  const valid = await validComplaintsOf(manager, ids);
  await recordEvents(
    manager,
    ids.map((customerId) => ({
      type: customerComplaintFactsChanged,
      aggregateId: customerId,
      payload: {
        countedAt: at.toISOString(),
        ...complaintFactsOf(
          valid.filter((c) => c.customerId === customerId),
          at,
        ),
      },
    })),
    at,
  );
}

/** The customer subgraph's merge (CUS-006, X-004), as complaint reads it. */
export const customerMerged = defineEvent(
  'customer.customer.merged',
  1,
  z.object({ survivorId: z.string(), mergedIds: z.array(z.string()) }),
);

/** CUS-006: a merged customer's complaints move to the survivor, so the survivor's complaints and counts are complete. */
export const complaintCustomerMergesConsumer: EventConsumerDefinition = {
  name: 'customer-merges',
  source: 'customer',
  handlers: {
    [customerMerged.type]: async (manager, event) => {
      const { survivorId, mergedIds } = readPayload(customerMerged, event);
      await repointComplaints(manager, mergedIds, survivorId);
    },
  },
};
