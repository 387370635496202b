import { addCalendarDays } from '@crm/platform';
import type { ReceivableState } from '../../generated/resolvers-types';

/** CRD-028: due date = invoice date + term in calendar days, not moved for holidays. */
export function dueDateOf(invoiceDate: string, termDays: number): string {
  return addCalendarDays(invoiceDate, termDays);
}

/**
 * CRD-029 for an invoice as it arrives: SETTLED when fully paid, CURRENT up to and including the due date,
 * OVERDUE from the next day. (BAD_DEBT and WRITTEN_OFF only follow an approval, never an arriving invoice.)
 */
export function arrivingReceivableState(outstandingCents: bigint, dueDate: string, today: string): ReceivableState {
  if (outstandingCents <= 0n) return 'SETTLED';
  return today > dueDate ? 'OVERDUE' : 'CURRENT';
}

/** States whose unpaid part counts as exposure (CRD-022): the claim is still open. */
export const OPEN_RECEIVABLE_STATES: readonly ReceivableState[] = ['CURRENT', 'OVERDUE', 'BAD_DEBT'];

/** States in which a receivable is closed: fully paid (SETTLED) or written off (核销). Nothing is owed on it any more. */
export const CLOSED_RECEIVABLE_STATES: readonly ReceivableState[] = ['SETTLED', 'WRITTEN_OFF'];
