import type { DataSource } from 'typeorm';
import { announceComplaintFacts } from '../modules/intake/intake.events';
import type { Logger } from 'pino';
import { DEMO_CUSTOMER_COUNT, demoCustomerId, NumberSequenceEntity, writeTransaction } from '@crm/platform';
import type { ComplainantRecord } from '../modules/intake/entities/complaint.entity';
import { ComplaintEntity } from '../modules/intake/entities/complaint.entity';
import { complaintNumberSequence, formatComplaintNumber, numberingPeriod } from '../modules/intake/complaint-number.rules';
import { isOpenComplaintState } from '../modules/intake/complaint-state.rules';
import { severityFor } from '../modules/intake/intake.rules';
import type {
  CaseType,
  ComplaintChannel,
  ComplaintContentType,
  ComplaintCustomerGrade,
  ComplaintNature,
  ComplaintState,
  ComplaintTargetType,
} from '../generated/resolvers-types';

export const DEMO_COMPLAINT_COUNT = 40;

interface Scenario {
  caseType: CaseType;
  nature: ComplaintNature | null;
  contentType: ComplaintContentType | null;
  targetType: ComplaintTargetType;
  targetRef: string;
  narrative: string;
  desiredResolution: string | null;
  complainants: 1 | 3;
  quality?: { partNo: string; quantity: number; defectiveQty: number; customerRequest: string };
  /** 责任部门 and 处理人 once handling has started. */
  department: string;
  handler: string;
}

const SCENARIOS: readonly Scenario[] = [
  {
    caseType: 'COMPLAINT',
    nature: 'QUALITY',
    contentType: 'BUSINESS',
    targetType: 'PRODUCT',
    targetRef: 'JX-500 型',
    narrative: '本批到货的 JX-500 型产品中有 12 箱外包装破损、瓶盖松动,部分渗漏。',
    desiredResolution: '退换破损产品并说明原因',
    complainants: 1,
    quality: { partNo: 'JX-500-12', quantity: 200, defectiveQty: 12, customerRequest: '退换破损产品' },
    department: 'd-quality',
    handler: 's-sunli',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'NON_QUALITY',
    contentType: 'SERVICE',
    targetType: 'STAFF',
    targetRef: 's-lina',
    narrative: '业务员多次承诺的回访未兑现,电话沟通时态度生硬。',
    desiredResolution: '更换对接业务员并书面致歉',
    complainants: 1,
    department: 'd-cs',
    handler: 's-wuhui',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'NON_QUALITY',
    contentType: 'BUSINESS',
    targetType: 'SERVICE',
    targetRef: '物流配送',
    narrative: '到货数量与发货单不符,少发 3 件,签收时已当场注明。',
    desiredResolution: '补发短少货物',
    complainants: 1,
    department: 'd-sales-east',
    handler: 's-chenjing',
  },
  {
    caseType: 'CONSULTATION',
    nature: null,
    contentType: null,
    targetType: 'SERVICE',
    targetRef: '价格政策',
    narrative: '咨询新版价格政策及年度返利的结算方式。',
    desiredResolution: null,
    complainants: 1,
    department: 'd-sales',
    handler: 's-yangmin',
  },
  {
    caseType: 'SUGGESTION',
    nature: null,
    contentType: null,
    targetType: 'SERVICE',
    targetRef: '订单服务',
    narrative: '建议开通线上订单进度查询,减少电话确认的次数。',
    desiredResolution: null,
    complainants: 1,
    department: 'd-cs',
    handler: 's-zhouxin',
  },
  {
    caseType: 'QUALITY_ANOMALY',
    nature: 'QUALITY',
    contentType: 'BUSINESS',
    targetType: 'PRODUCT',
    targetRef: 'BZ-330 标签',
    narrative: '抽检发现一批标签印刷模糊,未造成损失,请质量部门处理。',
    desiredResolution: '后续批次改善印刷质量',
    complainants: 1,
    quality: { partNo: 'BZ-330-01', quantity: 5000, defectiveQty: 300, customerRequest: '改善印刷并确认下批质量' },
    department: 'd-quality',
    handler: 's-sunli',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'QUALITY',
    contentType: 'BUSINESS',
    targetType: 'PRODUCT',
    targetRef: 'JX-750 型',
    narrative: '三家经销商联合投诉:同批次产品出现沉淀物,已有终端消费者在网络平台曝光。',
    desiredResolution: '全批召回检测并公开说明',
    complainants: 3,
    quality: { partNo: 'JX-750-06', quantity: 1200, defectiveQty: 180, customerRequest: '召回同批次产品' },
    department: 'd-quality',
    handler: 's-sunli',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'NON_QUALITY',
    contentType: 'BUSINESS',
    targetType: 'SERVICE',
    targetRef: '交付时效',
    narrative: '合同约定 5 个工作日内交货,实际延迟 12 天,影响客户生产计划。',
    desiredResolution: '按合同承担延期责任',
    complainants: 1,
    department: 'd-sales-south',
    handler: 's-wangfang',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'NON_QUALITY',
    contentType: 'BUSINESS',
    targetType: 'DEPARTMENT',
    targetRef: 'd-finance',
    narrative: '对账单金额与发票金额不一致,多次反映未得到答复。',
    desiredResolution: '核对账目并重开发票',
    complainants: 1,
    department: 'd-finance',
    handler: 's-xujun',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'NON_QUALITY',
    contentType: 'SERVICE',
    targetType: 'STAFF',
    targetRef: 's-zhuhong',
    narrative: '来访时前台长时间未安排接待,也未告知等候原因。',
    desiredResolution: '改进接待流程',
    complainants: 1,
    department: 'd-admin',
    handler: 's-wuhui',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'NON_QUALITY',
    contentType: 'BUSINESS',
    targetType: 'SERVICE',
    targetRef: '保险理赔',
    narrative: '运输途中货损,保险理赔资料提交一个月仍无进展。',
    desiredResolution: '尽快完成理赔',
    complainants: 1,
    department: 'd-sales-north',
    handler: 's-liuyang',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'QUALITY',
    contentType: 'BUSINESS',
    targetType: 'PRODUCT',
    targetRef: 'PJ-220 配件',
    narrative: '设备配件使用两周后出现异常磨损,要求技术人员上门检测。',
    desiredResolution: '上门检测并更换配件',
    complainants: 1,
    quality: { partNo: 'PJ-220-03', quantity: 40, defectiveQty: 6, customerRequest: '上门检测并免费更换' },
    department: 'd-quality',
    handler: 's-sunli',
  },
];

