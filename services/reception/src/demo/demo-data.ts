import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { ApprovalState, ApprovalStep, DemoStaff } from '@crm/platform';
import {
  addMoney,
  ApprovalRequestEntity,
  DEMO_SALES_OWNERS,
  DEMO_STAFF,
  demoCustomerId,
  formatCents,
  resolveChain,
  stepsFor,
  toCents,
  writeTransaction,
} from '@crm/platform';
import type { ReceptionGuest } from '../modules/reception/entities/reception.entity';
import { ReceptionEntity } from '../modules/reception/entities/reception.entity';
import { ReceptionExpenseEntity } from '../modules/reception/entities/reception-expense.entity';
import { approvalsToSubmit, RECEPTION_SUBJECT } from '../modules/reception/reception-approval.rules';
import { receptionApprovalTemplates } from '../modules/reception/reception.approvals';
import { hospitalityStandard } from '../modules/reception/hospitality-standard.rules';
import { DEFAULT_RECEPTION_POLICY } from '../modules/reception/reception-policy';
import type {
  HostedPartyType,
  HostRank,
  ReceptionClass,
  ReceptionCustomerGrade,
  ReceptionExpenseCategory,
  ReceptionState,
} from '../generated/resolvers-types';

/**
 * Demo receptions over the year before the seeding day: past ones completed, settled or refused, current ones in
 * progress, coming ones still in approval or planning. Deterministic for a given day; no randomness.
 */

const staff = (id: string): DemoStaff => {
  const found = DEMO_STAFF.find((s) => s.id === id);
  if (!found) throw new Error(`demo staff ${id} missing from the platform directory`);
  return found;
};

/** Hosts by the rank they hold in the demo organisation. */
const HOSTS: Record<HostRank, readonly DemoStaff[]> = {
  SENIOR_MANAGEMENT: [staff('s-huangqiang'), staff('s-zhaolei')],
  DEPARTMENT_DIRECTOR: [staff('s-yangmin')],
  DEPARTMENT_MANAGER: [staff('s-chenjing'), staff('s-wuhui')],
  SUPERVISOR: [staff('s-liuyang'), staff('s-majie'), staff('s-zhuhong')],
};

/**
 * The demo customers' profiles as the customer subgraph seeds them (services/customer/src/demo-data.ts), needed for
 * the X-002 snapshots and the organisation names. Only the formulas are repeated; no database is shared.
 */
const CITIES = ['杭州', '上海', '苏州', '广州', '深圳', '北京', '天津', '成都', '武汉'];
const WORDS = ['恒信', '华越', '宏达', '金桥', '瑞丰', '鼎盛', '长城', '远航', '新纪元', '同创', '博源', '嘉禾'];
const TRADES = ['机械制造有限公司', '商贸有限公司', '物流有限公司', '建设工程有限公司', '农业科技股份有限公司', '百货连锁有限公司'];
const GRADES: readonly (ReceptionCustomerGrade | null)[] = ['A', 'B', 'B', 'C', 'C', 'C', 'D', null];

const demoCustomer = (n: number) => ({
  id: demoCustomerId(n),
  name: `${CITIES[n % CITIES.length]}${WORDS[n % WORDS.length]}${TRADES[n % TRADES.length]}`,
  grade: GRADES[n % GRADES.length],
  size: n % 5 === 0 ? ('BIG' as const) : ('ORDINARY' as const),
  filed: n % 7 !== 0,
  owner: DEMO_SALES_OWNERS[n % DEMO_SALES_OWNERS.length],
});

/** Stand-in ids for two suppliers until the platform's demo directory names the supplier subgraph's demo suppliers. */
export const demoSupplierId = (n: number): string => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;

interface Visit {
  party: HostedPartyType;
  /** Demo customer or supplier number. */
  n: number;
  organisation?: string;
  cls?: ReceptionClass;
  host?: DemoStaff;
  hostRank?: HostRank;
  substitution?: string;
  purpose: string;
}

const PURPOSES = [
  '年度合作洽谈及工厂参观',
  '新产品技术交流与样品测试',
  '季度供货计划确认',
  '质量问题现场沟通',
  '续签年度框架合同',
  '参观生产线并商谈扩大采购',
  '售后服务满意度回访座谈',
];

