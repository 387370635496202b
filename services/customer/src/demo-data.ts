import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { DEMO_CUSTOMER_COUNT, DEMO_SALES_OWNERS, demoCustomerId, NumberSequenceEntity, usccCheckCharacter, writeTransaction } from '@crm/platform';
import { CustomerEntity } from './entities/customer.entity';
import { formatCustomerCode, CUSTOMER_CODE_SEQUENCE } from './domain/customer-code';
import type { CustomerGrade, CustomerType, Industry, LifecycleStage } from './generated/resolvers-types';

const CITIES = [
  ['杭州', '华东', '310000', '0571'],
  ['上海', '华东', '200000', '021'],
  ['苏州', '华东', '215000', '0512'],
  ['广州', '华南', '510000', '020'],
  ['深圳', '华南', '518000', '0755'],
  ['北京', '华北', '100000', '010'],
  ['天津', '华北', '300000', '022'],
  ['成都', '西南', '610000', '028'],
  ['武汉', '华中', '430000', '027'],
] as const;
const WORDS = ['恒信', '华越', '宏达', '金桥', '瑞丰', '鼎盛', '长城', '远航', '新纪元', '同创', '博源', '嘉禾'];
const TRADES: readonly [string, Industry, CustomerType][] = [
  ['机械制造有限公司', 'INDUSTRIAL', 'OEM_FACTORY'],
  ['商贸有限公司', 'TRADE', 'DEALER'],
  ['物流有限公司', 'TRANSPORT', 'END_USER'],
  ['建设工程有限公司', 'CONSTRUCTION', 'END_USER'],
  ['农业科技股份有限公司', 'AGRICULTURE', 'AGENT'],
  ['百货连锁有限公司', 'TRADE', 'RETAILER'],
];
const PEOPLE = ['王建国', '李秀英', '张志强', '刘海燕', '陈国华', '杨光', '赵文静', '黄志明'];
const GRADES: readonly (CustomerGrade | null)[] = ['A', 'B', 'B', 'C', 'C', 'C', 'D', null];
const STAGES: readonly LifecycleStage[] = ['LOYAL', 'LOYAL', 'NEW', 'NEW', 'POTENTIAL', 'CHURNED'];

/** A valid USCC for demo customer n: 91 (enterprise) + an area code + a numbered organisation code + check character. */
export function demoUscc(n: number, areaCode: string): string {
  const first17 = `91${areaCode}${String(100000000 + n * 7919).slice(0, 9)}`;
  return first17 + usccCheckCharacter(first17);
}

/** The demo data set: a few dozen realistic customers across grades, stages, regions and owners. */
export function demoCustomers(): CustomerEntity[] {
  const customers: CustomerEntity[] = [];
  for (let n = 1; n <= DEMO_CUSTOMER_COUNT; n += 1) {
    const [city, region, postcode, areaPhone] = CITIES[n % CITIES.length];
    const [trade, industry, type] = TRADES[n % TRADES.length];
    const owner = DEMO_SALES_OWNERS[n % DEMO_SALES_OWNERS.length];
    const grade = GRADES[n % GRADES.length];
    const created = new Date(Date.UTC(2025, n % 12, 1 + (n % 27), 2, 0, 0));
    customers.push(
      Object.assign(new CustomerEntity(), {
        id: demoCustomerId(n),
        code: formatCustomerCode(n),
        name: `${city}${WORDS[n % WORDS.length]}${trade}`,
        usccCode: demoUscc(n, '330100'),
        entityKind: 'COMPANY',
        type,
        specialKind: null,
        industry,
        region,
        legalRepresentative: PEOPLE[n % PEOPLE.length],
        address: `${city}市经济技术开发区${n}号路${100 + n}号`,
        postcode,
        phone: `${areaPhone}-8${String(6000000 + n * 37).slice(0, 7)}`,
        fax: null,
        website: null,
        businessScope: '生产、销售及相关技术服务',
        registeredCapital: `${(n % 9) * 500 + 500}0000.00`,
        foundedOn: `${2000 + (n % 20)}-0${1 + (n % 9)}-15`,
        size: n % 5 === 0 ? 'BIG' : 'ORDINARY',
        grade,
        gradeProvisional: grade === 'C' && n % 3 === 0,
        lifecycleStage: STAGES[n % STAGES.length],
        status: 'ACTIVE',
        filingStatus: n % 7 === 0 ? 'DRAFT' : 'FILED',
        confidentiality: n % 11 === 0 ? 'SECRET' : 'NONE',
        ownerId: owner.id,
        ownerDepartmentId: owner.departmentId,
        version: 1,
        createdAt: created,
        createdBy: owner.id,
        updatedAt: created,
        updatedBy: owner.id,
        deletedAt: null,
      }),
    );
  }
  return customers;
}

/** Seeds an empty database once; a database that already has customers is left alone. */
export async function seedDemoData(dataSource: DataSource, log: Logger): Promise<void> {
  const repo = dataSource.getRepository(CustomerEntity);
  if ((await repo.count({ withDeleted: true })) > 0) return;
  await writeTransaction(dataSource, async (manager) => {
    await manager.insert(CustomerEntity, demoCustomers());
    await manager.insert(NumberSequenceEntity, { name: CUSTOMER_CODE_SEQUENCE, lastValue: DEMO_CUSTOMER_COUNT });
  });
  log.info({ customers: DEMO_CUSTOMER_COUNT }, 'demo data loaded');
}
