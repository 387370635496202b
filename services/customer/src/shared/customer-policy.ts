import type { ApprovalTemplate } from '@crm/platform';
import type { ConfidentialityLevel, CustomerGrade, CustomerSize } from '../generated/resolvers-types';

/**
 * Every configurable number and role list of the customer rule book (CUS-…, and the X- rules the customer subgraph
 * applies), with the rule book's defaults. Rules take the policy as an argument, so tests can vary it and a future
 * effective-dated configuration store can supply it per triggering date.
 */

/** A row of CUS-023's treatment table. */
export interface TreatmentRow {
  size: CustomerSize;
  grade: CustomerGrade;
  /** 发货优先: 1 ships first. */
  shippingPriority: number;
  priceTier: 'BEST' | 'BETTER' | 'DISCOUNT' | 'STANDARD';
  /** Roles that revisit the customer (CUS-039 visit plan); empty when no visit is scheduled. */
  revisitBy: readonly string[];
  /** Months between revisits; null = none scheduled. */
  revisitEveryMonths: number | null;
}

/** A recipient of a notification: whoever holds a role, or the head of a department. */
export type LeakReportRecipient = { role: string } | { departmentId: string };

export interface GradeBand {
  grade: CustomerGrade;
  /** Lowest total (inclusive) of the band. */
  minTotal: number;
}

export interface CustomerPolicy {
  /** X-010 business time zone. */
  timeZone: string;
  /** X-011 calendar entries; Monday–Friday when empty. */
  calendar: { holidays: readonly string[]; makeUpWorkdays: readonly string[] };

  filing: {
    /** CUS-002 profile fields required for filing (besides a contact with a phone, and a USCC for companies). */
    requiredFields: readonly string[];
    /** CUS-004: first reminder this many working days after the first communication record. */
    reminderAfterWorkingDays: number;
    /** CUS-004: reminders repeat every this many calendar days. */
    reminderEveryDays: number;
    /** CUS-004: the reminder with this number sets the owner's filing-lag KPI flag for the month. */
    kpiFlagAtReminder: number;
  };
  /** CUS-005 duplicate match keys: a USCC match refuses, a name or phone match warns. */
  duplicateWarningKeys: readonly ('NAME' | 'PHONE')[];
  /** CUS-009: a profile is due for review this many months after its last review (or its opening). */
  profileReviewMonths: number;
  /** CUS-010: offices report last month's contacts by this day of the month. */
  officeReportDay: number;

  keyAccount: {
    /** CUS-011 `keyAccount.minAnnualSales`: previous calendar year's sales that make a customer BIG. */
    minAnnualSales: string;
    /** CUS-011: who may designate a key account with a reason. */
    designatorRoles: readonly string[];
    /** CUS-012: staff assigned to an important (grade A) customer. */
    minStaffForImportant: number;
  };

  grading: {
    /** CUS-013 T1/T2/T3 in yuan and `arrearsToleranceDays`. */
    contractAmount: { t1: string; t2: string; t3: string; arrearsToleranceDays: number };
    /** CUS-014 R1/R2/R3 in yuan. */
    receivable: { r1: string; r2: string; r3: string };
    /** CUS-015 P1/P2/P3 in percent. */
    premiumPct: { p1: string; p2: string; p3: string };
    /** CUS-017 `grading.bands`, highest first; a total below every band is the last band's grade. */
    bands: readonly GradeBand[];
    /** CUS-018 `grading.provisionalMonths` (variant 6) and the grade given meanwhile. */
    provisionalMonths: number;
    provisionalGrade: CustomerGrade;
    /** CUS-019 annual review window, both ends included. Variant: year-end. */
    reviewWindow: { month: number; fromDay: number; toDay: number };
    /** CUS-016: roles that may set the strategic-influence indicator ("业务部经理以上"). */
    strategicInfluenceRoles: readonly string[];
    /** CUS-019 who records each step of the assessment. */
    prelimRaterRoles: readonly string[];
    meetingReviewerRoles: readonly string[];
    submitterRoles: readonly string[];
    /** Who may open an ad-hoc assessment or the annual review. */
    organiserRoles: readonly string[];
    /** CUS-021 who may request a manual override. */
    overrideRequesterRoles: readonly string[];
    /** the roles told the review window opens, this many days before it does (a GRADING_WINDOW task each). */
    windowNotice: { leadDays: number; roles: readonly string[] };
    /** X-071 (001 L428): roles told of an approved result besides the owner and the owning office (GRADE_APPROVED). */
    resultNoticeRoles: readonly string[];
  };

