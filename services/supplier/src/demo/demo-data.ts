import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import {
  ApprovalRequestEntity,
  DEMO_STAFF,
  demoCustomerId,
  NumberSequenceEntity,
  resolveChain,
  stepsFor,
  usccCheckCharacter,
  writeTransaction,
} from '@crm/platform';
import { SupplierEntity } from '../shared/entities/supplier.entity';
import { SupplyItemEntity } from '../modules/supply-items/entities/supply-item.entity';
import { InSupplyLinkEntity } from '../modules/supply-items/entities/in-supply-link.entity';
import { BlacklistEntryEntity } from '../modules/blacklist/entities/blacklist-entry.entity';
import { bannedThrough } from '../modules/blacklist/blacklist.rules';
import { formatSupplierCode, SUPPLIER_CODE_SEQUENCE } from '../modules/supplier-profile/supplier-code.rules';
import { DEFAULT_SUPPLIER_POLICY, OWNING_UNITS } from '../shared/supplier-policy';
import { ADMISSION_TEMPLATE, admissionAttributes, SUPPLIER_SUBJECT } from '../modules/admission/admission.rules';
import { ADMISSION_APPROVAL_TEMPLATES } from '../modules/admission/admission.approvals';
import type { ProcurementMethod, SupplierKind, SupplierStatus, SupplyItemCategory, SupplyScope } from '../generated/resolvers-types';

const U = OWNING_UNITS;
const PROCUREMENT = DEMO_STAFF.find((s) => s.roles.includes('PROCUREMENT_UNIT'))!;

/** Stable ids so the demo reads the same on every machine. */
export const demoSupplierId = (n: number): string => `00000000-0000-4004-8000-${String(n).padStart(12, '0')}`;
const demoItemId = (n: number): string => `00000000-0000-4004-8001-${String(n).padStart(12, '0')}`;

/** A valid USCC: 91 (enterprise) + the area code + a numbered organisation code + check character. */
export function demoSupplierUscc(n: number, areaCode: string): string {
  const first17 = `91${areaCode}MA${String(1000000 + n * 7331).slice(-7)}`;
  return first17 + usccCheckCharacter(first17);
}

interface DemoSupplier {
  name: string;
  kind: SupplierKind;
  scopes: SupplyScope[];
  unit: string;
  status: SupplierStatus;
  area: string;
  legalRepresentative: string;
  contactName: string;
  important?: boolean;
  counterparty?: boolean;
  /** The same legal entity as demo customer n: its name and USCC are the customer's (services/customer demo data). */
  customer?: { n: number; uscc: string };
  /** An applicant's procurement method, which chooses its admission chain (SUP-014). */
  method?: ProcurementMethod;
}

/** City of each area code used above (GB/T 2260). */
const CITIES: Record<string, string> = {
  '110000': '北京',
  '120000': '天津',
  '130100': '石家庄',
  '130200': '唐山',
  '130300': '秦皇岛',
  '130400': '邯郸',
  '130600': '保定',
  '130800': '承德',
  '130900': '沧州',
  '140100': '太原',
  '150100': '呼和浩特',
  '210800': '营口',
  '370300': '淄博',
};
const STREETS = ['建设路', '工业路', '新华路', '开发大道', '钢城大街'];

const BANKS = [
  '中国工商银行唐山分行',
  '中国建设银行石家庄分行',
  '中国银行天津分行',
  '中国农业银行北京分行',
  '交通银行太原分行',
  '招商银行天津分行',
];

