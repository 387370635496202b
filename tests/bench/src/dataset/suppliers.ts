import type { SupplierEntity } from '@crm/supplier/dist/shared/entities/supplier.entity';
import { formatSupplierCode } from '@crm/supplier/dist/modules/supplier-profile/supplier-code.rules';
import { DEFAULT_SUPPLIER_POLICY } from '@crm/supplier/dist/shared/supplier-policy';
import { brandOf, CustomerSketch, mobileOf, personName, usccFor } from './customers';
import { DatasetPlan, daysBefore, demoStaff } from './plan';
import { Random, sortedUuids } from './random';
import { CITIES, City, DISTRICTS, ROADS } from './vocabulary';

type Scope = SupplierEntity['scopes'][number];

export interface SupplierSketch {
  n: number;
  id: string;
  name: string;
  trade: SupplierTrade;
  city: City;
  /** The customer of the same legal entity, when there is one. */
  customer: CustomerSketch | null;
}

interface SupplierTrade {
  kind: SupplierEntity['kind'];
  scopes: Scope[];
  suffix: string;
  weight: number;
}

const TRADES: readonly SupplierTrade[] = [
  { kind: 'PRODUCER', scopes: ['PRODUCT'], suffix: '耐火材料有限公司', weight: 8 },
  { kind: 'PRODUCER', scopes: ['PRODUCT'], suffix: '钢铁有限公司', weight: 6 },
  { kind: 'PRODUCER', scopes: ['PRODUCT', 'MAINTENANCE'], suffix: '机械制造有限公司', weight: 8 },
  { kind: 'PRODUCER', scopes: ['PRODUCT', 'LOGISTICS'], suffix: '煤业有限公司', weight: 4 },
  { kind: 'TRADER', scopes: ['PRODUCT'], suffix: '物资贸易有限公司', weight: 10 },
  { kind: 'LOGISTICS', scopes: ['LOGISTICS'], suffix: '物流有限公司', weight: 8 },
  { kind: 'SERVICE', scopes: ['DESIGN', 'SURVEY'], suffix: '工程设计研究院有限公司', weight: 3 },
  { kind: 'SERVICE', scopes: ['SUPERVISION'], suffix: '工程监理咨询有限公司', weight: 3 },
  { kind: 'SERVICE', scopes: ['TECH_SERVICE'], suffix: '技术服务有限公司', weight: 4 },
  { kind: 'CONTRACTOR', scopes: ['CONSTRUCTION', 'INSTALLATION'], suffix: '建设工程有限公司', weight: 5 },
  { kind: 'CONTRACTOR', scopes: ['MAINTENANCE'], suffix: '设备检修工程有限公司', weight: 4 },
  { kind: 'CONTRACTOR', scopes: ['LABOUR'], suffix: '劳务服务有限公司', weight: 3 },
];
const STATUSES: readonly (readonly [SupplierEntity['status'], number])[] = [
  ['REGISTERED', 80],
  ['APPLYING', 6],
  ['FROZEN', 4],
  ['EXPIRED', 5],
  ['CANCELLED', 3],
  ['REJECTED', 1],
  ['BLACKLISTED', 1],
];
const BANKS = ['中国工商银行', '中国建设银行', '中国银行', '中国农业银行', '交通银行', '招商银行', '兴业银行', '浦发银行'];
const PROCUREMENT = demoStaff('PROCUREMENT_UNIT');

/** Suppliers in code order; one in ten is also a customer (the same legal entity: its name and USCC). */
export function supplierBook(plan: DatasetPlan, customers: readonly CustomerSketch[]): SupplierSketch[] {
  const random = new Random(plan.seed, 'supplier-book');
  const tradeTable = TRADES.map((t) => [t, t.weight] as const);
  const cityTable = CITIES.map((c) => [c, c.weight] as const);
  const companies = customers.filter((c) => c.usccCode?.startsWith('91') && !c.deleted);
  const seen = new Set<string>();
  const ids = sortedUuids(new Random(plan.seed, 'supplier-ids'), plan.counts.suppliers);
  return Array.from({ length: plan.counts.suppliers }, (_, i) => {
    const trade = random.weighted(tradeTable);
    const city = random.weighted(cityTable);
    let customer = random.chance(0.1) ? companies[random.int(0, companies.length - 1)] : null;
    // A customer is at most one supplier.
    if (customer && seen.has(customer.id)) customer = null;
    if (customer) seen.add(customer.id);
    return { n: i + 1, id: ids[i], name: customer?.name ?? `${city.name}${brandOf(random)}${trade.suffix}`, trade, city, customer };
  });
}

export function* supplierRows(plan: DatasetPlan, book: readonly SupplierSketch[]): Generator<Partial<SupplierEntity>> {
  const random = new Random(plan.seed, 'supplier');
  for (const { n, id, name, trade, city, customer } of book) {
    const createdAt = daysBefore(plan, random.int(0, plan.historyDays));
    yield {
      id,
      code: formatSupplierCode(n),
      name,
      usccCode: customer?.usccCode ?? usccFor('91', city.areaCode, 'MB', n),
      customerId: customer?.id ?? null,
      kind: trade.kind,
      scopes: trade.scopes,
      owningUnitId: DEFAULT_SUPPLIER_POLICY.owningUnitByScope[trade.scopes[0]],
      isCounterparty: customer !== null || random.chance(0.05),
      isDirect: random.chance(0.9),
      important: random.chance(0.08),
      status: random.weighted(STATUSES),
      bankName: `${random.pick(BANKS)}${city.name}分行`,
      // Digits only and unique per supplier (SUP-010).
      bankAccountNo: `6222${String((n * 7919 + 123_457) % 1e12).padStart(12, '0')}`,
      legalRepresentative: personName(random),
      address: `${city.name}市${random.pick(DISTRICTS)}${random.pick(ROADS)}${random.int(1, 999)}号`,
      contactName: personName(random),
      contactPhone: mobileOf(random),
      version: 1,
      createdAt,
      createdBy: PROCUREMENT.id,
      updatedAt: createdAt,
      updatedBy: PROCUREMENT.id,
    };
  }
}
