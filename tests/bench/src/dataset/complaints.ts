import type { ComplainantRecord, ComplaintEntity } from '@crm/complaint/dist/modules/intake/entities/complaint.entity';
import { complaintNumberSequence, formatComplaintNumber, numberingPeriod } from '@crm/complaint/dist/modules/intake/complaint-number.rules';
import { INTAKE_POLICY } from '@crm/complaint/dist/modules/intake/intake-policy';
import { isOpenComplaintState } from '@crm/complaint/dist/modules/intake/complaint-state.rules';
import { CustomerSketch, mobileOf, personName } from './customers';
import { DatasetPlan, DAY_MS } from './plan';
import { Random, sortedUuids } from './random';

type State = ComplaintEntity['state'];
type CaseType = ComplaintEntity['caseType'];

interface Scenario {
  caseType: CaseType;
  nature: ComplaintEntity['nature'];
  contentType: ComplaintEntity['contentType'];
  targetType: ComplaintEntity['targetType'];
  targetRef: string;
  narrative: string;
  desiredResolution: string | null;
  quality?: { partNo: string; customerRequest: string };
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
    narrative: '到货产品外包装破损、瓶盖松动,部分渗漏,影响正常销售。',
    desiredResolution: '退换破损产品并说明原因',
    quality: { partNo: 'JX-500-12', customerRequest: '退换破损产品' },
    department: 'd-quality',
    handler: 's-sunli',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'QUALITY',
    contentType: 'BUSINESS',
    targetType: 'PRODUCT',
    targetRef: 'PJ-220 配件',
    narrative: '设备配件使用两周后出现异常磨损,要求技术人员上门检测。',
    desiredResolution: '上门检测并更换配件',
    quality: { partNo: 'PJ-220-03', customerRequest: '上门检测并免费更换' },
    department: 'd-quality',
    handler: 's-sunli',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'NON_QUALITY',
    contentType: 'SERVICE',
    targetType: 'STAFF',
    targetRef: 's-lina',
    narrative: '业务员承诺的回访多次未兑现,电话沟通时态度生硬。',
    desiredResolution: '更换对接业务员并书面致歉',
    department: 'd-cs',
    handler: 's-wuhui',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'NON_QUALITY',
    contentType: 'BUSINESS',
    targetType: 'SERVICE',
    targetRef: '物流配送',
    narrative: '到货数量与发货单不符,少发若干件,签收时已当场注明。',
    desiredResolution: '补发短少货物',
    department: 'd-sales-east',
    handler: 's-chenjing',
  },
  {
    caseType: 'COMPLAINT',
    nature: 'NON_QUALITY',
    contentType: 'BUSINESS',
    targetType: 'SERVICE',
    targetRef: '交付时效',
    narrative: '合同约定的交货期延迟十余天,影响客户生产计划。',
    desiredResolution: '按合同承担延期责任',
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
    department: 'd-admin',
    handler: 's-wuhui',
  },
  {
    caseType: 'CONSULTATION',
    nature: null,
    contentType: null,
    targetType: 'SERVICE',
    targetRef: '价格政策',
    narrative: '咨询新版价格政策及年度返利的结算方式。',
    desiredResolution: null,
    department: 'd-sales',
    handler: 's-yangmin',
  },
  {
    caseType: 'CONSULTATION',
    nature: null,
    contentType: null,
    targetType: 'SERVICE',
    targetRef: '信用账期',
    narrative: '咨询提高信用额度和延长账期需要提交的资料。',
    desiredResolution: null,
    department: 'd-finance',
    handler: 's-xujun',
  },
  {
    caseType: 'SUGGESTION',
    nature: null,
    contentType: null,
    targetType: 'SERVICE',
    targetRef: '订单服务',
    narrative: '建议开通线上订单进度查询,减少电话确认的次数。',
    desiredResolution: null,
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
    quality: { partNo: 'BZ-330-01', customerRequest: '改善印刷并确认下批质量' },
    department: 'd-quality',
    handler: 's-sunli',
  },
];

