import { formatCents } from '@crm/platform';
import type { CreditProfileEntity } from '@crm/credit/dist/modules/credit-profile/entities/credit-profile.entity';
import type { CreditLimitEntity } from '@crm/credit/dist/modules/credit-limit/entities/credit-limit.entity';
import type { ReceivableEntity } from '@crm/credit/dist/modules/receivables/entities/receivable.entity';
import { DEFAULT_CREDIT_POLICY } from '@crm/credit/dist/shared/credit-policy';
import { paymentTermForGrade } from '@crm/credit/dist/modules/credit-profile/payment-terms.rules';
import { dueDateOf } from '@crm/credit/dist/modules/receivables/receivable-state.rules';
import { CustomerSketch, openedOn } from './customers';
import { DatasetPlan, demoStaff, shiftDate } from './plan';
import { Random, sortedUuids } from './random';

type CreditGrade = NonNullable<CreditProfileEntity['grade']>;

/** What receivables need to know of a profile. */
export interface ProfileSketch {
  customer: CustomerSketch;
  grade: CreditGrade | null;
  admittedOn: string | null;
  paymentTermDays: number | null;
  limitYuan: number;
}

const NOTCHES: Readonly<Record<CreditGrade, readonly NonNullable<CreditProfileEntity['notch']>[]>> = {
  A: ['AAA', 'AA', 'A'],
  B: ['BBB_PLUS', 'BBB', 'BBB_MINUS', 'BB_PLUS', 'BB', 'BB_MINUS', 'B_PLUS', 'B_MINUS'],
  C: ['CCC', 'CC', 'C'],
  D: ['D'],
};
const LIMIT_YUAN: Readonly<Record<CreditGrade, readonly [number, number]>> = {
  A: [2_000_000, 5_000_000],
  B: [800_000, 2_000_000],
  C: [200_000, 600_000],
  D: [0, 0],
};
/** Chance that an invoice past its due date is still unpaid, by grade. */
const OVERDUE_CHANCE: Readonly<Record<CreditGrade, number>> = { A: 0.02, B: 0.06, C: 0.15, D: 0.4 };
const NEIGHBOURS: Readonly<Record<CreditGrade, readonly CreditGrade[]>> = { A: ['B'], B: ['A', 'C'], C: ['B', 'D'], D: ['C'] };
const ADMISSION: readonly (readonly [CreditProfileEntity['admissionState'], number])[] = [
  ['ADMITTED', 85],
  ['PENDING', 7],
  ['REJECTED', 3],
  ['LAPSED', 5],
];
const AML: readonly (readonly [CreditProfileEntity['amlLevel'], number])[] = [
  ['LOW', 60],
  ['MEDIUM', 20],
  ['HIGH', 5],
  ['UNASSESSED', 15],
];

const RISK_CONTROL = demoStaff('RISK_CONTROL');
const CREDIT_CONTROLLER = demoStaff('CREDIT_CONTROLLER');
const FINANCE = demoStaff('FINANCE');

