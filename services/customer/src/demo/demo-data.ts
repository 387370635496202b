import { randomUUID } from 'node:crypto';
import { announceFilingState } from '../shared/customer-events';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import {
  addCalendarDays,
  businessDate,
  DEMO_CUSTOMER_COUNT,
  DEMO_SALES_OWNERS,
  demoCustomerId,
  NumberSequenceEntity,
  systemClock,
  usccCheckCharacter,
  writeTransaction,
} from '@crm/platform';
import { AnnualRecordEntity } from '../modules/facts/entities/annual-record.entity';
import { CommunicationRecordEntity } from '../shared/entities/communication-record.entity';
import { ContactEntity } from '../modules/contacts-records/entities/contact.entity';
import { CustomerEntity } from '../shared/entities/customer.entity';
import { GradeAssessmentEntity } from '../shared/entities/grade-assessment.entity';
import { GradeHistoryEntity } from '../shared/entities/grade-history.entity';
import { OrderRecordEntity } from '../modules/facts/entities/order-record.entity';
import { OwnershipChangeEntity } from '../modules/ownership/entities/ownership-change.entity';
import { OwnershipClaimEntity } from '../modules/ownership/entities/ownership-claim.entity';
import { PointsEntryEntity } from '../shared/entities/points-entry.entity';
import { SatisfactionSurveyEntity } from '../shared/entities/satisfaction-survey.entity';
import { VisitPlanEntity } from '../shared/entities/visit-plan.entity';
import { formatCustomerCode, CUSTOMER_CODE_SEQUENCE } from '../modules/profile/customer-code.rules';
import { DEFAULT_CUSTOMER_POLICY as policy } from '../default-policy';
import { autoRaisedLevel } from '../shared/confidentiality-levels.rules';
import { normaliseName, normalisePhone } from '../modules/duplicates-merge/duplicates.rules';
import { assess } from '../modules/grading/grading.rules';
import { evaluateLifecycle, loyaltyWindowStart } from '../shared/lifecycle.rules';
import { isDormant } from '../shared/ownership.rules';
import { plannedVisits, treatmentOf } from '../shared/treatment.rules';
import type { CustomerGrade, CustomerType, Industry } from '../generated/resolvers-types';
import { addMonths } from '../shared/support/calendar-months';

/*
 * The demo data set: 60 customers across grades, sizes, stages, regions and owners, with their contacts, orders,
 * contacts records, yearly figures, approved assessments, grade history, visit plans and a pending claim.
 * Deterministic: every value follows from the customer number and the day the demo is loaded (facts such as the
 * last order are relative to that day, so the demo always looks current). The name, grade, size, filing and owner
 * formulas are repeated by other subgraphs' demo data (e.g. reception): change them together.
 */

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
const BUYERS = ['周明', '吴婷', '郑凯', '孙倩', '马骏', '朱丽'];
const GRADES: readonly (CustomerGrade | null)[] = ['A', 'B', 'B', 'C', 'C', 'C', 'D', null];
/** Order days before the demo day by trading pattern (n % 6): loyal, loyal, new, new, churned, at risk. */
const ORDER_PATTERNS: readonly (readonly number[])[] = [[12, 130, 310], [25, 160, 400], [35], [60, 260], [420], [200, 500]];
/** Inputs that score each grade in an approved annual assessment (CUS-013, CUS-014, CUS-015, CUS-016, CUS-017). */
const INPUTS_BY_GRADE: Record<
  CustomerGrade,
  { contractAmount: string; yearEndReceivable: string; premiumPct: string; strategicInfluence: number }
> = {
  A: { contractAmount: '12000000.00', yearEndReceivable: '400000.00', premiumPct: '12.00', strategicInfluence: 4 },
  B: { contractAmount: '6000000.00', yearEndReceivable: '800000.00', premiumPct: '6.00', strategicInfluence: 3 },
  C: { contractAmount: '2000000.00', yearEndReceivable: '1500000.00', premiumPct: '2.00', strategicInfluence: 4 },
  D: { contractAmount: '800000.00', yearEndReceivable: '3000000.00', premiumPct: '-1.00', strategicInfluence: 2 },
};
const SYSTEM = 'SYSTEM';

