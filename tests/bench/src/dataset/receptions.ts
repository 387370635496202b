import { DEMO_STAFF, DemoStaff } from '@crm/platform';
import type { ReceptionEntity, ReceptionGuest } from '@crm/reception/dist/modules/reception/entities/reception.entity';
import { DEFAULT_RECEPTION_POLICY, HOST_RANKS_HIGH_TO_LOW } from '@crm/reception/dist/modules/reception/reception-policy';
import { CustomerSketch, personName } from './customers';
import { DatasetPlan, shiftDate } from './plan';
import { Random, sortedUuids } from './random';
import { SupplierSketch } from './suppliers';
import { TITLES } from './vocabulary';

type ReceptionClass = ReceptionEntity['class'];
type HostRank = ReceptionEntity['hostRank'];

const staff = (id: string): DemoStaff => DEMO_STAFF.find((s) => s.id === id)!;

/** Hosts by the rank they hold in the demo organisation. */
const HOSTS: Record<HostRank, readonly DemoStaff[]> = {
  SENIOR_MANAGEMENT: [staff('s-huangqiang'), staff('s-zhaolei')],
  DEPARTMENT_DIRECTOR: [staff('s-yangmin')],
  DEPARTMENT_MANAGER: [staff('s-chenjing'), staff('s-wuhui')],
  SUPERVISOR: [staff('s-liuyang'), staff('s-majie'), staff('s-zhuhong')],
};
const PURPOSES = [
  '年度合作洽谈及工厂参观',
  '新产品技术交流与样品测试',
  '季度供货计划确认',
  '质量问题现场沟通',
  '续签年度框架合同',
  '参观生产线并商谈扩大采购',
  '售后服务满意度回访座谈',
  '信用额度及账期调整面谈',
];
const VISITORS = ['高校管理学院参访团', '市机械行业协会', '市场监督管理局调研组', '兄弟企业考察团', '行业媒体采访组'];
const FOREIGN_GUESTS = ['Thomas Müller', 'Emily Carter', 'Kenji Sato', 'Laura Rossi'];
const COST_PER_PERSON: Record<ReceptionClass, number> = { A: 450, B: 280, C: 180, D: 120 };

/** A plausible budget within the cost standard: per person per day, a room per two guests, a car per day. */
function budgetFor(cls: ReceptionClass, guestCount: number, days: number) {
  const attendees = guestCount < 5 ? 1 : guestCount <= 10 ? 2 : 3;
  return {
    budgetHospitality: `${COST_PER_PERSON[cls] * (guestCount + attendees) * days}.00`,
    budgetLodging: `${days > 1 ? 420 * Math.ceil(guestCount / 2) * (days - 1) : 0}.00`,
    budgetTransport: `${350 * days}.00`,
    budgetGifts: `${cls === 'A' || cls === 'B' ? 180 * Math.min(guestCount, 6) : 0}.00`,
  };
}

function stateFor(random: Random, startOn: string, endOn: string, today: string, filed: boolean): ReceptionEntity['state'] {
  if (endOn < today) {
    if (random.chance(0.06)) return 'CANCELLED';
    if (random.chance(0.04)) return 'REJECTED';
    // REC-011: a customer still unfiled at settlement is refused.
    if (!filed) return 'SETTLEMENT_REFUSED';
    return shiftDate(endOn, 20) < today ? 'SETTLED' : 'COMPLETED';
  }
  if (startOn <= today) return 'IN_PROGRESS';
  return random.pick(['PLANNED', 'APPROVED', 'SUBMITTED', 'DRAFT'] as const);
}

/** Visits over the history (and the coming month), mostly customers, a few customers very often. */
export function* receptionRows(
  plan: DatasetPlan,
  customers: readonly CustomerSketch[],
  suppliers: readonly SupplierSketch[],
): Generator<Partial<ReceptionEntity>> {
  const random = new Random(plan.seed, 'reception');
  const live = customers.filter((c) => !c.deleted);
  const ids = sortedUuids(new Random(plan.seed, 'reception-ids'), plan.counts.receptions);
  for (let i = 0; i < plan.counts.receptions; i += 1) {
    const party = random.weighted([
      ['CUSTOMER', 82],
      ['SUPPLIER', 10],
      ['OTHER', 8],
    ] as const);
    const customer = party === 'CUSTOMER' ? live[random.skewedIndex(live.length, 2.5)] : null;
    const supplier = party === 'SUPPLIER' ? random.pick(suppliers) : null;
    const important = customer !== null && (customer.grade === 'A' || customer.size === 'BIG');
    const cls: ReceptionClass = customer
      ? important
        ? random.weighted([
            ['A', 20],
            ['B', 80],
          ] as const)
        : random.weighted([
            ['C', 85],
            ['D', 15],
          ] as const)
      : 'D';
    let rank: HostRank = DEFAULT_RECEPTION_POLICY.minimumHostRank[cls];
    let substitution: string | null = null;
    if (cls !== 'D' && random.chance(0.05)) {
      // REC-003: a lower-ranked host with a recorded reason.
      rank = HOST_RANKS_HIGH_TO_LOW[HOST_RANKS_HIGH_TO_LOW.indexOf(rank) + 1];
      substitution = '原定接待人出差在外,由下一级负责人代为接待,已向来宾说明';
    }
    const host = random.pick(HOSTS[rank]);
    const startOn = shiftDate(plan.today, -random.int(-30, plan.historyDays));
    const days = random.weighted([
      [1, 60],
      [2, 30],
      [3, 10],
    ] as const);
    const endOn = shiftDate(startOn, days - 1);
    const guestCount = random.int(1, 12);
    const guests: ReceptionGuest[] = Array.from({ length: Math.min(guestCount, 4) }, (_, g) => {
      const foreign = cls === 'B' && g === 2 && random.chance(0.3);
      return { name: foreign ? random.pick(FOREIGN_GUESTS) : personName(random), title: random.pick(TITLES), isForeign: foreign };
    });
    const requesterId = customer?.ownerId ?? host.id;
    const costDepartmentId = customer?.departmentId ?? host.departmentId;
    const requestedAt = new Date(`${shiftDate(startOn, -random.int(3, 20))}T02:00:00.000Z`);
    yield {
      id: ids[i],
      class: cls,
      hostedPartyType: party,
      customerId: customer?.id ?? null,
      supplierId: supplier?.id ?? null,
      organisation: customer?.name ?? supplier?.name ?? random.pick(VISITORS),
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
      purpose: random.pick(PURPOSES),
      ...budgetFor(cls, guestCount, days),
      costDepartmentId,
      state: stateFor(random, startOn, endOn, plan.today, customer?.filed ?? true),
      version: 1,
      createdAt: requestedAt,
      createdBy: requesterId,
      updatedAt: requestedAt,
      updatedBy: requesterId,
    };
  }
}
