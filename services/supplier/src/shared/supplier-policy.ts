import type { SupplyItemCategory, SupplyScope } from '../generated/resolvers-types';

/** A unit that manages suppliers (归口管理单位), by department id. */
export interface OwningUnit {
  id: string;
  name: string;
}

/** One band of the per-item supplier cap: applies to annual spends from `fromSpend` (inclusive, in yuan) upwards. */
export interface CapBand {
  fromSpend: string;
  /** Most in-supply suppliers; null = no cap. */
  cap: number | null;
}

/**
 * The configurable numbers and mappings of the supplier rules. Defaults below; a deployment (later: the effective-dated
 * configuration of X-090) passes its own. Rules read them from here, never from literals.
 */
export interface SupplierPolicy {
  /** SUP-003: the units that own suppliers. */
  owningUnits: readonly OwningUnit[];
  /** SUP-003: the owning unit of a supplier by its main (first) scope. Config: mapping. */
  owningUnitByScope: Readonly<Record<SupplyScope, string>>;
  /** SUP-020: cap bands for capped categories, highest band first. Config: bands (boundaries chosen). */
  capBands: readonly CapBand[];
  /** SUP-020: categories the bands apply to; others have no cap unless the owning unit configures one. */
  cappedCategories: readonly SupplyItemCategory[];
  /** SUP-034: a blacklisting bans the USCC and bank account for this many years. Config: 5 years. */
  blacklistBanYears: number;
  /** SUP-010: digits in a settlement account number (chosen: Chinese corporate and card accounts are 8–30 digits). */
  bankAccountDigits: { min: number; max: number };
}

/** Department ids of the owning units named in SUP-003 (the org directory is owned by the customer subgraph). */
export const OWNING_UNITS = {
  energy: { id: 'd-energy', name: '机动能源处' },
  projects: { id: 'd-projects', name: '工管处' },
  labour: { id: 'd-labour', name: '劳人处' },
  techCentre: { id: 'd-tech-centre', name: '技术中心' },
  rawMaterials: { id: 'd-raw-materials', name: '原料部' },
  equipment: { id: 'd-equipment', name: '设备材料部' },
  logistics: { id: 'd-logistics', name: '物流中心' },
} as const satisfies Record<string, OwningUnit>;

export const DEFAULT_SUPPLIER_POLICY: SupplierPolicy = {
  owningUnits: Object.values(OWNING_UNITS),
  // Raw fuel, refractories and mining labour share scopes with other units, so those suppliers name their unit.
  owningUnitByScope: {
    PRODUCT: OWNING_UNITS.equipment.id,
    CONSTRUCTION: OWNING_UNITS.projects.id,
    INSTALLATION: OWNING_UNITS.projects.id,
    DESIGN: OWNING_UNITS.projects.id,
    SURVEY: OWNING_UNITS.projects.id,
    SUPERVISION: OWNING_UNITS.projects.id,
    MAINTENANCE: OWNING_UNITS.energy.id,
    LABOUR: OWNING_UNITS.labour.id,
    TECH_SERVICE: OWNING_UNITS.techCentre.id,
    LOGISTICS: OWNING_UNITS.logistics.id,
  },
  // > 100,000,000 → no cap; 20,000,000 ≤ spend ≤ 100,000,000 → 8; 3,000,000 ≤ spend < 20,000,000 → 7; below → 6.
  capBands: [
    { fromSpend: '100000000.01', cap: null },
    { fromSpend: '20000000.00', cap: 8 },
    { fromSpend: '3000000.00', cap: 7 },
    { fromSpend: '0.00', cap: 6 },
  ],
  cappedCategories: ['GOODS'],
  blacklistBanYears: 5,
  bankAccountDigits: { min: 8, max: 30 },
};
