import { usccCheckCharacter } from '@crm/platform';
import type { CustomerEntity } from '@crm/customer/dist/shared/entities/customer.entity';
import { formatCustomerCode } from '@crm/customer/dist/modules/profile/customer-code.rules';
import { DatasetPlan, DAY_MS, daysBefore, businessDateOf, salesStaffByRegion } from './plan';
import { Random, sortedUuids } from './random';
import { BRAND_FIRST, BRAND_SECOND, CITIES, City, DISTRICTS, GIVEN_NAMES, ROADS, SURNAMES } from './vocabulary';

type Grade = NonNullable<CustomerEntity['grade']>;

/** What the other subgraphs' generators need to know about a customer (the row itself is streamed, not kept). */
export interface CustomerSketch {
  n: number;
  id: string;
  name: string;
  usccCode: string | null;
  grade: Grade | null;
  size: CustomerEntity['size'];
  industry: CustomerEntity['industry'];
  type: CustomerEntity['type'];
  region: string;
  city: City;
  filed: boolean;
  ownerId: string;
  departmentId: string;
  createdAt: number;
  deleted: boolean;
}

interface Trade {
  suffix: string;
  industry: CustomerEntity['industry'];
  type: CustomerEntity['type'];
  scope: string;
  weight: number;
}

const TRADES: readonly Trade[] = [
  { suffix: '机械制造有限公司', industry: 'INDUSTRIAL', type: 'OEM_FACTORY', scope: '机械设备及配件的生产、销售', weight: 10 },
  { suffix: '电子科技有限公司', industry: 'INDUSTRIAL', type: 'OEM_FACTORY', scope: '电子元器件研发、生产及销售', weight: 7 },
  { suffix: '化工有限公司', industry: 'INDUSTRIAL', type: 'END_USER', scope: '化工原料及产品(不含危险品)的生产、销售', weight: 4 },
  { suffix: '新材料科技有限公司', industry: 'INDUSTRIAL', type: 'PARTNER', scope: '新材料技术开发、技术服务', weight: 3 },
  { suffix: '商贸有限公司', industry: 'TRADE', type: 'DEALER', scope: '日用百货、五金交电、建材的批发零售', weight: 14 },
  { suffix: '贸易代理有限公司', industry: 'TRADE', type: 'AGENT', scope: '商品代理销售、进出口贸易', weight: 5 },
  { suffix: '百货连锁有限公司', industry: 'TRADE', type: 'RETAILER', scope: '百货零售、连锁经营管理', weight: 6 },
  { suffix: '汽车销售服务有限公司', industry: 'TRADE', type: 'RETAILER', scope: '汽车销售、维修及配件供应', weight: 3 },
  { suffix: '医药有限公司', industry: 'TRADE', type: 'DEALER', scope: '药品、医疗器械批发', weight: 3 },
  { suffix: '物流有限公司', industry: 'TRANSPORT', type: 'END_USER', scope: '普通货运、仓储服务、货运代理', weight: 6 },
  { suffix: '建设工程有限公司', industry: 'CONSTRUCTION', type: 'END_USER', scope: '房屋建筑工程、市政工程施工', weight: 6 },
  { suffix: '房地产开发有限公司', industry: 'REAL_ESTATE', type: 'END_USER', scope: '房地产开发经营、物业管理', weight: 3 },
  { suffix: '农业科技股份有限公司', industry: 'AGRICULTURE', type: 'AGENT', scope: '农作物种植、农业技术推广', weight: 4 },
  { suffix: '燃气有限公司', industry: 'PUBLIC_UTILITY', type: 'END_USER', scope: '城市燃气供应及管网建设', weight: 1 },
  { suffix: '供水有限公司', industry: 'PUBLIC_UTILITY', type: 'END_USER', scope: '自来水生产及供应', weight: 1 },
  { suffix: '供应链管理有限公司', industry: 'OTHER', type: 'SUPPLIER', scope: '供应链管理服务、采购代理', weight: 2 },
];

const GOVERNMENT_BODIES = ['交通运输局', '水务局', '公共资源交易中心', '第一人民医院', '教育局', '城市管理局'];
const SPECIAL: readonly (readonly [NonNullable<CustomerEntity['specialKind']>, string])[] = [
  ['LAWYER', '律师事务所'],
  ['FINANCIAL_ADVISOR', '会计师事务所(特殊普通合伙)'],
  ['ADVERTISING', '广告传媒有限公司'],
  ['PUBLIC_RELATIONS', '公关策划有限公司'],
  ['BANK', '农村商业银行股份有限公司'],
  ['INSURANCE', '财产保险代理有限公司'],
];