const CASE_TYPES: readonly (readonly [CaseType, number])[] = [
  ['COMPLAINT', 70],
  ['CONSULTATION', 12],
  ['SUGGESTION', 8],
  ['QUALITY_ANOMALY', 10],
];
const CHANNELS: readonly (readonly [ComplaintEntity['channel'], number])[] = [
  ['HOTLINE', 35],
  ['WRITTEN', 5],
  ['IN_PERSON', 6],
  ['FORWARDED', 8],
  ['EMAIL', 10],
  ['ONLINE', 15],
  ['CHAT_TOOL', 12],
  ['COMPLAINT_BOX', 2],
  ['MOBILE', 7],
];
/** Where a case stands by its age: recent ones are still in hand, old ones have ended. */
const STATES_RECENT: readonly (readonly [State, number])[] = [
  ['REGISTERED', 35],
  ['INVESTIGATING', 25],
  ['PLANNED', 10],
  ['IMPLEMENTING', 10],
  ['WAITING_CUSTOMER', 5],
  ['CLOSED', 15],
];
const STATES_QUARTER: readonly (readonly [State, number])[] = [
  ['REGISTERED', 4],
  ['INVESTIGATING', 8],
  ['PLANNED', 6],
  ['IMPLEMENTING', 8],
  ['WAITING_CUSTOMER', 4],
  ['CLOSED', 45],
  ['RETURN_VISITED', 22],
  ['INVALID', 3],
];
const STATES_OLD: readonly (readonly [State, number])[] = [
  ['CLOSED', 20],
  ['RETURN_VISITED', 24],
  ['ARCHIVED', 50],
  ['INVALID', 4],
  ['IMPLEMENTING', 1],
  ['WAITING_CUSTOMER', 1],
];
/** Registering agents (客服). */
const AGENTS: readonly (readonly [string, number])[] = [
  ['s-zhouxin', 6],
  ['s-wuhui', 2],
  ...Array.from({ length: 12 }, (_, i) => [`s-cs-${String(i + 1).padStart(2, '0')}`, 1] as const),
];
const ORGANISATIONS = ['采购部', '质检部', '仓储部', '总经办', '财务部', '生产部'];

function stateFor(random: Random, caseType: CaseType, ageDays: number): State {
  if (caseType === 'CONSULTATION' || caseType === 'SUGGESTION') {
    // REGISTERED → CLOSED (reply) → ARCHIVED
    if (ageDays <= 30) return random.chance(0.4) ? 'REGISTERED' : 'CLOSED';
    return ageDays <= 90 ? 'CLOSED' : 'ARCHIVED';
  }
  const state = random.weighted(ageDays <= 30 ? STATES_RECENT : ageDays <= 90 ? STATES_QUARTER : STATES_OLD);
  return state === 'INVALID' && caseType !== 'COMPLAINT' ? 'CLOSED' : state;
}

/**
 * Registration instants for `count` cases over the history, in order: mostly Shanghai office hours
 * (00:30–10:00 UTC), a tenth at any hour (online and hotline).
 */
function registrationInstants(plan: DatasetPlan, random: Random, count: number): Float64Array {
  const times = new Float64Array(count);
  const end = plan.now.getTime() - 3_600_000;
  for (let i = 0; i < count; i += 1) {
    const day = Math.floor(plan.now.getTime() / DAY_MS) - random.int(0, plan.historyDays);
    const ms = random.chance(0.9) ? random.int(1_800_000, 36_000_000) : random.int(0, DAY_MS - 1);
    times[i] = Math.min(end, day * DAY_MS + ms);
  }
  return times.sort();
}

export interface ComplaintNumbering {
  /** number_sequence rows: each month's counter at the number of cases registered in it (CMP-012). */
  sequences: { name: string; lastValue: number }[];
}

/**
 * Complaints in registration order, numbered per Shanghai month as the complaint service numbers them (CMP-011),
 * so registrations during the benchmark continue each month's counter without a clash.
 */