/** 30 visits; customer 5 (grade B, big) comes often so its "last five receptions" show paging. */
const VISITS: readonly Visit[] = [
  ...[5, 5, 5, 5, 5, 5, 1, 1, 1, 10, 10, 2, 3, 4, 6, 7, 8, 9, 11, 12, 14, 15, 16, 20, 25, 30].map((n, i): Visit => ({
    party: 'CUSTOMER',
    n,
    purpose: PURPOSES[i % PURPOSES.length],
  })),
  {
    party: 'SUPPLIER',
    n: 1,
    organisation: '宁波精工模具有限公司',
    cls: 'D',
    host: staff('s-majie'),
    hostRank: 'SUPERVISOR',
    purpose: '模具供货质量评审',
  },
  {
    party: 'SUPPLIER',
    n: 2,
    organisation: '苏州华通电子材料有限公司',
    cls: 'D',
    host: staff('s-majie'),
    hostRank: 'SUPERVISOR',
    purpose: '年度供应商考察回访',
  },
  {
    party: 'OTHER',
    n: 0,
    organisation: '浙江大学管理学院参访团',
    cls: 'D',
    host: staff('s-zhuhong'),
    hostRank: 'SUPERVISOR',
    purpose: '企业参观与管理经验交流',
  },
  {
    party: 'OTHER',
    n: 0,
    organisation: '杭州市机械行业协会',
    cls: 'D',
    host: staff('s-zhuhong'),
    hostRank: 'SUPERVISOR',
    purpose: '行业协会走访调研',
  },
];

const GUEST_NAMES = ['周建华', '吴晓东', '郑丽', '孙伟', '钱志刚', '冯敏', '何俊', '沈佳'];
const GUEST_TITLES = ['总经理', '采购总监', '技术部经理', '董事长', '质量经理', '副总经理'];
const FOREIGN_GUESTS = ['Thomas Müller', 'Emily Carter'];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today in the business calendar's zone (Asia/Shanghai). */
export function businessToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** Where a visit stands on the seeding day: history is finished, the present is running, the future is being prepared. */
function stateFor(i: number, startOn: string, endOn: string, today: string, filed: boolean): ReceptionState {
  if (endOn < today) {
    if (i % 11 === 3) return 'CANCELLED';
    if (i % 13 === 4) return 'REJECTED';
    // REC-011: a customer still unfiled at settlement is refused.
    if (!filed) return 'SETTLEMENT_REFUSED';
    return addDays(endOn, 20) < today ? 'SETTLED' : 'COMPLETED';
  }
  if (startOn <= today) return 'IN_PROGRESS';
  // The coming visits (i = 4 and 17 whatever the day) are one awaiting approval and one being planned.
  const ahead: ReceptionState[] = ['SUBMITTED', 'PLANNED', 'APPROVED', 'DRAFT'];
  return ahead[i % ahead.length];
}

/** A plausible budget within the cost standard: per person per day, a room per two guests, a car per day. */
function budgetFor(cls: ReceptionClass, guestCount: number, days: number) {
  const perPerson: Record<ReceptionClass, number> = { A: 450, B: 280, C: 180, D: 120 };
  const attendees = guestCount < 5 ? 1 : guestCount <= 10 ? 2 : 3;
  const hospitality = perPerson[cls] * (guestCount + attendees) * days;
  const lodging = days > 1 ? 420 * Math.ceil(guestCount / 2) * (days - 1) : 0;
  const transport = 350 * days;
  const gifts = cls === 'A' || cls === 'B' ? 180 * Math.min(guestCount, 6) : 0;
  return { hospitality: `${hospitality}.00`, lodging: `${lodging}.00`, transport: `${transport}.00`, gifts: `${gifts}.00` };
}

export interface DemoReceptionData {
  receptions: ReceptionEntity[];
  expenses: ReceptionExpenseEntity[];
  approvals: ApprovalRequestEntity[];
}

