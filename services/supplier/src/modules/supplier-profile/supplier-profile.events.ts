import { z } from 'zod';
import type { EventConsumerDefinition } from '@crm/platform';
import { defineEvent, readPayload } from '@crm/platform';
import { repointSupplierCustomers } from './supplier-profile.store';

/** The customer subgraph's merge (CUS-006, X-004), as supplier reads it. */
export const customerMerged = defineEvent(
  'customer.customer.merged',
  1,
  z.object({ survivorId: z.string(), mergedIds: z.array(z.string()) }),
);

/** CUS-006: a supplier linked to a merged customer follows it to the survivor. */
export const supplierCustomerMergesConsumer: EventConsumerDefinition = {
  name: 'customer-merges',
  source: 'customer',
  handlers: {
    [customerMerged.type]: async (manager, event) => {
      const { survivorId, mergedIds } = readPayload(customerMerged, event);
      await repointSupplierCustomers(manager, mergedIds, survivorId);
    },
  },
};