/** A valid USCC for demo customer n: 91 (enterprise) + an area code + a numbered organisation code + check character. */
export function demoUscc(n: number, areaCode: string): string {
  const first17 = `91${areaCode}${String(100000000 + n * 7919).slice(0, 9)}`;
  return first17 + usccCheckCharacter(first17);
}

export interface DemoDataSet {
  customers: CustomerEntity[];
  contacts: ContactEntity[];
  orders: OrderRecordEntity[];
  surveys: SatisfactionSurveyEntity[];
  communications: CommunicationRecordEntity[];
  annualRecords: AnnualRecordEntity[];
  assessments: GradeAssessmentEntity[];
  gradeHistory: GradeHistoryEntity[];
  visitPlans: VisitPlanEntity[];
  ownershipChanges: OwnershipChangeEntity[];
  claims: OwnershipClaimEntity[];
  points: PointsEntryEntity[];
}

const row = <E extends object>(entity: new () => E, values: Partial<E>): E => Object.assign(new entity(), values);

/** The demo data as of a business date (the day it is loaded). */
export function demoDataSet(today: string): DemoDataSet {
  const set: DemoDataSet = {
    customers: [],
    contacts: [],
    orders: [],
    surveys: [],
    communications: [],
    annualRecords: [],
    assessments: [],
    gradeHistory: [],
    visitPlans: [],
    ownershipChanges: [],
    claims: [],
    points: [],
  };
  const year = Number(today.slice(0, 4));
  for (let n = 1; n <= DEMO_CUSTOMER_COUNT; n += 1) {
    const id = demoCustomerId(n);
    const [city, region, postcode, areaPhone] = CITIES[n % CITIES.length];
    const [trade, industry, type] = TRADES[n % TRADES.length];
    const owner = DEMO_SALES_OWNERS[n % DEMO_SALES_OWNERS.length];
    const grade = GRADES[n % GRADES.length];
    const size = n % 5 === 0 ? 'BIG' : 'ORDINARY';
    const provisional = grade === 'C' && n % 3 === 0;
    const created = new Date(Date.UTC(2025, n % 12, 1 + (n % 27), 2, 0, 0));
    const createdOn = created.toISOString().slice(0, 10);
    const name = `${city}${WORDS[n % WORDS.length]}${trade}`;
    const phone = `${areaPhone}-8${String(6000000 + n * 37).slice(0, 7)}`;
    const legalRepresentative = PEOPLE[n % PEOPLE.length];

    // Orders (the trading pattern) and what the lifecycle rules make of them (CUS-033, CUS-034).
    const orderDays = grade ? ORDER_PATTERNS[n % ORDER_PATTERNS.length] : [];
    const orderDates = orderDays.map((days) => addCalendarDays(today, -days - (n % 7)));
    orderDates.forEach((orderedOn, k) =>
      set.orders.push(
        row(OrderRecordEntity, {
          id: randomUUID(),
          customerId: id,
          orderRef: `SO${orderedOn.replace(/-/g, '')}-${String(n).padStart(3, '0')}${k}`,
          orderedOn,
          amount: `${(n % 9) * 20000 + 30000}.00`,
          paid: true,
          recordedBy: owner.id,
        }),
      ),
    );
    const lastOrderOn = orderDates[0] ?? null;
    const earliestOrder = orderDates[orderDates.length - 1] ?? null;
    const score = grade ? (n % 6 === 1 ? 3 : 5) : null;
    if (score)
      set.surveys.push(
        row(SatisfactionSurveyEntity, {
          id: randomUUID(),
          customerId: id,
          departmentId: 'd-cs',
          score,
          surveyedOn: addCalendarDays(today, -40 - n),
          recordedBy: 's-zhouxin',
        }),
      );
    const windowStart = loyaltyWindowStart(today, policy);
    const verdict = evaluateLifecycle(
      {
        stage: grade ? 'NEW' : 'POTENTIAL',
        hasPaidOrder: orderDates.length > 0,
        lastOrderOn,
        ordersInWindow: orderDates.filter((d) => d > windowStart).length,
        openValidComplaints: 0,
        validComplaintsLast12Months: n % 17 === 0 ? 3 : 0,
        latestSatisfaction: score,
      },
      today,
      policy,
    );

    // The owner's last phone visit (CUS-030); every fourth owner has not served the customer for months.
    const servedOn = addCalendarDays(today, -((n % 4) * 35 + 3));
    set.communications.push(
      row(CommunicationRecordEntity, {
        id: randomUUID(),
        customerId: id,
        channel: n % 2 === 0 ? 'ON_SITE' : 'PHONE',
        serviceType: 'ROUTINE',
        occurredAt: new Date(`${servedOn}T02:30:00Z`),
        occurredOn: servedOn,
        subject: n % 2 === 0 ? '上门拜访,了解下季度采购计划' : '电话回访,确认到货及使用情况',
        handlerId: owner.id,
        officeId: owner.departmentId,
        visitPlanId: null,
        attended: null,
        isConfidential: false,
        countedAsVisit: false,
        recordedBy: owner.id,
      }),
    );
    const dormant = isDormant(servedOn, createdOn, today, policy);

    // Grades: an approved annual assessment of last year, or the provisional C of a new customer (CUS-017, CUS-018).
    const firstTradeOn = provisional ? earliestOrder : grade ? `${2016 + (n % 8)}-0${1 + (n % 9)}-1${n % 9}` : null;
    const provisionalUntil = provisional && firstTradeOn ? addMonths(firstTradeOn, policy.grading.provisionalMonths) : null;
    const gradeFrom = provisional ? firstTradeOn! : `${year}-04-01` <= today ? `${year}-04-01` : `${year - 1}-04-01`;
    if (grade && !provisional) {
      const cycle = Number(gradeFrom.slice(0, 4));
      const previousGrade = GRADES[(n + 3) % GRADES.length] ?? grade;
      for (const [cycleYear, g] of [
        [cycle - 1, previousGrade],
        [cycle, grade],
      ] as const) {
        const inputs = {
          periodFrom: `${cycleYear - 1}-01-01`,
          periodTo: `${cycleYear - 1}-12-31`,
          maxDaysPastDue: 0,
          ...INPUTS_BY_GRADE[g],
        };
        const result = assess(inputs, policy)!;
        const assessmentId = randomUUID();
        set.assessments.push(
          row(GradeAssessmentEntity, {
            id: assessmentId,
            customerId: id,
            kind: 'ANNUAL',
            cycleYear,
            ...inputs,
            premiumEvidence: `${cycleYear - 1}年合同价对比表`,
            strategicInfluenceSetById: 's-yangmin',
            inputsAsOf: `${cycleYear - 1}-12-31`,
            ...result,
            state: 'APPROVED',
            prelimRatedBy: 's-chenjing',
            meetingReviewedBy: 's-yangmin',
            submittedBy: 's-yangmin',
            decidedBy: g === 'A' ? 's-huangqiang' : 's-zhaolei',
            decidedAt: new Date(`${cycleYear}-03-30T08:00:00Z`),
            version: 1,
            createdBy: 's-chenjing',
          }),
        );
        set.gradeHistory.push(
          row(GradeHistoryEntity, {
            id: randomUUID(),
            customerId: id,
            grade: g,
            provisional: false,
            source: 'ASSESSMENT',
            effectiveFrom: `${cycleYear}-04-01`,
            effectiveTo: cycleYear === cycle ? null : `${cycle}-03-31`,
            reason: null,
            assessmentId,
            overrideId: null,
            recordedBy: 's-zhaolei',
          }),
        );
      }
      set.annualRecords.push(
        row(AnnualRecordEntity, {
          id: randomUUID(),
          customerId: id,
          year: cycle - 1,
          salesAmount: size === 'BIG' ? `${1200000 + n * 10000}.00` : `${300000 + n * 5000}.00`,
          yearEndReceivable: INPUTS_BY_GRADE[grade].yearEndReceivable,
          financialSummary: '经营稳定,回款正常',
          recordedBy: 's-xujun',
        }),
      );
    } else if (grade && provisional) {
      set.gradeHistory.push(
        row(GradeHistoryEntity, {
          id: randomUUID(),
          customerId: id,
          grade,
          provisional: true,
          source: 'PROVISIONAL',
          effectiveFrom: firstTradeOn!,
          effectiveTo: null,
          reason: null,
          assessmentId: null,
          overrideId: null,
          recordedBy: SYSTEM,
        }),
      );
    }

    const treatment = treatmentOf(size, grade, policy);
    if (treatment) {
      set.visitPlans.push(
        row(VisitPlanEntity, { id: randomUUID(), customerId: id, lastVisitOn: null, ...plannedVisits(treatment, null, gradeFrom, policy) }),
      );
    }

    set.contacts.push(
      row(ContactEntity, {
        id: randomUUID(),
        customerId: id,
        name: legalRepresentative,
        gender: n % 2 === 0 ? 'FEMALE' : 'MALE',
        birthday: `${1965 + (n % 20)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
        position: '总经理',
        phone,
        mobile: `139${String(10000000 + n * 131).slice(0, 8)}`,
        email: null,
        needs: '稳定供货、账期支持',
        isKeyContact: true,
        feedback: null,
        version: 1,
        createdBy: owner.id,
        updatedBy: owner.id,
      }),
    );
    if (n % 2 === 0) {
      set.contacts.push(
        row(ContactEntity, {
          id: randomUUID(),
          customerId: id,
          name: BUYERS[n % BUYERS.length],
          gender: null,
          birthday: null,
          position: '采购经理',
          phone: null,
          mobile: `138${String(20000000 + n * 257).slice(0, 8)}`,
          email: `buyer${n}@example.cn`,
          needs: '价格与交期',
          isKeyContact: false,
          feedback: n % 4 === 0 ? '对交货及时性满意' : null,
          version: 1,
          createdBy: owner.id,
          updatedBy: owner.id,
        }),
      );
    }

    const filed = n % 7 !== 0;
    const filedOn = filed ? addCalendarDays(createdOn, 10) : null;
    set.customers.push(
      row(CustomerEntity, {
        id,
        code: formatCustomerCode(n),
        name,
        nameKey: normaliseName(name),
        usccCode: demoUscc(n, '330100'),
        entityKind: 'COMPANY',
        type,
        specialKind: null,
        industry,
        region,
        customerGroupId: null,
        isCounterparty: n % 13 === 0,
        legalRepresentative,
        address: `${city}市经济技术开发区${n}号路${100 + n}号`,
        postcode,
        phone,
        phoneKey: normalisePhone(phone),
        fax: n % 3 === 0 ? `${areaPhone}-8${String(7000000 + n * 41).slice(0, 7)}` : null,
        website: null,
        businessScope: '生产、销售及相关技术服务',
        registeredCapital: `${(n % 9) * 500 + 500}0000.00`,
        foundedOn: `${2000 + (n % 20)}-0${1 + (n % 9)}-15`,
        size,
        sizeDesignated: false,
        sizeReason: null,
        keyAccountManagerId: size === 'BIG' ? 's-liuyang' : null,
        grade,
        gradeProvisional: provisional,
        gradeEffectiveFrom: grade ? gradeFrom : null,
        provisionalUntil,
        lifecycleStage: verdict.stage,
        status: 'ACTIVE',
        filingStatus: filed ? 'FILED' : 'DRAFT',
        filedAt: filedOn ? new Date(`${filedOn}T06:00:00Z`) : null,
        filedOn,
        confidentiality: n % 11 === 0 ? 'CONFIDENTIAL' : autoRaisedLevel(policy.confidentiality.defaultLevel, grade, size, policy),
        disclosureConsent: n % 4 === 0,
        ownerId: owner.id,
        ownerDepartmentId: owner.departmentId,
        ownerSince: createdOn,
        custodianId: n % 3 === 0 ? 's-zhouxin' : null,
        lastReviewedOn: n % 2 === 0 ? createdOn : null,
        reviewDueOn: addMonths(createdOn, policy.profileReviewMonths),
        firstContactOn: createdOn,
        firstTradeOn,
        lastOrderOn,
        lastServiceOn: servedOn,
        dormant,
        churnRisk: verdict.churnRisk,
        churnReason: verdict.churnReason,
        problemCustomer: verdict.problemCustomer,
        openValidComplaints: 0,
        validComplaintsLast12Months: n % 17 === 0 ? 3 : 0,
        complaintFactsOn: n % 17 === 0 ? addCalendarDays(today, -5) : null,
        mergedIntoId: null,
        version: 1,
        createdAt: created,
        createdBy: owner.id,
        updatedAt: created,
        updatedBy: owner.id,
        deletedAt: null,
        deletedBy: null,
      }),
    );
    set.ownershipChanges.push(
      row(OwnershipChangeEntity, {
        id: randomUUID(),
        customerId: id,
        fromOwnerId: null,
        toOwnerId: owner.id,
        toDepartmentId: owner.departmentId,
        reason: 'OPENED',
        claimId: null,
        transferId: null,
        changedAt: created,
        changedBy: owner.id,
      }),
    );
    // A colleague has reported a dormant customer of another owner; it waits for the customer department (CUS-027).
    if (dormant && n % 8 === 3) {
      const claimant = DEMO_SALES_OWNERS[(n + 1) % DEMO_SALES_OWNERS.length];
      set.claims.push(
        row(OwnershipClaimEntity, {
          id: randomUUID(),
          customerId: id,
          claimantId: claimant.id,
          claimantDepartmentId: claimant.departmentId,
          reportRef: `${today.slice(0, 7)} 月报`,
          state: 'SUBMITTED',
          submittedAt: new Date(`${addCalendarDays(today, -2)}T01:00:00Z`),
          confirmedAt: null,
          decidedBy: null,
          protectedUntil: null,
          refusalCode: null,
        }),
      );
    }
  }
  // Club referrals (CUS-038): customer 2 brought customer 14, who bought 2,500 yuan on site.
  set.points.push(
    row(PointsEntryEntity, {
      id: randomUUID(),
      customerId: demoCustomerId(2),
      points: 100,
      reason: 'REFERRAL_ATTENDED',
      referredCustomerId: demoCustomerId(14),
      salesAmount: null,
      occurredOn: addCalendarDays(today, -30),
      sourceRef: 'REFERRAL_ATTENDED:联谊会-demo-1',
      recordedBy: 's-zhouxin',
    }),
    row(PointsEntryEntity, {
      id: randomUUID(),
      customerId: demoCustomerId(2),
      points: 200,
      reason: 'REFERRAL_SALES',
      referredCustomerId: demoCustomerId(14),
      salesAmount: '2500.00',
      occurredOn: addCalendarDays(today, -30),
      sourceRef: 'REFERRAL_SALES:XS-demo-1',
      recordedBy: 's-zhouxin',
    }),
  );
  return set;
}

/** Seeds an empty database once; a database that already has customers is left alone. */
export async function seedDemoData(dataSource: DataSource, log: Logger): Promise<void> {
  const repo = dataSource.getRepository(CustomerEntity);
  if ((await repo.count({ withDeleted: true })) > 0) return;
  const set = demoDataSet(businessDate(new Date(), policy.timeZone));
  await writeTransaction(dataSource, async (manager) => {
    const tables: [new () => object, object[]][] = [
      [CustomerEntity, set.customers],
      [ContactEntity, set.contacts],
      [OrderRecordEntity, set.orders],
      [SatisfactionSurveyEntity, set.surveys],
      [CommunicationRecordEntity, set.communications],
      [AnnualRecordEntity, set.annualRecords],
      [GradeAssessmentEntity, set.assessments],
      [GradeHistoryEntity, set.gradeHistory],
      [VisitPlanEntity, set.visitPlans],
      [OwnershipChangeEntity, set.ownershipChanges],
      [OwnershipClaimEntity, set.claims],
      [PointsEntryEntity, set.points],
    ];
    for (const [entity, rows] of tables) {
      for (let i = 0; i < rows.length; i += 100) await manager.insert(entity, rows.slice(i, i + 100));
    }
    await manager.insert(NumberSequenceEntity, { name: CUSTOMER_CODE_SEQUENCE, lastValue: DEMO_CUSTOMER_COUNT });
    // The other subgraphs learn the demo customers' filing state as they would any customer's.
    await announceFilingState(manager, systemClock, set.customers);
  });
  log.info({ customers: set.customers.length, contacts: set.contacts.length, assessments: set.assessments.length }, 'demo data loaded');
}
