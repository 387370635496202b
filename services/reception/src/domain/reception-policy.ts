import type { HostRank, ReceptionClass } from '../generated/resolvers-types';

/** Host ranks from highest to lowest: 公司高层 > 部门总监 > 部门经理 > 部门主管/业务负责人. */
export const HOST_RANKS_HIGH_TO_LOW: readonly HostRank[] = ['SENIOR_MANAGEMENT', 'DEPARTMENT_DIRECTOR', 'DEPARTMENT_MANAGER', 'SUPERVISOR'];

/**
 * The configurable values of the reception rules. Later REC rules (cost standards, attendee bands, gift thresholds)
 * add their figures here, so a deployment changes numbers in one place.
 */
export interface ReceptionPolicy {
  /** REC-003 (Config: table): the lowest host rank that may receive each class without a substitution reason. */
  minimumHostRank: Readonly<Record<ReceptionClass, HostRank>>;
}

/** The rule book's defaults (002 L419, L423). */
export const DEFAULT_RECEPTION_POLICY: ReceptionPolicy = {
  minimumHostRank: {
    A: 'SENIOR_MANAGEMENT',
    B: 'DEPARTMENT_DIRECTOR',
    C: 'DEPARTMENT_MANAGER',
    D: 'SUPERVISOR',
  },
};

/** True when `rank` is at least `minimum` in the hierarchy. */
export function rankAtLeast(rank: HostRank, minimum: HostRank): boolean {
  return HOST_RANKS_HIGH_TO_LOW.indexOf(rank) <= HOST_RANKS_HIGH_TO_LOW.indexOf(minimum);
}