const SUPPLIERS: readonly DemoSupplier[] = [
  {
    name: '唐山鑫盛耐火材料有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT'],
    unit: U.techCentre.id,
    status: 'REGISTERED',
    area: '130200',
    legalRepresentative: '高建华',
    contactName: '李明',
    important: true,
  },
  {
    name: '山西汾河焦煤股份有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT'],
    unit: U.rawMaterials.id,
    status: 'REGISTERED',
    area: '140100',
    legalRepresentative: '郝志刚',
    contactName: '王磊',
    important: true,
  },
  {
    name: '内蒙古蒙能煤业有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT', 'LOGISTICS'],
    unit: U.rawMaterials.id,
    status: 'REGISTERED',
    area: '150100',
    legalRepresentative: '巴特尔',
    contactName: '乌兰',
  },
  {
    name: '河北冀东物资贸易有限公司',
    kind: 'TRADER',
    scopes: ['PRODUCT'],
    unit: U.rawMaterials.id,
    status: 'REGISTERED',
    area: '130200',
    legalRepresentative: '刘振东',
    contactName: '孙晓燕',
    counterparty: true,
  },
  {
    name: '天津长城机械制造有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT'],
    unit: U.equipment.id,
    status: 'REGISTERED',
    area: '',
    legalRepresentative: '赵文静',
    contactName: '钱立新',
    counterparty: true,
    customer: { n: 6, uscc: '913301001000475140' },
  },
  {
    name: '广州恒信机械制造有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT', 'MAINTENANCE'],
    unit: U.equipment.id,
    status: 'REGISTERED',
    area: '',
    legalRepresentative: '陈国华',
    contactName: '周鹏',
    customer: { n: 12, uscc: '913301001000950289' },
  },
  {
    name: '上海华越商贸有限公司',
    kind: 'TRADER',
    scopes: ['PRODUCT'],
    unit: U.equipment.id,
    status: 'REGISTERED',
    area: '',
    legalRepresentative: '李秀英',
    contactName: '吴佳',
    counterparty: true,
    customer: { n: 1, uscc: '913301001000079197' },
  },
  {
    name: '苏州宏达物流有限公司',
    kind: 'LOGISTICS',
    scopes: ['LOGISTICS'],
    unit: U.logistics.id,
    status: 'REGISTERED',
    area: '',
    legalRepresentative: '张志强',
    contactName: '郑浩',
    counterparty: true,
    customer: { n: 2, uscc: '91330100100015838R' },
  },
  {
    name: '武汉新纪元物流有限公司',
    kind: 'LOGISTICS',
    scopes: ['LOGISTICS'],
    unit: U.logistics.id,
    status: 'APPLYING',
    area: '',
    legalRepresentative: '王建国',
    contactName: '冯丽',
    customer: { n: 8, uscc: '913301001000633525' },
  },
  {
    name: '广州金桥建设工程有限公司',
    kind: 'CONTRACTOR',
    scopes: ['CONSTRUCTION', 'INSTALLATION'],
    unit: U.projects.id,
    status: 'REGISTERED',
    area: '',
    legalRepresentative: '刘海燕',
    contactName: '何军',
    customer: { n: 3, uscc: '91330100100023757C' },
  },
  {
    name: '北方冶金工程设计研究院有限公司',
    kind: 'SERVICE',
    scopes: ['DESIGN', 'SURVEY'],
    unit: U.projects.id,
    status: 'REGISTERED',
    area: '110000',
    legalRepresentative: '沈国栋',
    contactName: '韩雪',
  },
  {
    name: '华北工程建设监理咨询有限公司',
    kind: 'SERVICE',
    scopes: ['SUPERVISION'],
    unit: U.projects.id,
    status: 'REGISTERED',
    area: '130100',
    legalRepresentative: '曹文斌',
    contactName: '邓超',
  },
  {
    name: '唐山恒达设备检修工程有限公司',
    kind: 'CONTRACTOR',
    scopes: ['MAINTENANCE'],
    unit: U.energy.id,
    status: 'REGISTERED',
    area: '130200',
    legalRepresentative: '许长河',
    contactName: '程亮',
    important: true,
  },
  {
    name: '河北华电机电安装工程有限公司',
    kind: 'CONTRACTOR',
    scopes: ['INSTALLATION', 'MAINTENANCE'],
    unit: U.energy.id,
    status: 'FROZEN',
    area: '130100',
    legalRepresentative: '袁立军',
    contactName: '蒋涛',
  },
  {
    name: '迁安市宏远劳务服务有限公司',
    kind: 'CONTRACTOR',
    scopes: ['LABOUR'],
    unit: U.labour.id,
    status: 'REGISTERED',
    area: '130200',
    legalRepresentative: '马福生',
    contactName: '杜娟',
  },
  {
    name: '滦州矿山劳务有限公司',
    kind: 'CONTRACTOR',
    scopes: ['LABOUR'],
    unit: U.techCentre.id,
    status: 'REGISTERED',
    area: '130200',
    legalRepresentative: '石永强',
    contactName: '范伟',
  },
  {
    name: '北京中科冶金技术服务有限公司',
    kind: 'SERVICE',
    scopes: ['TECH_SERVICE'],
    unit: U.techCentre.id,
    status: 'REGISTERED',
    area: '110000',
    legalRepresentative: '叶明远',
    contactName: '苏婷',
  },
  {
    name: '唐山港通物流有限公司',
    kind: 'LOGISTICS',
    scopes: ['LOGISTICS'],
    unit: U.logistics.id,
    status: 'REGISTERED',
    area: '130200',
    legalRepresentative: '潘海涛',
    contactName: '田野',
  },
  {
    name: '秦皇岛海运物流有限公司',
    kind: 'LOGISTICS',
    scopes: ['LOGISTICS'],
    unit: U.logistics.id,
    status: 'EXPIRED',
    area: '130300',
    legalRepresentative: '董建设',
    contactName: '余静',
  },
  {
    name: '营口东方耐火材料有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT'],
    unit: U.techCentre.id,
    status: 'APPLYING',
    area: '210800',
    legalRepresentative: '姜振海',
    contactName: '方圆',
    method: 'NEGOTIATED',
  },
  {
    name: '邯郸矿石贸易有限公司',
    kind: 'TRADER',
    scopes: ['PRODUCT'],
    unit: U.rawMaterials.id,
    status: 'REJECTED',
    area: '130400',
    legalRepresentative: '魏强',
    contactName: '崔红',
  },
  {
    name: '石家庄精工轴承有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT'],
    unit: U.equipment.id,
    status: 'REGISTERED',
    area: '130100',
    legalRepresentative: '任建平',
    contactName: '廖敏',
  },
  {
    name: '沧州管件阀门制造有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT'],
    unit: U.equipment.id,
    status: 'REGISTERED',
    area: '130900',
    legalRepresentative: '姚春生',
    contactName: '邹凯',
  },
  {
    name: '保定电气设备有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT', 'INSTALLATION'],
    unit: U.equipment.id,
    status: 'FROZEN',
    area: '130600',
    legalRepresentative: '熊伟',
    contactName: '金鑫',
  },
  {
    name: '承德钒钛新材料有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT'],
    unit: U.rawMaterials.id,
    status: 'REGISTERED',
    area: '130800',
    legalRepresentative: '陆建国',
    contactName: '贾琳',
  },
  {
    name: '山东鲁中焦化有限公司',
    kind: 'PRODUCER',
    scopes: ['PRODUCT'],
    unit: U.rawMaterials.id,
    status: 'REGISTERED',
    area: '370300',
    legalRepresentative: '夏长青',
    contactName: '侯杰',
    important: true,
  },
  {
    name: '天津港联合贸易有限公司',
    kind: 'TRADER',
    scopes: ['PRODUCT', 'LOGISTICS'],
    unit: U.rawMaterials.id,
    status: 'CANCELLED',
    area: '120000',
    legalRepresentative: '白玉成',
    contactName: '邵华',
  },
  {
    name: '河北速达建筑劳务有限公司',
    kind: 'CONTRACTOR',
    scopes: ['LABOUR', 'CONSTRUCTION'],
    unit: U.projects.id,
    status: 'BLACKLISTED',
    area: '130100',
    legalRepresentative: '孟德华',
    contactName: '龙飞',
  },
  {
    name: '唐山润泽工业润滑油有限公司',
    kind: 'TRADER',
    scopes: ['PRODUCT'],
    unit: U.equipment.id,
    status: 'APPLYING',
    area: '130200',
    legalRepresentative: '万长江',
    contactName: '段鹏',
    method: 'INVITED_TENDER',
  },
  {
    name: '北京智联工业软件技术有限公司',
    kind: 'SERVICE',
    scopes: ['TECH_SERVICE'],
    unit: U.techCentre.id,
    status: 'REGISTERED',
    area: '110000',
    legalRepresentative: '雷振宇',
    contactName: '汤洁',
  },
];

