import type { SupplyScope } from '../../generated/resolvers-types';
import type { SupplierPolicy } from '../../shared/supplier-policy';

/** SUP-003: the unit that owns a supplier, from its main (first) scope; null when it has no scope. */
export function owningUnitFor(scopes: readonly SupplyScope[], policy: SupplierPolicy): string | null {
  return scopes.length ? policy.owningUnitByScope[scopes[0]] : null;
}

export function isOwningUnit(id: string, policy: SupplierPolicy): boolean {
  return policy.owningUnits.some((unit) => unit.id === id);
}