export function demoReceptions(today: string): DemoReceptionData {
  const receptions: ReceptionEntity[] = [];
  const expenses: ReceptionExpenseEntity[] = [];
  const approvals: ApprovalRequestEntity[] = [];
  let overStandardShown = false;
  VISITS.forEach((visit, i) => {
    // 7 is coprime with 30: the visits are spread over the year in an order unrelated to the list.
    const slot = (i * 7) % VISITS.length;
    const startOn = addDays(today, -340 + Math.round(slot * 12.5));
    const days = 1 + (i % 3);
    const endOn = addDays(startOn, days - 1);
    const guestCount = 2 + ((i * 5) % 11);
    const customer = visit.party === 'CUSTOMER' ? demoCustomer(visit.n) : null;
    // REC-002: important customers (grade A or big) are received as VIPs; senior management hosts some itself.
    const important = customer !== null && (customer.grade === 'A' || customer.size === 'BIG');
    let cls: ReceptionClass = visit.cls ?? (important ? 'B' : 'C');
    if (customer && important && i % 4 === 0) cls = 'A';
    const hostRank: HostRank =
      visit.hostRank ?? ({ A: 'SENIOR_MANAGEMENT', B: 'DEPARTMENT_DIRECTOR', C: 'DEPARTMENT_MANAGER', D: 'SUPERVISOR' } as const)[cls];
    const hostPool = HOSTS[hostRank];
    let host = visit.host ?? hostPool[i % hostPool.length];
    let rank = hostRank;
    let substitution: string | null = null;
    // REC-003 (worked example 7): the director is abroad, a department manager hosts with a recorded reason.
    if (cls === 'B' && i % 5 === 2) {
      host = staff('s-chenjing');
      rank = 'DEPARTMENT_MANAGER';
      substitution = '营销中心总监出国参展,由华东办事处主任代为接待,已向来宾说明';
    }
    const requester = customer?.owner ?? host;
    const guests: ReceptionGuest[] = Array.from({ length: Math.min(guestCount, 3) }, (_, g) => ({
      name: cls === 'B' && g === 2 ? FOREIGN_GUESTS[i % FOREIGN_GUESTS.length] : GUEST_NAMES[(i + g * 3) % GUEST_NAMES.length],
      title: GUEST_TITLES[(i + g) % GUEST_TITLES.length],
      isForeign: cls === 'B' && g === 2,
    }));
    const budget = budgetFor(cls, guestCount, days);
    const state = stateFor(i, startOn, endOn, today, customer?.filed ?? true);
    // REC-008: one reception awaiting approval asks for 10 % more hospitality than the standard allows.
    if (state === 'SUBMITTED' && !overStandardShown) {
      overStandardShown = true;
      const cap = toCents(hospitalityStandard({ class: cls, guestCount, startOn, endOn }, DEFAULT_RECEPTION_POLICY).cap);
      budget.hospitality = formatCents((cap * 110n) / 100n);
    }
    const requestedAt = new Date(`${addDays(startOn, -14)}T02:00:00Z`);
    const id = `00000000-0000-4000-a000-${String(i + 1).padStart(12, '0')}`;
    receptions.push(
      Object.assign(new ReceptionEntity(), {
        id,
        class: cls,
        hostedPartyType: visit.party,
        customerId: customer?.id ?? null,
        supplierId: visit.party === 'SUPPLIER' ? demoSupplierId(visit.n) : null,
        organisation: visit.organisation ?? customer!.name,
        customerGradeAtRequest: customer?.grade ?? null,
        customerSizeAtRequest: customer?.size ?? null,
        customerFiledAtRequest: customer ? customer.filed : null,
        guestCount,
        guests,
        hostId: host.id,
        hostRank: rank,
        hostSubstitutionReason: substitution,
        startOn,
        endOn,
        purpose: visit.purpose,
        budgetHospitality: budget.hospitality,
        budgetLodging: budget.lodging,
        budgetTransport: budget.transport,
        budgetGifts: budget.gifts,
        // REC-010: the requesting department bears the cost.
        costDepartmentId: requester.departmentId,
        state,
        version: 1,
        createdAt: requestedAt,
        createdBy: requester.id,
        updatedAt: requestedAt,
        updatedBy: requester.id,
      }),
    );
    if (state === 'COMPLETED' || state === 'SETTLED' || state === 'SETTLEMENT_REFUSED') {
      expenses.push(...demoExpenses(id, i, startOn, days, budget));
    }
    const reception = receptions[receptions.length - 1];
    const opened = demoApprovals(reception, i);
    approvals.push(...opened);
    reception.approvalId = opened.find((a) => a.template === 'RECEPTION')?.id ?? null;
    reception.overStandardApprovalId = opened.find((a) => a.template === 'RECEPTION_OVER_STANDARD')?.id ?? null;
  });
  return { receptions, expenses, approvals };
}

/**
 * Who decided past approvals. The demo directory has nobody with the SALES_DIRECTOR or SECTION_CHIEF role, so those
 * past decisions are attributed to the heads of the sales centre and of the east office.
 */
const DEMO_DECIDER: Record<string, string> = {
  GM: 's-huangqiang',
  VP: 's-zhaolei',
  SALES_DIRECTOR: 's-yangmin',
  SALES_DEPT_MANAGER: 's-yangmin',
  SECTION_CHIEF: 's-chenjing',
};

/** The approval a reception's state implies (REC-008): pending while SUBMITTED, rejected, or approved before planning. */
function approvalStateOf(state: ReceptionState): ApprovalState | null {
  if (state === 'DRAFT' || state === 'CANCELLED') return null;
  if (state === 'SUBMITTED') return 'PENDING';
  return state === 'REJECTED' ? 'REJECTED' : 'APPROVED';
}