const stamp = (date: string, hour = 2) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00.000Z`);

/** Credit profiles (one for most customers past the potential stage) with the facts receivables need. */
export function creditBook(plan: DatasetPlan, customers: readonly CustomerSketch[]): ProfileSketch[] {
  const random = new Random(plan.seed, 'credit-book');
  const out: ProfileSketch[] = [];
  for (const customer of customers) {
    if (customer.deleted || !random.chance(customer.grade === null ? 0.5 : 0.9)) continue;
    const customerGrade = customer.grade as CreditGrade | null;
    const grade: CreditGrade | null =
      customerGrade === null ? null : random.chance(0.75) ? customerGrade : random.pick(NEIGHBOURS[customerGrade]);
    const opened = openedOn(customer);
    const admitted = grade !== null && random.chance(0.92);
    const admittedOn = admitted ? shiftDate(opened, random.int(1, 60)) : null;
    const [low, high] = grade ? LIMIT_YUAN[grade] : [0, 0];
    out.push({
      customer,
      grade,
      admittedOn: admittedOn && admittedOn <= plan.today ? admittedOn : admitted ? plan.today : null,
      paymentTermDays: grade ? paymentTermForGrade(grade, DEFAULT_CREDIT_POLICY) : null,
      limitYuan: admitted ? Math.round(random.int(low, high) / 10_000) * 10_000 : 0,
    });
  }
  return out;
}

export function* creditProfileRows(plan: DatasetPlan, profiles: readonly ProfileSketch[]): Generator<Partial<CreditProfileEntity>> {
  const random = new Random(plan.seed, 'credit-profile');
  for (const p of profiles) {
    const since = p.admittedOn ?? shiftDate(openedOn(p.customer), 3);
    const created = stamp(since <= plan.today ? since : plan.today);
    const admissionState = p.admittedOn ? 'ADMITTED' : random.weighted(ADMISSION.filter(([s]) => s !== 'ADMITTED'));
    yield {
      customerId: p.customer.id,
      subjectType: random.weighted([
        ['SINGLE', 90],
        ['GROUP', 7],
        ['RELATED_PARTY', 3],
      ] as const),
      admissionType: random.chance(0.15) ? 'PROACTIVE' : 'GENERAL',
      admissionState,
      admittedOn: p.admittedOn,
      monitoredIndustry: p.customer.industry === 'CONSTRUCTION' || p.customer.industry === 'REAL_ESTATE',
      grade: p.grade,
      notch: p.grade && random.chance(0.4) ? random.pick(NOTCHES[p.grade]) : null,
      ratingValidUntil: p.admittedOn ? shiftDate(p.admittedOn, 365) : null,
      paymentTermDays: p.paymentTermDays,
      onHold: p.grade === 'D' ? random.chance(0.1) : random.chance(0.005),
      amlLevel: random.weighted(AML),
      version: 1,
      createdAt: created,
      createdBy: RISK_CONTROL.id,
      updatedAt: created,
      updatedBy: RISK_CONTROL.id,
    };
  }
}

/** The standing limit of each admitted customer, a third of them with the smaller limit it replaced. */
export function* creditLimitRows(plan: DatasetPlan, profiles: readonly ProfileSketch[]): Generator<Partial<CreditLimitEntity>> {
  const random = new Random(plan.seed, 'credit-limit');
  // At most two rows per profile; the unused tail of ids is dropped.
  const ids = sortedUuids(new Random(plan.seed, 'credit-limit-ids'), profiles.length * 2);
  let next = 0;
  const id = () => ids[next++];
  for (const p of profiles) {
    if (!p.admittedOn || p.limitYuan <= 0) continue;
    let from = p.admittedOn;
    const raisedOn = shiftDate(p.admittedOn, random.int(90, 540));
    if (random.chance(0.35) && raisedOn <= plan.today) {
      yield limitRow(id(), p.customer.id, Math.round((p.limitYuan * 0.6) / 10_000) * 10_000, from, shiftDate(raisedOn, -1));
      from = raisedOn;
    }
    yield limitRow(id(), p.customer.id, p.limitYuan, from, null);
  }
}

function limitRow(id: string, customerId: string, yuan: number, validFrom: string, validUntil: string | null): Partial<CreditLimitEntity> {
  return {
    id,
    scope: 'CUSTOMER',
    scopeId: customerId,
    amount: `${yuan}.00`,
    kind: 'STANDING',
    validFrom,
    validUntil,
    createdAt: stamp(validFrom),
    createdBy: CREDIT_CONTROLLER.id,
  };
}

/** Invoices over the history, concentrated on fewer customers (power law), states following due dates and grade. */
export function* receivableRows(plan: DatasetPlan, profiles: readonly ProfileSketch[]): Generator<Partial<ReceivableEntity>> {
  const random = new Random(plan.seed, 'receivable');
  const ids = sortedUuids(new Random(plan.seed, 'receivable-ids'), plan.counts.receivables);
  const eligible = profiles.filter((p) => p.admittedOn !== null);
  const history = plan.historyDays;
  for (let i = 1; i <= plan.counts.receivables; i += 1) {
    const p = eligible[random.skewedIndex(eligible.length, 2)];
    const firstDay = p.admittedOn! > shiftDate(plan.today, -history) ? p.admittedOn! : shiftDate(plan.today, -history);
    const span = Math.max(0, Math.round((Date.parse(plan.today) - Date.parse(firstDay)) / 86_400_000));
    const invoiceDate = shiftDate(firstDay, random.int(0, span));
    const termDays = p.paymentTermDays ?? 30;
    const dueDate = dueDateOf(invoiceDate, termDays);
    const base = p.limitYuan > 0 ? p.limitYuan : 300_000;
    const amountCents = Math.round(base * (0.01 + random.next() * 0.06)) * 100 + random.int(0, 99);
    const grade = p.grade ?? 'C';
    let state: ReceivableEntity['state'];
    let paidCents: number;
    if (dueDate >= plan.today) {
      state = 'CURRENT';
      paidCents = random.chance(0.2) ? Math.round(amountCents * 0.3) : 0;
    } else if (!random.chance(OVERDUE_CHANCE[grade])) {
      state = 'SETTLED';
      paidCents = amountCents;
    } else if (Date.parse(plan.today) - Date.parse(dueDate) > 365 * 86_400_000) {
      state = random.chance(0.3) ? 'WRITTEN_OFF' : 'BAD_DEBT';
      paidCents = Math.round(amountCents * 0.1);
    } else {
      state = 'OVERDUE';
      paidCents = random.chance(0.5) ? Math.round(amountCents * 0.4) : 0;
    }
    const createdAt = stamp(invoiceDate, random.int(1, 9));
    const settledOn = state === 'SETTLED' ? shiftDate(dueDate, -random.int(0, termDays)) : invoiceDate;
    yield {
      id: ids[i - 1],
      invoiceRef: `FP${invoiceDate.slice(0, 7).replace('-', '')}${String(i).padStart(7, '0')}`,
      customerId: p.customer.id,
      departmentId: p.customer.departmentId,
      amount: formatCents(BigInt(amountCents)),
      paidAmount: formatCents(BigInt(paidCents)),
      invoiceDate,
      termDays,
      dueDate,
      state,
      version: 1,
      createdAt,
      createdBy: FINANCE.id,
      updatedAt: stamp(settledOn > invoiceDate ? settledOn : invoiceDate, 9),
      updatedBy: FINANCE.id,
    };
  }
}
