import { z } from 'zod';
import type { EventConsumerDefinition } from '@crm/platform';
import { defineEvent, fixedClock, readPayload, todayOn } from '@crm/platform';
import type { CustomerRuntime } from '../../shared/runtime';
import { systemContext } from '../../shared/system-context';
import { CustomerFactsService } from './facts.service';

/** Credit's announcement of an invoiced order (a receivable), as the customer subgraph reads it. */
export const receivableRecorded = defineEvent(
  'credit.receivable.recorded',
  1,
  z.object({ customerId: z.string(), invoiceRef: z.string(), invoiceDate: z.string(), amount: z.string(), paid: z.boolean() }),
);

/**
 * CUS-033, CUS-034: every receivable credit records is an order of the customer (its invoice is the order reference);
 * a paid one moves the lifecycle, the last-order date and the churn risk exactly as `recordCustomerOrder` does. A
 * customer the customer subgraph does not know (or deleted) has no lifecycle to move: the event changes nothing.
 */
export function creditOrdersConsumer(rt: CustomerRuntime): EventConsumerDefinition {
  const facts = new CustomerFactsService(rt);
  return {
    name: 'credit-orders',
    source: 'credit',
    handlers: {
      [receivableRecorded.type]: async (manager, event) => {
        const order = readPayload(receivableRecorded, event);
        await facts.recordOrderIn(
          manager,
          {
            customerId: order.customerId,
            orderRef: order.invoiceRef,
            orderedOn: order.invoiceDate,
            amount: order.amount,
            paid: order.paid,
          },
          systemContext(rt),
        );
      },
    },
  };
}

/** The complaint subgraph's count of a customer's valid complaints, as the customer subgraph reads it. */
export const complaintFactsChanged = defineEvent(
  'complaint.customer.complaint-facts-changed',
  1,
  z.object({ countedAt: z.string(), openValidComplaints: z.number().int().min(0), validComplaintsLast12Months: z.number().int().min(0) }),
);

/**
 * CUS-035 (and CUS-033's open valid complaints): the complaint subgraph's counts are kept with the customer as of the
 * business date they were counted on, and the problem-customer flag follows, exactly as `recordComplaintFacts` does.
 * Counts older than those kept are ignored (the refusal of older facts).
 */
export function complaintFactsConsumer(rt: CustomerRuntime): EventConsumerDefinition {
  const facts = new CustomerFactsService(rt);
  return {
    name: 'complaint-facts',
    source: 'complaint',
    handlers: {
      [complaintFactsChanged.type]: async (manager, event) => {
        const counted = readPayload(complaintFactsChanged, event);
        await facts.recordComplaintFactsIn(
          manager,
          {
            customerId: event.aggregateId,
            asOf: todayOn(fixedClock(new Date(counted.countedAt)), rt.policy.timeZone),
            openValidComplaints: counted.openValidComplaints,
            validComplaintsLast12Months: counted.validComplaintsLast12Months,
          },
          systemContext(rt),
        );
      },
    },
  };
}