/** The blacklisted demo supplier: frozen twice in one registration period (SUP-034). */
const BLACKLISTED = 28;
const BLACKLISTED_ON = '2025-09-15';

const ITEMS: readonly {
  name: string;
  unit: string;
  category: SupplyItemCategory;
  annualSpend: string;
  exitOnly: boolean;
  suppliers: number[];
}[] = [
  { name: '镁碳砖', unit: U.techCentre.id, category: 'GOODS', annualSpend: '26000000.00', exitOnly: false, suppliers: [1] },
  { name: '主焦煤', unit: U.rawMaterials.id, category: 'GOODS', annualSpend: '850000000.00', exitOnly: false, suppliers: [2, 3, 4, 26] },
  { name: '轧机轴承', unit: U.equipment.id, category: 'GOODS', annualSpend: '4500000.00', exitOnly: false, suppliers: [5, 7, 22] },
  // 7 in supply against a cap of 6: 只出不进 until at most 6 remain (SUP-022).
  {
    name: '通用五金备件',
    unit: U.equipment.id,
    category: 'GOODS',
    annualSpend: '1800000.00',
    exitOnly: true,
    suppliers: [4, 5, 6, 7, 22, 23, 24],
  },
  { name: '铁路及公路运输', unit: U.logistics.id, category: 'SERVICE', annualSpend: '60000000.00', exitOnly: false, suppliers: [8, 18] },
  { name: '高炉年度检修', unit: U.energy.id, category: 'SERVICE', annualSpend: '12000000.00', exitOnly: false, suppliers: [6, 13] },
  { name: '厂区土建工程', unit: U.projects.id, category: 'CONSTRUCTION', annualSpend: '35000000.00', exitOnly: false, suppliers: [10] },
  { name: '钒铁合金', unit: U.rawMaterials.id, category: 'GOODS', annualSpend: '9000000.00', exitOnly: false, suppliers: [25] },
];

