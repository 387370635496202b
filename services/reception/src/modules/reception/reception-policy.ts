import type { HostRank, ReceptionClass } from '../../generated/resolvers-types';

/** Host ranks from highest to lowest: 公司高层 > 部门总监 > 部门经理 > 部门主管/业务负责人. */
export const HOST_RANKS_HIGH_TO_LOW: readonly HostRank[] = ['SENIOR_MANAGEMENT', 'DEPARTMENT_DIRECTOR', 'DEPARTMENT_MANAGER', 'SUPERVISOR'];

/** REC-006: the standard number of company attendees for guest counts up to `maxGuests` (null = any larger count). */
export interface AttendeeBand {
  maxGuests: number | null;
  attendees: number;
}

/**
 * The configurable values of the reception rules, so a deployment changes numbers in one place. Later rules
 * (settlement deadlines) add their figures here. The gift thresholds can also be set per deployment from the
 * environment (reception-config.ts).
 */
export interface ReceptionPolicy {
  /** REC-003 (Config: table): the lowest host rank that may receive each class without a substitution reason. */
  minimumHostRank: Readonly<Record<ReceptionClass, HostRank>>;
  /** REC-004 (Config: amounts): the hospitality cost standard (招待费标准) in yuan per person per day. */
  hospitalityPerPersonPerDay: Readonly<Record<ReceptionClass, string>>;
  /** REC-004 (Config: tolerance): how far above the cap, in percent, hospitality may go before it is over standard. */
  hospitalityTolerancePercent: number;
  /** REC-006 (Config: bands): standard company attendees (陪同人员, host included) by guest count, ascending. */
  attendeeBands: readonly AttendeeBand[];
  /**
   * REC-008 / X-054 (Config: chains): who approves RECEPTION_OVER_STANDARD, by class: one level above the class
   * approver (D SECTION_CHIEF, C SALES_DEPT_MANAGER, B SALES_DIRECTOR, A GM), at most GM (worked examples 3 and 4).
   */
  overStandardApprover: Readonly<Record<ReceptionClass, string>>;
  /** REC-009 (Config: 500): a gift of this unit value or more, in yuan, is important (重要礼品). */
  giftImportantUnitValue: string;
  /** REC-009 (Config: 2,000): gifts for one reception totalling this much or more, in yuan, are important. */
  giftImportantTotal: string;
}

/** The rule book's defaults (002 L419-427; tolerance 0 %, the band edges and the gift thresholds chosen there). */
export const DEFAULT_RECEPTION_POLICY: ReceptionPolicy = {
  minimumHostRank: {
    A: 'SENIOR_MANAGEMENT',
    B: 'DEPARTMENT_DIRECTOR',
    C: 'DEPARTMENT_MANAGER',
    D: 'SUPERVISOR',
  },
  // B and C read "左右" (about) in the policy; the rule book applies them as caps like A and D.
  hospitalityPerPersonPerDay: { A: '500.00', B: '300.00', C: '200.00', D: '150.00' },
  hospitalityTolerancePercent: 0,
  // Fewer than 5 guests → 1; 5 to 10 → 2; more than 10 → 3 (more than 3 needs over-standard approval).
  attendeeBands: [
    { maxGuests: 4, attendees: 1 },
    { maxGuests: 10, attendees: 2 },
    { maxGuests: null, attendees: 3 },
  ],
  overStandardApprover: { A: 'GM', B: 'VP', C: 'SALES_DIRECTOR', D: 'SALES_DEPT_MANAGER' },
  giftImportantUnitValue: '500.00',
  giftImportantTotal: '2000.00',
};

/** True when `rank` is at least `minimum` in the hierarchy. */
export function rankAtLeast(rank: HostRank, minimum: HostRank): boolean {
  return HOST_RANKS_HIGH_TO_LOW.indexOf(rank) <= HOST_RANKS_HIGH_TO_LOW.indexOf(minimum);
}