export function* complaintRows(
  plan: DatasetPlan,
  customers: readonly CustomerSketch[],
  numbering: ComplaintNumbering,
): Generator<Partial<ComplaintEntity>> {
  const random = new Random(plan.seed, 'complaint');
  const live = customers.filter((c) => !c.deleted);
  const serials = new Map<string, number>();
  const instants = registrationInstants(plan, random, plan.counts.complaints);
  const ids = sortedUuids(new Random(plan.seed, 'complaint-ids'), plan.counts.complaints);
  let next = 0;
  const caseTypes = new Map<CaseType, Scenario[]>();
  for (const s of SCENARIOS) caseTypes.set(s.caseType, [...(caseTypes.get(s.caseType) ?? []), s]);
  for (const instant of instants) {
    const registeredAt = new Date(instant);
    const caseType = random.weighted(CASE_TYPES);
    const scenario = random.pick(caseTypes.get(caseType)!);
    const channel = random.weighted(CHANNELS);
    const immediate = INTAKE_POLICY.receivedAtDefaultChannels.includes(channel);
    const receivedAt = new Date(instant - (immediate ? 0 : random.int(10, 240) * 60_000));
    const customer = live[random.skewedIndex(live.length, 2)];
    const ageDays = (plan.now.getTime() - instant) / DAY_MS;
    const state = stateFor(random, caseType, ageDays);
    const handled = state !== 'REGISTERED';
    const people = random.chance(0.95) ? 1 : random.chance(0.6) ? 2 : random.int(3, 5);
    const complainants: ComplainantRecord[] = Array.from({ length: people }, () => ({
      name: personName(random),
      phone: mobileOf(random),
      organisation: random.chance(0.6) ? random.pick(ORGANISATIONS) : null,
    }));
    const severity =
      people >= INTAKE_POLICY.collectiveComplainantThreshold || (caseType === 'COMPLAINT' && random.chance(0.05)) ? 'MAJOR' : 'GENERAL';
    const registrar = random.weighted(AGENTS);
    const quantity = scenario.quality ? random.int(20, 5000) : null;
    const period = numberingPeriod(registeredAt);
    const serial = (serials.get(period) ?? 0) + 1;
    serials.set(period, serial);
    const closedAt = isOpenComplaintState(state) ? null : new Date(Math.min(plan.now.getTime(), instant + random.int(1, 20) * DAY_MS));
    yield {
      id: ids[next++],
      number: formatComplaintNumber(period, serial),
      caseType,
      channel,
      state,
      cycle: 1,
      customerId: customer.id,
      customerGradeAtIntake: customer.grade,
      customerSizeAtIntake: customer.size,
      complainantType: random.chance(0.2) ? 'SALES_STAFF' : 'CUSTOMER',
      complainants,
      targetType: scenario.targetType,
      targetRef: scenario.targetRef,
      narrative: scenario.narrative,
      incidentAt: random.chance(0.7) ? new Date(receivedAt.getTime() - random.int(1, 10) * DAY_MS) : null,
      receivedAt,
      registeredAt,
      registeredBy: registrar,
      idempotencyKey: null,
      desiredResolution: scenario.desiredResolution,
      orderNo: scenario.quality ? `SO${period}${String(random.int(1, 99_999)).padStart(5, '0')}` : null,
      partNo: scenario.quality?.partNo ?? null,
      quantity,
      defectiveQty: quantity === null ? null : random.int(1, Math.max(1, Math.floor(quantity / 10))),
      deliveryDate: scenario.quality ? new Date(receivedAt.getTime() - random.int(5, 20) * DAY_MS).toISOString().slice(0, 10) : null,
      customerRequest: scenario.quality?.customerRequest ?? null,
      nature: scenario.nature,
      contentType: scenario.contentType,
      severity,
      validity: state === 'INVALID' ? 'INVALID' : ['REGISTERED', 'INVESTIGATING', 'WAITING_CUSTOMER'].includes(state) ? 'PENDING' : 'VALID',
      important: severity === 'MAJOR',
      responsibleDeptId: handled ? scenario.department : null,
      handlerId: handled ? scenario.handler : null,
      closedAt,
      version: handled ? 2 : 1,
      createdAt: registeredAt,
      createdBy: registrar,
      updatedAt: closedAt ?? registeredAt,
      updatedBy: handled ? scenario.handler : registrar,
    };
  }
  numbering.sequences = [...serials].map(([period, lastValue]) => ({ name: complaintNumberSequence(period), lastValue }));
}