const GRADES: readonly (readonly [Grade | null, number])[] = [
  ['A', 10],
  ['B', 30],
  ['C', 40],
  ['D', 12],
  [null, 8],
];
const STAGES: readonly (readonly [CustomerEntity['lifecycleStage'], number])[] = [
  ['POTENTIAL', 15],
  ['NEW', 25],
  ['LOYAL', 50],
  ['CHURNED', 10],
];
const STATUSES: readonly (readonly [CustomerEntity['status'], number])[] = [
  ['ACTIVE', 92],
  ['SUSPENDED', 5],
  ['TERMINATED', 3],
];
const FILING: readonly (readonly [CustomerEntity['filingStatus'], number])[] = [
  ['FILED', 80],
  ['DRAFT', 8],
  ['PENDING', 7],
  ['REJECTED', 5],
];
const CAPITAL_WAN = [50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000];

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_SPACE = 31 ** 7;

/**
 * A valid 统一社会信用代码: registration authority + kind, the city's area code, a 9-character organisation code
 * unique per (prefix, n) — a bijection of n over 31^7 values — and the GB 32100 check character.
 */
export function usccFor(kindPrefix: string, areaCode: string, orgPrefix: string, n: number): string {
  let v = (n * 7919 + 1_000_003) % ORG_SPACE;
  let org = '';
  for (let i = 0; i < 7; i += 1) {
    org = USCC_ALPHABET[v % 31] + org;
    v = Math.floor(v / 31);
  }
  const first17 = `${kindPrefix}${areaCode}${orgPrefix}${org}`;
  return first17 + usccCheckCharacter(first17);
}

export function personName(random: Random): string {
  return random.weighted(SURNAMES) + random.pick(GIVEN_NAMES);
}

export const brandOf = (random: Random): string => random.pick(BRAND_FIRST) + random.pick(BRAND_SECOND);