const CHANNELS: readonly ComplaintChannel[] = [
  'HOTLINE',
  'WRITTEN',
  'IN_PERSON',
  'FORWARDED',
  'EMAIL',
  'ONLINE',
  'CHAT_TOOL',
  'COMPLAINT_BOX',
  'MOBILE',
];
const PEOPLE = ['王建国', '李秀英', '张志强', '刘海燕', '陈国华', '杨光', '赵文静', '黄志明', '周立新', '吴晓燕'];
const UNITS = ['采购部', '质检部', '仓储部', '总经办'];
/** Mirrors the customer demo set (grade by n mod 8, BIG every fifth) so snapshots agree with the master records. */
const CUSTOMER_GRADES: readonly (ComplaintCustomerGrade | null)[] = ['A', 'B', 'B', 'C', 'C', 'C', 'D', null];
/** Recent cases are still in hand; older ones have ended. */
const RECENT_COMPLAINT_STATES: readonly ComplaintState[] = [
  'REGISTERED',
  'INVESTIGATING',
  'PLANNED',
  'IMPLEMENTING',
  'WAITING_CUSTOMER',
  'CLOSED',
];
const PAST_COMPLAINT_STATES: readonly ComplaintState[] = ['ARCHIVED', 'RETURN_VISITED', 'CLOSED', 'ARCHIVED', 'INVALID', 'ARCHIVED'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function stateOf(scenario: Scenario, i: number, monthsAgo: number): ComplaintState {
  if (scenario.caseType === 'CONSULTATION' || scenario.caseType === 'SUGGESTION') {
    // REGISTERED → CLOSED (reply) → ARCHIVED
    if (monthsAgo <= 1) return i % 2 === 0 ? 'REGISTERED' : 'CLOSED';
    return monthsAgo <= 3 ? 'CLOSED' : 'ARCHIVED';
  }
  const state = (monthsAgo <= 3 ? RECENT_COMPLAINT_STATES : PAST_COMPLAINT_STATES)[i % 6];
  return state === 'INVALID' && scenario.caseType !== 'COMPLAINT' ? 'CLOSED' : state;
}

function complainantsFor(i: number, count: number): ComplainantRecord[] {
  return Array.from({ length: count }, (_, k) => ({
    name: PEOPLE[(i + k * 3) % PEOPLE.length],
    phone: `139${String(10_000_000 + ((i * 7919 + k * 104_729) % 90_000_000)).padStart(8, '0')}`,
    organisation: UNITS[(i + k) % UNITS.length],
  }));
}

/**
 * The demo complaints: 40 cases over the 12 whole months before `now`'s month, across customers, case types,
 * channels, severities and states, numbered per month in registration order (CMP-011, CMP-012). Pure and deterministic
 * for a given month.
 */
export function demoComplaints(now: Date): ComplaintEntity[] {
  const period = numberingPeriod(now);
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(4)) - 1;
  const drafts = Array.from({ length: DEMO_COMPLAINT_COUNT }, (_, i) => {
    const scenario = SCENARIOS[i % SCENARIOS.length];
    const monthsAgo = 12 - Math.floor((i * 12) / DEMO_COMPLAINT_COUNT);
    const n = 1 + ((i * 7) % DEMO_CUSTOMER_COUNT);
    // 01:00–09:59 UTC is 09:00–17:59 in Shanghai, so the UTC date is the business date.
    const receivedAt = new Date(Date.UTC(year, month - monthsAgo, 2 + ((i * 5) % 25), 1 + (i % 9), (i * 13) % 60));
    const channel = CHANNELS[i % CHANNELS.length];
    const registeredAt = new Date(receivedAt.getTime() + (channel === 'HOTLINE' || channel === 'ONLINE' ? 0 : ((i % 4) + 1) * HOUR));
    const state = stateOf(scenario, i, monthsAgo);
    const handled = state !== 'REGISTERED';
    const complainants = complainantsFor(i, scenario.complainants);
    const registrar = i % 5 === 0 ? 's-wuhui' : 's-zhouxin';
    const severity = severityFor(i % 10 === 3 && scenario.caseType === 'COMPLAINT' ? 'MAJOR' : 'GENERAL', complainants.length);
    const delivered = new Date(receivedAt.getTime() - (5 + (i % 10)) * DAY);
    const complaint: Omit<ComplaintEntity, 'number'> = {
      id: `00000000-0000-4000-a003-${String(i + 1).padStart(12, '0')}`,
      caseType: scenario.caseType,
      channel,
      state,
      cycle: 1,
      customerId: demoCustomerId(n),
      customerGradeAtIntake: CUSTOMER_GRADES[n % CUSTOMER_GRADES.length],
      customerSizeAtIntake: n % 5 === 0 ? 'BIG' : 'ORDINARY',
      complainantType: i % 4 === 2 ? 'SALES_STAFF' : 'CUSTOMER',
      complainants,
      targetType: scenario.targetType,
      targetRef: scenario.targetRef,
      narrative: scenario.narrative,
      incidentAt: new Date(receivedAt.getTime() - (1 + (i % 6)) * DAY),
      receivedAt,
      registeredAt,
      registeredBy: registrar,
      idempotencyKey: null,
      desiredResolution: scenario.desiredResolution,
      orderNo: scenario.quality ? `SO${year - 1}${String(1000 + i * 37).padStart(6, '0')}` : null,
      partNo: scenario.quality?.partNo ?? null,
      quantity: scenario.quality?.quantity ?? null,
      defectiveQty: scenario.quality?.defectiveQty ?? null,
      deliveryDate: scenario.quality ? delivered.toISOString().slice(0, 10) : null,
      customerRequest: scenario.quality?.customerRequest ?? null,
      nature: scenario.nature,
      contentType: scenario.contentType,
      severity,
      validity: state === 'INVALID' ? 'INVALID' : ['REGISTERED', 'INVESTIGATING', 'WAITING_CUSTOMER'].includes(state) ? 'PENDING' : 'VALID',
      important: severity === 'MAJOR',
      responsibleDeptId: handled ? scenario.department : null,
      handlerId: handled ? scenario.handler : null,
      closedAt: isOpenComplaintState(state) ? null : new Date(receivedAt.getTime() + (2 + (i % 3)) * DAY),
      version: 1,
      createdAt: registeredAt,
      createdBy: registrar,
      updatedAt: registeredAt,
      updatedBy: registrar,
    };
    return complaint;
  });
  drafts.sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime());
  const serials = new Map<string, number>();
  return drafts.map((draft) => {
    const registeredIn = numberingPeriod(draft.registeredAt);
    const serial = (serials.get(registeredIn) ?? 0) + 1;
    serials.set(registeredIn, serial);
    return Object.assign(new ComplaintEntity(), { ...draft, number: formatComplaintNumber(registeredIn, serial) });
  });
}

/** Each month's counter, set to the number of demo cases registered in it, so the next registration continues. */
export function demoSequences(complaints: readonly ComplaintEntity[]): NumberSequenceEntity[] {
  const counts = new Map<string, number>();
  for (const c of complaints) {
    const name = complaintNumberSequence(numberingPeriod(c.registeredAt));
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, lastValue]) => Object.assign(new NumberSequenceEntity(), { name, lastValue }));
}

/** Seeds an empty database once; a database that already has complaints is left alone. */
export async function seedDemoData(dataSource: DataSource, log: Logger, now: Date = new Date()): Promise<void> {
  if ((await dataSource.getRepository(ComplaintEntity).count()) > 0) return;
  const complaints = demoComplaints(now);
  await writeTransaction(dataSource, async (manager) => {
    await manager.insert(ComplaintEntity, complaints);
    await manager.insert(NumberSequenceEntity, demoSequences(complaints));
    // The customer subgraph learns the demo customers' complaint counts as it would any customer's.
    await announceComplaintFacts(
      manager,
      complaints.map((c) => c.customerId),
      now,
    );
  });
  log.info({ complaints: complaints.length }, 'demo data loaded');
}
