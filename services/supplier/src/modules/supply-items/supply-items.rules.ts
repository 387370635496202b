import type { SupplyItemCategory } from '../../generated/resolvers-types';
import type { SupplierPolicy } from '../../shared/supplier-policy';

/** Yuan with at most two places as whole fen, so band boundaries compare exactly (no floats). */
function fen(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = amount.replace(/^-/, '').split('.');
  const value = BigInt(whole || '0') * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -value : value;
}

/**
 * SUP-020: the most in-supply suppliers an item may have, from its annual spend (SUP-023) by the policy's bands;
 * null = no cap (very large spend, or a category without caps).
 */
export function supplyItemCap(category: SupplyItemCategory, annualSpend: string, policy: SupplierPolicy): number | null {
  if (!policy.cappedCategories.includes(category)) return null;
  const spend = fen(annualSpend);
  const band = policy.capBands.find((b) => spend >= fen(b.fromSpend));
  return band ? band.cap : null;
}
