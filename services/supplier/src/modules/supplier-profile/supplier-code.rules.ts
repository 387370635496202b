/** Supplier numbers: GYS (供应商) + six digits from a gap-free sequence (chosen; the policies give no format). */
export const SUPPLIER_CODE_SEQUENCE = 'supplier.code';

export function formatSupplierCode(sequenceValue: number): string {
  return `GYS${String(sequenceValue).padStart(6, '0')}`;
}
