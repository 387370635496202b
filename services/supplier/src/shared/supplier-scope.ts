import type { RecordPlacement, ScopeColumns } from '@crm/platform';

/** The two columns a supplier and a supply item (品种) are placed by; both entities carry them. */
export interface SupplierPlaced {
  createdBy: string;
  owningUnitId: string;
}

/**
 * Where a supplier or a supply item (品种) sits for data scopes: the staff member who entered it owns it; its
 * owning unit (归口管理单位) is its department, so a procurement unit reaches its own categories only (SUP-003).
 * Both entities carry the same two columns. The blacklist is not placed: its bans hold company-wide (SUP-013).
 */
export function supplierScopeColumns(alias: string): ScopeColumns {
  return { owner: `${alias}.createdBy`, department: `${alias}.owningUnitId` };
}

export function supplierPlacement(record: SupplierPlaced): RecordPlacement {
  return { ownerId: record.createdBy, departmentId: record.owningUnitId };
}

/** The permission every supplier-subgraph read is scoped by. */
export const SUPPLIER_READ = 'supplier:READ';
