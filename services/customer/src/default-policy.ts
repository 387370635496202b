import type { ApprovalTemplate } from '@crm/platform';
import { CONFIDENTIALITY_APPROVAL_TEMPLATES } from './modules/confidentiality/confidentiality.approvals';
import { DISCLOSURE_APPROVAL_TEMPLATES } from './modules/disclosure/disclosure.approvals';
import { GRADING_APPROVAL_TEMPLATES } from './modules/grading/grading.approvals';
import { LIFECYCLE_APPROVAL_TEMPLATES } from './modules/lifecycle/lifecycle.approvals';
import { OWNERSHIP_APPROVAL_TEMPLATES } from './modules/ownership/ownership.approvals';
import { PROFILE_APPROVAL_TEMPLATES } from './modules/profile/profile.approvals';
import type { CustomerPolicy } from './shared/customer-policy';

// The subgraph's default policy: the rule book's defaults, with each area's approval templates. It sits beside
// index.ts (the composition root) because it gathers what the modules declare.

/**
 * The approval templates the customer subgraph submits (X-054, each declared by the area that owns it: filing and
 * counterparty admission, grading, ownership transfer, file access, loan and export, external disclosure) and the
 * termination request CUS-036 asks for.
 */
export const CUSTOMER_APPROVAL_TEMPLATES: readonly ApprovalTemplate[] = [
  ...PROFILE_APPROVAL_TEMPLATES,
  ...GRADING_APPROVAL_TEMPLATES,
  ...OWNERSHIP_APPROVAL_TEMPLATES,
  ...CONFIDENTIALITY_APPROVAL_TEMPLATES,
  ...DISCLOSURE_APPROVAL_TEMPLATES,
  ...LIFECYCLE_APPROVAL_TEMPLATES,
];

const MANAGERS_AND_ABOVE = ['SALES_DEPT_MANAGER', 'CUSTOMER_DEPT_MANAGER', 'SALES_DIRECTOR', 'VP', 'GM', 'CHAIRMAN'] as const;

