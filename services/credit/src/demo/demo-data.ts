import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import {
  DEFAULT_BUSINESS_TIME_ZONE,
  addCalendarDays,
  ApprovalRequestEntity,
  businessDate,
  DEMO_CUSTOMER_COUNT,
  DEMO_SALES_OWNERS,
  DEMO_STAFF,
  demoCustomerId,
  formatCents,
  resolveChain,
  stepsFor,
  toCents,
  writeTransaction,
} from '@crm/platform';
import { CreditLimitEntity } from '../modules/credit-limit/entities/credit-limit.entity';
import { CreditProfileEntity } from '../modules/credit-profile/entities/credit-profile.entity';
import { ReceivableEntity } from '../modules/receivables/entities/receivable.entity';
import type { CreditPolicy } from '../shared/credit-policy';
import { DEFAULT_CREDIT_POLICY } from '../shared/credit-policy';
import { CREDIT_LIMIT_SUBJECT, CREDIT_LIMIT_TEMPLATE, limitApprovalAttributes } from '../modules/credit-limit/limit-approval.rules';
import { CREDIT_APPROVAL_TEMPLATES } from '../modules/credit-limit/credit-limit.approvals';
import { paymentTermForGrade } from '../modules/credit-profile/payment-terms.rules';
import { dueDateOf } from '../modules/receivables/receivable-state.rules';
import type { AmlLevel, CreditGrade, CreditNotch, ReceivableState } from '../generated/resolvers-types';

/** Grade by demo customer number (n % 8); null = no credit profile (cash customers, 4 of the 36). */
const GRADE_BY_SLOT: readonly (CreditGrade | null)[] = ['A', 'B', 'A', 'C', 'B', 'C', 'D', null];
const NOTCHES: Readonly<Record<CreditGrade, readonly CreditNotch[]>> = {
  A: ['AAA', 'AA', 'A'],
  B: ['BBB_PLUS', 'BBB', 'BB', 'B_MINUS'],
  C: ['CCC', 'CC', 'C'],
  D: ['D'],
};
const AML_LEVELS: readonly AmlLevel[] = ['LOW', 'LOW', 'MEDIUM', 'LOW', 'HIGH', 'UNASSESSED', 'LOW', 'MEDIUM'];
/** Standing limit range by grade in yuan (D is cash only: no limit). */
const LIMIT_YUAN: Readonly<Record<CreditGrade, readonly [number, number]>> = {
  A: [2_000_000, 5_000_000],
  B: [800_000, 2_000_000],
  C: [200_000, 600_000],
  D: [0, 0],
};
/** Chance that an invoice past its due date is still unpaid, by grade. */
const OVERDUE_CHANCE: Readonly<Record<CreditGrade, number>> = { A: 0.03, B: 0.1, C: 0.25, D: 0.6 };

const FINANCE = DEMO_STAFF.find((s) => s.roles.includes('FINANCE'))!;
const RISK_CONTROL = DEMO_STAFF.find((s) => s.roles.includes('RISK_CONTROL'))!;

