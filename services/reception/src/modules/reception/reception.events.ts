import { z } from 'zod';
import type { EventConsumerDefinition } from '@crm/platform';
import { defineEvent, readPayload } from '@crm/platform';
import { repointReceptions } from './reception.store';

/** The customer subgraph's merge (CUS-006, X-004), as reception reads it. */
export const customerMerged = defineEvent(
  'customer.customer.merged',
  1,
  z.object({ survivorId: z.string(), mergedIds: z.array(z.string()) }),
);

/** CUS-006: a merged customer's receptions move to the survivor, so `Customer.receptions` of the survivor is complete. */
export const receptionCustomerMergesConsumer: EventConsumerDefinition = {
  name: 'customer-merges',
  source: 'customer',
  handlers: {
    [customerMerged.type]: async (manager, event) => {
      const { survivorId, mergedIds } = readPayload(customerMerged, event);
      await repointReceptions(manager, mergedIds, survivorId);
    },
  },
};
