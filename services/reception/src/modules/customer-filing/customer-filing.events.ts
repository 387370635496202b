import { z } from 'zod';
import type { EventConsumerDefinition } from '@crm/platform';
import { defineEvent, readPayload } from '@crm/platform';
import { saveCustomerFiling } from './customer-filing.store';

/** The customer subgraph's announcement of a customer's filing and deletion state, as reception reads it. */
export const customerFilingChanged = defineEvent(
  'customer.customer.filing-changed',
  1,
  z.object({ filingStatus: z.string(), deleted: z.boolean(), mergedIntoId: z.string().nullable() }),
);

/**
 * Keeps the projection (REC-011): the latest state of each customer. Events of one customer arrive in order, so the
 * last one applied is the current state; a replay from the start rebuilds the same rows.
 */
export const customerFilingConsumer: EventConsumerDefinition = {
  name: 'customer-filing',
  source: 'customer',
  handlers: {
    [customerFilingChanged.type]: async (manager, event) => {
      const payload = readPayload(customerFilingChanged, event);
      await saveCustomerFiling(manager, {
        customerId: event.aggregateId,
        filingStatus: payload.filingStatus,
        deleted: payload.deleted,
        mergedIntoId: payload.mergedIntoId,
        changedAt: new Date(event.occurredAt),
      });
    },
  },
};