  /** CUS-023 treatment table by size × grade. */
  treatment: readonly TreatmentRow[];
  /** CUS-024 months (1–12) in which each grade's written report is due; due on the month's last day. */
  reportMonths: Record<CustomerGrade, readonly number[]>;
  /**
   * CUS-025 forwarding: the supervisor within N days counting from the day after receipt, the manager within M days
   * counting the day of receipt; and who records each step.
   */
  reportForwarding: {
    supervisorDays: number;
    managerDays: number;
    stepRoles: Record<'SUPERVISOR_FORWARDED' | 'MANAGER_FORWARDED' | 'VP_READ' | 'GM_SENT', readonly string[]>;
  };
  /** X-071 visit reminders this many days before the due date. */
  visitReminderDays: number;
  /** CUS-039, CUS-040 visit methods that count, default first. */
  visitMethods: readonly ('ON_SITE' | 'PHONE')[];

  ownership: {
    /** CUS-029 protection period of a confirmed claim. */
    protectionMonths: number;
    /** CUS-030 months without qualifying service after which a customer is dormant. */
    dormancyMonths: number;
    /** CUS-030 communication channels that are qualifying service (EVENT only when attended). */
    qualifyingServiceChannels: readonly string[];
    /** CUS-027 who confirms claims and decides lapsed claims (客户部经理 or coordinator). */
    claimConfirmerRoles: readonly string[];
    /** CUS-029, CUS-030, CUS-031, CUS-032 who reassigns customers without a further approval step. */
    transferDeciderRoles: readonly string[];
    /** CUS-026 department heads who deal out a department's leads. */
    leadDistributorRoles: readonly string[];
  };

  lifecycle: {
    /** CUS-033 loyal: ≥ N orders in the trailing M months, latest satisfaction ≥ S (if surveyed). */
    loyalMinOrders: number;
    loyalWindowMonths: number;
    loyalMinSatisfaction: number;
    /** CUS-033 churned after this many months without an order. */
    churnAfterMonths: number;
    /** CUS-034 churn risk after this many months without an order. */
    churnRiskAfterMonths: number;
    /** CUS-035 problem customer: ≥ N valid complaints in the trailing 12 months. */
    problemMinComplaints: number;
    /** Lifecycle changes by hand (with reason), suspension and reactivation (section 3). */
    managerRoles: readonly string[];
  };

  /** CUS-037 satisfaction surveys per calendar year. */
  surveysPerYear: number;

  /** CUS-038 points. */
  points: { perReferralAttended: number; perSalesUnit: number; salesUnit: string };

  /** CUS-041 care reminders: lead time and the lunar festivals' Gregorian dates per year. */
  care: { leadDays: number; festivals: Record<string, { springFestival: string; midAutumn: string }> };

  confidentiality: {
    /** X-030 default level on creation. */
    defaultLevel: ConfidentialityLevel;
    /** X-030 auto-raise to CONFIDENTIAL on these grades and sizes. */
    raiseOnGrades: readonly CustomerGrade[];
    raiseOnSizes: readonly CustomerSize[];
    /** X-030 roles that may set TOP_SECRET or lower a level. */
    levelSetterRoles: readonly string[];
    /** X-032 `access.grantDays`. */
    accessGrantDays: number;
    /** X-033 `loan.maxDays`. */
    loanMaxDays: number;
    /** CUS-008 roles that read confidential records of any customer. */
    confidentialRecordReaderRoles: readonly string[];
    /**
     * CUS-042 / X-032 roles that read CONFIDENTIAL and TOP_SECRET files within their scope without a file-access
     * grant; everyone else needs one, unless the file is placed with them (owner, custodian, key-account manager).
     */
    classifiedFileReaderRoles: readonly string[];
    /** CUS-042: who is asked to name the custodian of a file raised to CONFIDENTIAL automatically. */
    custodianAssignerRole: string;
  };

  /** who is told of a suspected leak at once, by role or by department (the GM office). */
  leakReport: { recipients: readonly LeakReportRecipient[] };

  custody: {
    /** X-037 `custody.auditMonths`: a custody audit of the files is due this many months after the last. */
    auditMonths: number;
    /** who records that a custody audit was done (INFO roles, auditors). */
    auditorRoles: readonly string[];
  };

  /** X-080 `idempotency.windowHours`: a repeated create with the same key returns the first result this long. */
  idempotency: { windowHours: number };

  /** X-054 approval templates the customer subgraph submits to (chains are frozen at submission, X-051). */
  approvalTemplates: readonly ApprovalTemplate[];

  /** CUS-006 who merges customers. */
  mergeRoles: readonly string[];
  /** Who runs the scheduled jobs by hand (the scheduler calls the functions directly). */
  jobRunnerRoles: readonly string[];
  /** X-082 largest CSV import in rows. */
  maxImportRows: number;
  /** an export job reads and writes this many rows per page (keyset), reporting progress after each. */
  exportPageSize: number;
}
