import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { EventConsumerDefinition } from '@crm/platform';
import { defineEvent, readPayload, recordEvents } from '@crm/platform';
import type { ReceivableEntity } from './entities/receivable.entity';
import { repointReceivables } from './receivables.store';

/**
 * A receivable recorded (an invoiced order, CUS-033, CUS-034): the customer subgraph counts it as an order of the
 * customer, paid when the invoice is paid in full.
 */
export const receivableRecorded = defineEvent(
  'credit.receivable.recorded',
  1,
  z.object({
    customerId: z.string(),
    invoiceRef: z.string(),
    invoiceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    amount: z.string(),
    paidAmount: z.string(),
    paid: z.boolean(),
  }),
);

/** Records the announcement in the receivable's own transaction. */
export function announceReceivable(manager: EntityManager, receivable: ReceivableEntity, paid: boolean, at: Date): Promise<unknown> {
  return recordEvents(
    manager,
    [
      {
        type: receivableRecorded,
        aggregateId: receivable.customerId,
        payload: {
          customerId: receivable.customerId,
          invoiceRef: receivable.invoiceRef,
          invoiceDate: receivable.invoiceDate,
          amount: receivable.amount,
          paidAmount: receivable.paidAmount,
          paid,
        },
      },
    ],
    at,
  );
}

/** The customer subgraph's merge (CUS-006, X-004), as credit reads it. */
export const customerMerged = defineEvent(
  'customer.customer.merged',
  1,
  z.object({ survivorId: z.string(), mergedIds: z.array(z.string()) }),
);

/** CUS-006: a merged customer's receivables move to the survivor, so its exposure and receivables are complete. */
export const creditCustomerMergesConsumer: EventConsumerDefinition = {
  name: 'customer-merges',
  source: 'customer',
  handlers: {
    [customerMerged.type]: async (manager, event) => {
      const { survivorId, mergedIds } = readPayload(customerMerged, event);
      await repointReceivables(manager, mergedIds, survivorId);
    },
  },
};
