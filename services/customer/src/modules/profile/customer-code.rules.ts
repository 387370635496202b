/** Customer numbers: KH + six digits from a gap-free sequence (chosen; the policies give no format). */
export const CUSTOMER_CODE_SEQUENCE = 'customer.code';

export function formatCustomerCode(sequenceValue: number): string {
  return `KH${String(sequenceValue).padStart(6, '0')}`;
}