function demoPhone(n: number): string {
  return `139${String(10000000 + n * 271828).slice(-8)}`;
}

/** The demo suppliers: every kind, status and owning unit; six are also demo customers. */
export function demoSuppliers(): SupplierEntity[] {
  return SUPPLIERS.map((s, i) => {
    const n = i + 1;
    const created = new Date(Date.UTC(2024, n % 12, 1 + (n % 27), 1, 30, 0));
    return Object.assign(new SupplierEntity(), {
      id: demoSupplierId(n),
      code: formatSupplierCode(n),
      name: s.name,
      usccCode: s.customer?.uscc ?? demoSupplierUscc(n, s.area),
      customerId: s.customer ? demoCustomerId(s.customer.n) : null,
      kind: s.kind,
      scopes: s.scopes,
      owningUnitId: s.unit,
      isCounterparty: s.counterparty ?? false,
      isDirect: s.kind !== 'TRADER',
      important: s.important ?? false,
      status: s.status,
      bankName: BANKS[n % BANKS.length],
      bankAccountNo: `6222${String(n).padStart(4, '0')}${String(31415926535 + n * 97).slice(-11)}`,
      legalRepresentative: s.legalRepresentative,
      // A supplier that is also a customer has the customer's address (services/customer demo data).
      address: s.customer
        ? `${s.name.slice(0, 2)}市经济技术开发区${s.customer.n}号路${100 + s.customer.n}号`
        : `${CITIES[s.area]}市${STREETS[n % STREETS.length]}${n * 7 + 3}号`,
      contactName: s.contactName,
      contactPhone: demoPhone(n),
      version: 1,
      createdAt: created,
      createdBy: PROCUREMENT.id,
      updatedAt: created,
      updatedBy: PROCUREMENT.id,
    });
  });
}

