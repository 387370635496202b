import { DEMO_SALES_OWNERS, DEMO_STAFF, DemoStaff } from '@crm/platform';
import { REGIONS } from './vocabulary';

/** Rows at scale 1 (the minimum data set); `--scale` multiplies every count. */
export const FULL_SCALE_COUNTS = {
  customers: 100_000,
  receivables: 300_000,
  complaints: 200_000,
  suppliers: 5_000,
  receptions: 50_000,
} as const;

export type DatasetCounts = { -readonly [K in keyof typeof FULL_SCALE_COUNTS]: number };

/** Everything the generators depend on: the same plan always gives the same rows (dates are relative to `now`). */
export interface DatasetPlan {
  seed: number;
  scale: number;
  counts: DatasetCounts;
  /** The instant the data set ends at; history goes back `historyDays` from here. */
  now: Date;
  /** Business date of `now` in Asia/Shanghai. */
  today: string;
  historyDays: number;
}

export const DAY_MS = 86_400_000;

export function datasetPlan(seed: number, scale: number, now = new Date()): DatasetPlan {
  const counts = Object.fromEntries(
    Object.entries(FULL_SCALE_COUNTS).map(([table, rows]) => [table, Math.max(10, Math.round(rows * scale))]),
  ) as DatasetCounts;
  return { seed, scale, counts, now, today: businessDateOf(now), historyDays: 730 };
}

/** An instant `days` before the plan's now (fractional days allowed). */
export const daysBefore = (plan: DatasetPlan, days: number): Date => new Date(plan.now.getTime() - days * DAY_MS);

/** China Standard Time has been UTC+8 all year since 1991: a fixed offset is exact here and far cheaper than Intl. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The Asia/Shanghai business date (YYYY-MM-DD) of an instant. */
export const businessDateOf = (instant: Date): string => new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** A calendar date plus n days (n may be negative), like the platform's addCalendarDays without its validation. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** The sales office in charge of a region (the demo organisation has three offices; other regions report to 营销中心). */
const OFFICE_BY_REGION: Record<string, string> = { 华东: 'd-sales-east', 华南: 'd-sales-south', 华北: 'd-sales-north' };

export const officeOfRegion = (region: string): string => OFFICE_BY_REGION[region] ?? 'd-sales';

/**
 * Sales staff who own customers: the demo owners (whose tokens `npm run token` prints) plus a few hundred more per
 * region, so owner filters select realistic shares.
 */
export function salesStaffByRegion(perRegion = 30): Map<string, DemoStaff[]> {
  const byRegion = new Map<string, DemoStaff[]>();
  let n = 0;
  for (const region of REGIONS) {
    const departmentId = officeOfRegion(region);
    const staff: DemoStaff[] = DEMO_SALES_OWNERS.filter((s) => s.departmentId === departmentId);
    for (let i = 0; i < perRegion; i += 1) {
      n += 1;
      staff.push({ id: `s-sales-${String(n).padStart(3, '0')}`, name: `销售${n}`, departmentId, roles: ['SALES_REP'] });
    }
    byRegion.set(region, staff);
  }
  return byRegion;
}

export function demoStaff(role: string): DemoStaff {
  const staff = DEMO_STAFF.find((s) => s.roles.includes(role));
  if (!staff) throw new Error(`no demo staff member holds ${role}`);
  return staff;
}