export const mobileOf = (random: Random): string =>
  `1${random.pick(['3', '5', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;

/** The customers, in code order (KH000001…), with the facts other tables refer to. */
export function customerBook(plan: DatasetPlan): CustomerSketch[] {
  const random = new Random(plan.seed, 'customer');
  const staff = salesStaffByRegion();
  const cityTable = CITIES.map((c) => [c, c.weight] as const);
  const tradeTable = TRADES.map((t) => [t, t.weight] as const);
  const drafts: (Omit<CustomerSketch, 'n' | 'id' | 'usccCode'> & { usccKind: readonly [string, string] })[] = [];
  for (let i = 0; i < plan.counts.customers; i += 1) {
    const city = random.weighted(cityTable);
    const kindRoll = random.next();
    let name: string;
    let type: CustomerEntity['type'];
    let industry: CustomerEntity['industry'];
    // Registration authority + kind, and the organisation-code prefix that keeps each kind's codes apart.
    let usccKind: readonly [string, string] = ['91', 'MA'];
    if (kindRoll < 0.03) {
      // 个体工商户: the owner's name and a 92-prefixed code.
      name = `${city.name}市${personName(random)}${random.pick(['五金店', '建材经营部', '农资店', '副食批发部'])}`;
      type = random.pick(['RETAILER', 'AGENT'] as const);
      industry = 'TRADE';
      usccKind = ['92', 'MC'];
    } else if (kindRoll < 0.05) {
      name = `${city.name}市${random.pick(GOVERNMENT_BODIES)}`;
      type = 'GOVERNMENT';
      industry = 'PUBLIC_UTILITY';
      usccKind = ['11', 'MD'];
    } else if (kindRoll < 0.07) {
      const [, suffix] = random.pick(SPECIAL);
      name = `${city.name}${brandOf(random)}${suffix}`;
      type = 'SPECIAL';
      industry = 'OTHER';
    } else {
      const trade = random.weighted(tradeTable);
      name = `${city.name}${brandOf(random)}${trade.suffix}`;
      type = trade.type;
      industry = trade.industry;
    }
    const owner = random.pick(staff.get(city.region)!);
    drafts.push({
      name,
      usccKind,
      grade: random.weighted(GRADES),
      size: random.chance(0.15) ? 'BIG' : 'ORDINARY',
      industry,
      type,
      region: city.region,
      city,
      filed: random.chance(0.8),
      ownerId: owner.id,
      departmentId: owner.departmentId,
      // Uniform over the history, a little denser recently (growth).
      createdAt: daysBefore(plan, plan.historyDays * Math.pow(random.next(), 1.2)).getTime(),
      deleted: random.chance(0.01),
    });
  }
  // Codes follow the order customers were opened in, as the gap-free sequence hands them out.
  drafts.sort((a, b) => a.createdAt - b.createdAt);
  const ids = sortedUuids(new Random(plan.seed, 'customer-ids'), drafts.length);
  return drafts.map(({ usccKind, ...draft }, i) => ({
    ...draft,
    n: i + 1,
    id: ids[i],
    usccCode: usccFor(usccKind[0], draft.city.areaCode, usccKind[1], i + 1),
  }));
}

const tradeBySuffix = new Map(TRADES.map((t) => [t.suffix, t]));

function businessScopeOf(sketch: CustomerSketch): string {
  for (const [suffix, trade] of tradeBySuffix) if (sketch.name.endsWith(suffix)) return trade.scope;
  return '相关业务咨询及服务';
}

interface DuplicateKeys {
  normaliseName(name: string): string;
  normalisePhone(phone: string): string;
}

/**
 * The duplicate-check keys the customer service derives from name and phone, in versions of the subgraph that have
 * them (name_key is NOT NULL there); null where the module does not exist yet.
 */
function duplicateKeys(): DuplicateKeys | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@crm/customer/dist/modules/duplicates-merge/duplicates.rules') as DuplicateKeys;
  } catch {
    return null;
  }
}

/** Customer rows in code order; the remaining profile fields come from their own stream. */
export function* customerRows(plan: DatasetPlan, book: readonly CustomerSketch[]): Generator<Partial<CustomerEntity>> {
  const random = new Random(plan.seed, 'customer-profile');
  const keys = duplicateKeys();
  for (const c of book) {
    const createdAt = new Date(c.createdAt);
    const updatedAt = new Date(Math.min(plan.now.getTime(), c.createdAt + random.int(0, 90) * DAY_MS));
    const { city } = c;
    const foundedYear = random.int(1995, 2023);
    const gradeProvisional = (c.grade === 'C' || c.grade === 'D') && random.chance(0.1);
    const phone = `${city.phoneArea}-${random.int(city.phoneArea.length === 3 ? 10_000_000 : 2_000_000, city.phoneArea.length === 3 ? 89_999_999 : 8_999_999)}`;
    yield {
      id: c.id,
      code: formatCustomerCode(c.n),
      name: c.name,
      usccCode: c.usccCode,
      entityKind: c.usccCode?.startsWith('92') ? 'INDIVIDUAL' : 'COMPANY',
      type: c.type,
      specialKind: c.type === 'SPECIAL' ? random.pick(SPECIAL)[0] : null,
      industry: c.industry,
      region: c.region,
      legalRepresentative: personName(random),
      address: `${city.name}市${random.pick(DISTRICTS)}${random.pick(ROADS)}${random.int(1, 999)}号`,
      postcode: city.postcode,
      phone,
      fax: random.chance(0.3) ? phone.replace(/\d$/, '9') : null,
      website: random.chance(0.2) ? `https://www.kh${c.n}.com.cn` : null,
      businessScope: businessScopeOf(c),
      registeredCapital: `${random.pick(CAPITAL_WAN) * 10_000}.00`,
      foundedOn: `${foundedYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      size: c.size,
      grade: c.grade,
      gradeProvisional,
      lifecycleStage: random.weighted(STAGES),
      status: random.weighted(STATUSES),
      filingStatus: c.filed ? 'FILED' : random.weighted(FILING.filter(([s]) => s !== 'FILED')),
      ownerId: c.ownerId,
      ownerDepartmentId: c.departmentId,
      version: 1,
      createdAt,
      createdBy: c.ownerId,
      updatedAt,
      updatedBy: c.ownerId,
      deletedAt: c.deleted ? updatedAt : null,
      ...(keys ? { nameKey: keys.normaliseName(c.name), phoneKey: keys.normalisePhone(phone) } : {}),
    };
  }
}

/** The business date a customer was opened on (receivables and visits do not predate it). */
export const openedOn = (c: CustomerSketch): string => businessDateOf(new Date(c.createdAt));