export function demoSupplyItems(): SupplyItemEntity[] {
  return ITEMS.map((item, i) =>
    Object.assign(new SupplyItemEntity(), {
      id: demoItemId(i + 1),
      code: `PZ${String(i + 1).padStart(4, '0')}`,
      name: item.name,
      owningUnitId: item.unit,
      category: item.category,
      annualSpend: item.annualSpend,
      exitOnly: item.exitOnly,
      version: 1,
      createdBy: PROCUREMENT.id,
      updatedBy: PROCUREMENT.id,
    }),
  );
}

export function demoInSupplyLinks(): InSupplyLinkEntity[] {
  return ITEMS.flatMap((item, i) =>
    item.suppliers.map((n) =>
      Object.assign(new InSupplyLinkEntity(), {
        supplyItemId: demoItemId(i + 1),
        supplierId: demoSupplierId(n),
        since: `${2020 + (n % 5)}-0${1 + (n % 9)}-01`,
      }),
    ),
  );
}

export function demoBlacklist(suppliers: readonly SupplierEntity[]): BlacklistEntryEntity[] {
  const banned = suppliers[BLACKLISTED - 1];
  return [
    Object.assign(new BlacklistEntryEntity(), {
      id: '00000000-0000-4004-8002-000000000001',
      supplierId: banned.id,
      usccCode: banned.usccCode,
      bankAccountNo: banned.bankAccountNo,
      reason: 'FROZEN_TWICE',
      listedOn: BLACKLISTED_ON,
      bannedThrough: bannedThrough(BLACKLISTED_ON, DEFAULT_SUPPLIER_POLICY),
      createdBy: 'SYSTEM',
    }),
  ];
}

/**
 * SUP-008: each applicant's admission request, pending at its first step (归口管理单位), submitted by the procurement
 * staff member who entered the applicant. Suppliers admitted before approvals were recorded have none.
 */
export function demoAdmissions(suppliers: readonly SupplierEntity[]): ApprovalRequestEntity[] {
  return suppliers
    .map((supplier, i) => ({ supplier, method: SUPPLIERS[i].method ?? null }))
    .filter(({ supplier }) => supplier.status === 'APPLYING')
    .map(({ supplier, method }, i) => {
      const attributes = admissionAttributes(method);
      const chain = resolveChain(ADMISSION_APPROVAL_TEMPLATES, ADMISSION_TEMPLATE, attributes);
      return Object.assign(new ApprovalRequestEntity(), {
        id: `00000000-0000-4004-8003-${String(i + 1).padStart(12, '0')}`,
        template: ADMISSION_TEMPLATE,
        subjectType: SUPPLIER_SUBJECT,
        subjectId: supplier.id,
        requesterId: supplier.createdBy,
        attributes: JSON.stringify(attributes),
        steps: JSON.stringify(stepsFor(chain)),
        currentStep: 0,
        currentRole: chain[0],
        state: 'PENDING' as const,
        reason: method === 'NEGOTIATED' ? '耐火材料合格货源少,拟以协商方式补充供应' : null,
        version: 1,
        createdAt: supplier.createdAt,
        updatedAt: supplier.createdAt,
      });
    });
}

/** Seeds an empty database once; a database that already has suppliers is left alone. */
export async function seedDemoData(dataSource: DataSource, log: Logger): Promise<void> {
  if ((await dataSource.getRepository(SupplierEntity).count()) > 0) return;
  const suppliers = demoSuppliers();
  await writeTransaction(dataSource, async (manager) => {
    await manager.insert(SupplierEntity, suppliers);
    await manager.insert(SupplyItemEntity, demoSupplyItems());
    await manager.insert(InSupplyLinkEntity, demoInSupplyLinks());
    await manager.insert(BlacklistEntryEntity, demoBlacklist(suppliers));
    await manager.insert(ApprovalRequestEntity, demoAdmissions(suppliers));
    await manager.insert(NumberSequenceEntity, { name: SUPPLIER_CODE_SEQUENCE, lastValue: suppliers.length });
  });
  log.info({ suppliers: suppliers.length, items: ITEMS.length }, 'demo data loaded');
}
