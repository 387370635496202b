/** The customer's state as reception's projection knows it; null when the customer subgraph never announced it. */
export interface KnownFiling {
  filingStatus: string;
  deleted: boolean;
}

export type SettlementVerdict = 'OK' | 'CUSTOMER_NOT_FOUND' | 'CUSTOMER_NOT_FILED';

/**
 * REC-011: expenses for a customer are reimbursed only when the customer exists, is not deleted and is FILED. A
 * customer deleted (or merged away) counts as not found; one that exists but is not filed as not filed.
 */
export function settlementVerdict(filing: KnownFiling | null): SettlementVerdict {
  if (!filing || filing.deleted) return 'CUSTOMER_NOT_FOUND';
  return filing.filingStatus === 'FILED' ? 'OK' : 'CUSTOMER_NOT_FILED';
}