/** mulberry32: a small deterministic generator, so the same day always seeds the same data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The latest 28 March on or before `today`: the annual rating window (CRD-010). */
function lastAnnualRating(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-03-28`;
  return thisYear <= today ? thisYear : `${year - 1}-03-28`;
}

export interface DemoCreditData {
  profiles: CreditProfileEntity[];
  limits: CreditLimitEntity[];
  receivables: ReceivableEntity[];
  /** CREDIT_LIMIT requests of the pending limit changes, awaiting their approvers (CRD-017). */
  approvals: ApprovalRequestEntity[];
}

/**
 * The demo credit book as of `today`: profiles for most demo customers (grades A–D, terms from the grade table),
 * approved standing limits with some history, two limit raises awaiting approval, and a few hundred receivables over
 * the last eighteen months. Deterministic for a given day.
 */
export function demoCreditData(today: string, policy: CreditPolicy = DEFAULT_CREDIT_POLICY): DemoCreditData {
  const random = seededRandom(20260301);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const ratedOn = lastAnnualRating(today);
  const stamp = (date: string) => new Date(`${date}T02:00:00.000Z`);
  const data: DemoCreditData = { profiles: [], limits: [], receivables: [], approvals: [] };
  let invoiceNo = 0;

  for (let n = 1; n <= DEMO_CUSTOMER_COUNT; n += 1) {
    const grade = GRADE_BY_SLOT[n % GRADE_BY_SLOT.length];
    if (!grade) continue;
    const customerId = demoCustomerId(n);
    const admitted = n % 10 !== 9;
    const admittedOn = admitted ? addCalendarDays(today, -between(400, 1800)) : null;
    // A few key accounts negotiated a term other than their grade's (CRD-027 allows an explicit term).
    const paymentTermDays = n === 4 || n === 18 ? 40 : paymentTermForGrade(grade, policy);
    data.profiles.push(
      Object.assign(new CreditProfileEntity(), {
        customerId,
        subjectType: n % 12 === 0 ? 'GROUP' : n === 17 ? 'RELATED_PARTY' : 'SINGLE',
        admissionType: n % 5 === 0 ? 'PROACTIVE' : 'GENERAL',
        admissionState: admitted ? 'ADMITTED' : 'PENDING',
        admittedOn,
        // The construction customers (demo trade slot 3) are in a monitored industry.
        monitoredIndustry: n % 6 === 3,
        grade,
        notch: n % 3 === 0 ? pick(NOTCHES[grade]) : null,
        ratingValidUntil: admitted ? addCalendarDays(ratedOn, 365) : null,
        paymentTermDays,
        // Two cash-only customers refused to pay (CRD-034) and is on hold.
        onHold: grade === 'D' && n % 16 === 14,
        amlLevel: AML_LEVELS[n % AML_LEVELS.length],
        version: 1,
        createdAt: stamp(admittedOn ?? addCalendarDays(today, -30)),
        createdBy: RISK_CONTROL.id,
        updatedAt: stamp(admitted ? ratedOn : addCalendarDays(today, -30)),
        updatedBy: RISK_CONTROL.id,
      }),
    );
    if (!admitted) continue;

    const [low, high] = LIMIT_YUAN[grade];
    const limitYuan = Math.round(between(low, high) / 100_000) * 100_000;
    if (limitYuan > 0) {
      // Every other customer had a smaller initial limit that the last annual review raised (history row).
      const raised = n % 2 === 0 && admittedOn! < ratedOn;
      if (raised) {
        data.limits.push(
          limitRow(
            data.limits.length + 1,
            customerId,
            Math.round((limitYuan * 0.6) / 100_000) * 100_000,
            admittedOn!,
            addCalendarDays(ratedOn, -1),
            stamp(admittedOn!),
          ),
        );
      }
      data.limits.push(
        limitRow(
          data.limits.length + 1,
          customerId,
          limitYuan,
          raised ? ratedOn : admittedOn!,
          null,
          stamp(raised ? ratedOn : admittedOn!),
        ),
      );
    }

    const department = DEMO_SALES_OWNERS[n % DEMO_SALES_OWNERS.length].departmentId;
    // Invoices sized to the customer's business: a few percent of its limit (cash customers: a past credit level).
    const invoiceBaseYuan = limitYuan > 0 ? limitYuan : 300_000;
    for (let i = between(7, 13); i > 0; i -= 1) {
      // Cash-only customers were downgraded after their defaults: their credit invoices are all older.
      const invoiceDate = addCalendarDays(today, -between(grade === 'D' ? 200 : 0, 540));
      if (admittedOn && invoiceDate < admittedOn) continue;
      invoiceNo += 1;
      const amountCents = Math.round(invoiceBaseYuan * (0.02 + random() * 0.08)) * 100 + between(0, 99);
      const dueDate = dueDateOf(invoiceDate, paymentTermDays);
      const daysOverdue = Math.round((Date.parse(today) - Date.parse(dueDate)) / 86_400_000);
      let state: ReceivableState;
      let paidCents: number;
      if (daysOverdue <= 0) {
        state = 'CURRENT';
        paidCents = random() < 0.2 ? Math.round(amountCents * 0.3) : 0;
      } else if (random() >= OVERDUE_CHANCE[grade]) {
        state = 'SETTLED';
        paidCents = amountCents;
      } else if (daysOverdue > 365) {
        // CRD-032: long overdue debts were approved as bad debt; a few of them already written off.
        state = invoiceNo % 3 === 0 ? 'WRITTEN_OFF' : 'BAD_DEBT';
        paidCents = Math.round(amountCents * 0.1);
      } else {
        state = 'OVERDUE';
        paidCents = random() < 0.5 ? Math.round(amountCents * 0.4) : 0;
      }
      data.receivables.push(
        Object.assign(new ReceivableEntity(), {
          id: `00000000-0000-4000-9000-${String(invoiceNo).padStart(12, '0')}`,
          invoiceRef: `FP${invoiceDate.slice(0, 7).replace('-', '')}${String(invoiceNo).padStart(5, '0')}`,
          customerId,
          departmentId: department,
          amount: formatCents(BigInt(amountCents)),
          paidAmount: formatCents(BigInt(paidCents)),
          invoiceDate,
          termDays: paymentTermDays,
          dueDate,
          state,
          version: 1,
          createdAt: stamp(invoiceDate),
          createdBy: FINANCE.id,
          updatedAt: stamp(invoiceDate),
          updatedBy: FINANCE.id,
        }),
      );
    }
  }
  addPendingRaises(data, today, policy);
  return data;
}

/** Limits approved before the approvals engine: in force, without an approval request of their own. */
function limitRow(
  no: number,
  customerId: string,
  yuan: number,
  validFrom: string,
  validUntil: string | null,
  createdAt: Date,
): CreditLimitEntity {
  return Object.assign(new CreditLimitEntity(), {
    id: `00000000-0000-4000-a000-${String(no).padStart(12, '0')}`,
    scope: 'CUSTOMER',
    scopeId: customerId,
    amount: formatCents(BigInt(yuan) * 100n),
    kind: 'STANDING',
    validFrom,
    validUntil,
    state: 'EFFECTIVE',
    approvalId: null,
    version: 1,
    createdAt,
    createdBy: DEMO_STAFF.find((s) => s.roles.includes('VP'))!.id,
  });
}

/**
 * Two raises requested by finance this morning, so the approvers' inboxes are not empty: a grade B customer's limit
 * + 200,000 (its amount band's approver), and a grade C customer raised to 1,200,000, above the C cap (the GM).
 */
function addPendingRaises(data: DemoCreditData, today: string, policy: CreditPolicy): void {
  const requestedAt = new Date(`${today}T01:30:00.000Z`);
  const raises: { grade: CreditGrade; amount: (current: bigint) => bigint; reason: string }[] = [
    { grade: 'B', amount: (current) => current + 20_000_000n, reason: '客户年度采购计划增加,申请提高常设信用额度' },
    { grade: 'C', amount: () => 120_000_000n, reason: '新签工程项目供货合同,申请超出等级上限的信用额度' },
  ];
  for (const [i, raise] of raises.entries()) {
    const profile = data.profiles.find(
      (p) => p.grade === raise.grade && data.limits.some((l) => l.scopeId === p.customerId && l.validUntil === null),
    );
    if (!profile) continue;
    const current = data.limits.find((l) => l.scopeId === profile.customerId && l.validUntil === null)!;
    const amount = formatCents(raise.amount(toCents(current.amount)));
    const limitId = `00000000-0000-4000-a000-${String(900 + i).padStart(12, '0')}`;
    const approvalId = `00000000-0000-4000-b000-${String(i + 1).padStart(12, '0')}`;
    const attributes = limitApprovalAttributes(amount, profile, policy);
    const chain = resolveChain(CREDIT_APPROVAL_TEMPLATES, CREDIT_LIMIT_TEMPLATE, attributes);
    data.approvals.push(
      Object.assign(new ApprovalRequestEntity(), {
        id: approvalId,
        template: CREDIT_LIMIT_TEMPLATE,
        subjectType: CREDIT_LIMIT_SUBJECT,
        subjectId: limitId,
        requesterId: FINANCE.id,
        attributes: JSON.stringify(attributes),
        steps: JSON.stringify(stepsFor(chain)),
        currentStep: 0,
        currentRole: chain[0],
        state: 'PENDING',
        reason: raise.reason,
        version: 1,
        createdAt: requestedAt,
        updatedAt: requestedAt,
      }),
    );
    data.limits.push(
      Object.assign(new CreditLimitEntity(), {
        id: limitId,
        scope: 'CUSTOMER',
        scopeId: profile.customerId,
        amount,
        kind: 'STANDING',
        validFrom: today,
        validUntil: null,
        state: 'PENDING_APPROVAL',
        approvalId,
        version: 1,
        createdAt: requestedAt,
        createdBy: FINANCE.id,
      }),
    );
  }
}

/** Seeds an empty database once; a database that already has credit profiles is left alone. */
export async function seedDemoData(dataSource: DataSource, log: Logger): Promise<void> {
  if ((await dataSource.getRepository(CreditProfileEntity).count()) > 0) return;
  const data = demoCreditData(businessDate(new Date(), DEFAULT_BUSINESS_TIME_ZONE));
  await writeTransaction(dataSource, async (manager) => {
    await manager.insert(CreditProfileEntity, data.profiles);
    await manager.insert(CreditLimitEntity, data.limits);
    await manager.insert(ApprovalRequestEntity, data.approvals);
    for (let i = 0; i < data.receivables.length; i += 100) await manager.insert(ReceivableEntity, data.receivables.slice(i, i + 100));
  });
  log.info(
    { profiles: data.profiles.length, limits: data.limits.length, receivables: data.receivables.length, approvals: data.approvals.length },
    'demo data loaded',
  );
}
