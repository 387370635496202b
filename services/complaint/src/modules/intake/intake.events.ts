import { z } from 'zod';
import type { EventConsumerDefinition } from '@crm/platform';
import { defineEvent, readPayload } from '@crm/platform';
import { repointComplaints } from './intake.store';

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