export const DEFAULT_CUSTOMER_POLICY: CustomerPolicy = {
  timeZone: 'Asia/Shanghai',
  calendar: { holidays: [], makeUpWorkdays: [] },
  filing: {
    requiredFields: ['name', 'legalRepresentative', 'address', 'phone', 'postcode', 'businessScope', 'registeredCapital'],
    reminderAfterWorkingDays: 3,
    reminderEveryDays: 7,
    kpiFlagAtReminder: 3,
  },
  duplicateWarningKeys: ['NAME', 'PHONE'],
  profileReviewMonths: 12,
  officeReportDay: 5,
  keyAccount: { minAnnualSales: '1000000.00', designatorRoles: ['SALES_DEPT_MANAGER'], minStaffForImportant: 2 },
  grading: {
    contractAmount: { t1: '10000000.00', t2: '5000000.00', t3: '1000000.00', arrearsToleranceDays: 0 },
    receivable: { r1: '500000.00', r2: '1000000.00', r3: '2000000.00' },
    premiumPct: { p1: '10', p2: '5', p3: '0' },
    bands: [
      { grade: 'A', minTotal: 14 },
      { grade: 'B', minTotal: 12 },
      { grade: 'C', minTotal: 10 },
      { grade: 'D', minTotal: 0 },
    ],
    provisionalMonths: 12,
    provisionalGrade: 'C',
    reviewWindow: { month: 3, fromDay: 25, toDay: 30 },
    strategicInfluenceRoles: MANAGERS_AND_ABOVE,
    prelimRaterRoles: ['SECTION_CHIEF', 'OFFICE_DIRECTOR', ...MANAGERS_AND_ABOVE],
    meetingReviewerRoles: ['SALES_DEPT_MANAGER', 'SALES_DIRECTOR'],
    submitterRoles: ['SALES_DEPT_MANAGER'],
    organiserRoles: ['SECTION_CHIEF', 'SALES_DEPT_MANAGER', 'SALES_DIRECTOR'],
    overrideRequesterRoles: ['SALES_DEPT_MANAGER', 'CUSTOMER_DEPT_MANAGER', 'SALES_DIRECTOR', 'VP'],
    windowNotice: { leadDays: 7, roles: ['SECTION_CHIEF', 'SALES_DEPT_MANAGER'] },
    // "评审结果要及时通报办事处、财务部": the offices are the owner's department, finance is this role list.
    resultNoticeRoles: ['FINANCE'],
  },
  treatment: [
    { size: 'BIG', grade: 'A', shippingPriority: 1, priceTier: 'BEST', revisitBy: ['VP', 'SALES_DEPT_MANAGER'], revisitEveryMonths: 3 },
    { size: 'BIG', grade: 'B', shippingPriority: 2, priceTier: 'BETTER', revisitBy: ['VP', 'SALES_DEPT_MANAGER'], revisitEveryMonths: 6 },
    { size: 'ORDINARY', grade: 'A', shippingPriority: 3, priceTier: 'BETTER', revisitBy: ['SALES_DEPT_MANAGER'], revisitEveryMonths: 12 },
    { size: 'BIG', grade: 'C', shippingPriority: 4, priceTier: 'DISCOUNT', revisitBy: ['SALES_DEPT_MANAGER'], revisitEveryMonths: 12 },
    { size: 'ORDINARY', grade: 'B', shippingPriority: 5, priceTier: 'DISCOUNT', revisitBy: ['OFFICE_DIRECTOR'], revisitEveryMonths: 6 },
    { size: 'ORDINARY', grade: 'C', shippingPriority: 6, priceTier: 'STANDARD', revisitBy: ['SALES_REP'], revisitEveryMonths: 12 },
    { size: 'BIG', grade: 'D', shippingPriority: 7, priceTier: 'STANDARD', revisitBy: [], revisitEveryMonths: null },
    { size: 'ORDINARY', grade: 'D', shippingPriority: 7, priceTier: 'STANDARD', revisitBy: [], revisitEveryMonths: null },
  ],
  reportMonths: { A: [3, 9], B: [1, 4, 7, 10], C: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], D: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  reportForwarding: {
    supervisorDays: 2,
    managerDays: 5,
    stepRoles: {
      SUPERVISOR_FORWARDED: ['SECTION_CHIEF', 'OFFICE_DIRECTOR'],
      MANAGER_FORWARDED: ['SALES_DEPT_MANAGER'],
      VP_READ: ['VP'],
      GM_SENT: ['VP'],
    },
  },
  visitReminderDays: 7,
  visitMethods: ['ON_SITE', 'PHONE'],
  ownership: {
    protectionMonths: 2,
    dormancyMonths: 3,
    qualifyingServiceChannels: ['ON_SITE', 'PHONE', 'EVENT'],
    claimConfirmerRoles: ['CUSTOMER_DEPT_MANAGER', 'COORDINATOR'],
    transferDeciderRoles: ['CUSTOMER_DEPT_MANAGER', 'VP'],
    leadDistributorRoles: ['OFFICE_DIRECTOR', 'SECTION_CHIEF', 'SALES_DEPT_MANAGER', 'CUSTOMER_DEPT_MANAGER'],
  },
  lifecycle: {
    loyalMinOrders: 3,
    loyalWindowMonths: 24,
    loyalMinSatisfaction: 4,
    churnAfterMonths: 12,
    churnRiskAfterMonths: 6,
    problemMinComplaints: 3,
    managerRoles: ['SALES_DEPT_MANAGER', 'SALES_DIRECTOR', 'VP', 'GM'],
  },
  surveysPerYear: 1,
  points: { perReferralAttended: 100, perSalesUnit: 100, salesUnit: '1000.00' },
  care: {
    leadDays: 3,
    festivals: {
      '2025': { springFestival: '2025-01-29', midAutumn: '2025-10-06' },
      '2026': { springFestival: '2026-02-17', midAutumn: '2026-09-25' },
      '2027': { springFestival: '2027-02-06', midAutumn: '2027-09-15' },
      '2028': { springFestival: '2028-01-26', midAutumn: '2028-10-03' },
    },
  },
  confidentiality: {
    defaultLevel: 'SECRET',
    raiseOnGrades: ['A'],
    raiseOnSizes: ['BIG'],
    levelSetterRoles: ['CS_MANAGER', 'GM'],
    accessGrantDays: 3,
    loanMaxDays: 3,
    confidentialRecordReaderRoles: ['CS_MANAGER', 'INFO_SUPERVISOR', 'VP', 'GM', 'CHAIRMAN'],
    // Chosen: those who classify files (X-030's level setters; 002 L345 has the CS manager approve classified reads)
    // and the information supervisor who keeps them and names their custodians.
    classifiedFileReaderRoles: ['CS_MANAGER', 'INFO_SUPERVISOR', 'GM'],
    // 客户信息主管 keeps the files (X-037's custody audits); chosen.
    custodianAssignerRole: 'INFO_SUPERVISOR',
  },
  // 客户信息主管, 客户服务部经理 and the GM office (the GM unless a deployment names the office's department).
  leakReport: { recipients: [{ role: 'INFO_SUPERVISOR' }, { role: 'CS_MANAGER' }, { role: 'GM' }] },
  custody: { auditMonths: 6, auditorRoles: ['INFO_SPECIALIST', 'INFO_SUPERVISOR', 'CS_MANAGER', 'AUDIT', 'GM'] },
  idempotency: { windowHours: 24 },
  approvalTemplates: CUSTOMER_APPROVAL_TEMPLATES,
  mergeRoles: ['INFO_SPECIALIST', 'INFO_SUPERVISOR', 'SALES_DEPT_MANAGER', 'CUSTOMER_DEPT_MANAGER', 'CS_MANAGER', 'VP', 'GM'],
  jobRunnerRoles: ['SYSTEM'],
  maxImportRows: 5000,
  exportPageSize: 1000,
};