const TEMPLATES = receptionApprovalTemplates(DEFAULT_RECEPTION_POLICY);

/** The approval requests of one demo reception, decided two days after it was requested. */
function demoApprovals(reception: ReceptionEntity, i: number): ApprovalRequestEntity[] {
  const state = approvalStateOf(reception.state);
  if (!state) return [];
  const submittedAt = new Date(reception.createdAt.getTime() + 60 * 60 * 1000);
  const decidedAt = new Date(reception.createdAt.getTime() + 2 * 24 * 60 * 60 * 1000);
  const needed = approvalsToSubmit(reception, DEFAULT_RECEPTION_POLICY);
  return needed.map((approval, k) => {
    const chain = resolveChain(TEMPLATES, approval.template, approval.attributes);
    const steps: ApprovalStep[] = stepsFor(chain);
    if (state !== 'PENDING') {
      const decider = staff(DEMO_DECIDER[chain[0]]);
      const rejected = state === 'REJECTED';
      steps[0] = {
        ...steps[0],
        decidedBy: decider.id,
        decidedByName: decider.name,
        decidedAt: decidedAt.toISOString(),
        decision: rejected ? 'REJECTED' : 'APPROVED',
        comment: rejected ? '接待规格与来访事由不符,请调整后重新申请' : '同意',
      };
    }
    return Object.assign(new ApprovalRequestEntity(), {
      id: `00000000-0000-4000-${k === 0 ? 'c' : 'd'}000-${String(i + 1).padStart(12, '0')}`,
      template: approval.template,
      subjectType: RECEPTION_SUBJECT,
      subjectId: reception.id,
      requesterId: reception.createdBy,
      attributes: JSON.stringify(approval.attributes),
      steps: JSON.stringify(steps),
      currentStep: 0,
      currentRole: state === 'PENDING' ? chain[0] : null,
      state,
      reason: approval.reason,
      version: state === 'PENDING' ? 1 : 2,
      createdAt: submittedAt,
      updatedAt: state === 'PENDING' ? submittedAt : decidedAt,
    });
  });
}

/** Actual spending close to the budget: hospitality every day, lodging each night, transport daily, gifts on day one. */
function demoExpenses(
  receptionId: string,
  i: number,
  startOn: string,
  days: number,
  budget: ReturnType<typeof budgetFor>,
): ReceptionExpenseEntity[] {
  const out: ReceptionExpenseEntity[] = [];
  const add = (category: ReceptionExpenseCategory, day: string, yuan: number) => {
    if (yuan <= 0) return;
    const seq = out.length + 1;
    out.push(
      Object.assign(new ReceptionExpenseEntity(), {
        id: `00000000-0000-4000-b000-${String((i + 1) * 100 + seq).padStart(12, '0')}`,
        receptionId,
        category,
        day,
        amount: `${yuan}.00`,
        invoiceRef: `FP${day.replace(/-/g, '')}${String(seq).padStart(3, '0')}`,
        createdAt: new Date(`${addDays(startOn, days + 1)}T08:00:00Z`),
        createdBy: 's-zhuhong',
      }),
    );
  };
  // Some receptions overspend hospitality a little (REC-012 over-cap cases for the later settlement rules).
  const hospitalityShare = i % 6 === 1 ? 1.08 : 0.9;
  for (let d = 0; d < days; d += 1) {
    const day = addDays(startOn, d);
    add('HOSPITALITY', day, Math.round((Number(budget.hospitality) / days) * hospitalityShare));
    if (d < days - 1) add('LODGING', day, Math.round(Number(budget.lodging) / (days - 1)));
    add('TRANSPORT', day, Math.round((Number(budget.transport) / days) * 0.8));
    if (d === 0) add('GIFT', day, Number(budget.gifts));
  }
  return out;
}

/** Seeds an empty database once; a database that already has receptions is left alone. */
export async function seedDemoData(dataSource: DataSource, log: Logger): Promise<void> {
  if ((await dataSource.getRepository(ReceptionEntity).count()) > 0) return;
  const { receptions, expenses, approvals } = demoReceptions(businessToday());
  await writeTransaction(dataSource, async (manager) => {
    await manager.insert(ReceptionEntity, receptions);
    await manager.insert(ReceptionExpenseEntity, expenses);
    if (approvals.length) await manager.insert(ApprovalRequestEntity, approvals);
  });
  const spent = addMoney('0', ...expenses.map((e) => e.amount));
  log.info({ receptions: receptions.length, expenses: expenses.length, approvals: approvals.length, spent }, 'demo data loaded');
}
