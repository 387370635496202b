import type { DepartmentSatisfaction } from '../../generated/resolvers-types';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { quarterLabel, quarterRange, rounded } from './periods.rules';
import { fillGrid, gridKey, rawId, rawNumber } from '../../shared/support/raw-rows';
import { satisfactionRows } from './bi.store';

/**
 * Section 5 "satisfaction average by department and quarter" (CUS-037: results feed the department's assessment):
 * per department the survey was recorded for and calendar quarter of the survey date, surveys of customers in the
 * caller's scope. The database returns sum and count; the average is divided here so SQLite and MySQL agree.
 */
export async function satisfactionByDepartment(rt: CustomerRuntime, ctx: Ctx, from: string, to: string): Promise<DepartmentSatisfaction[]> {
  const quarters = quarterRange(from, to);
  const rows = await satisfactionRows(rt.dataSource, ctx.access, {
    firstDay: quarters[0].firstDay,
    lastDay: quarters[quarters.length - 1].lastDay,
  });
  const found = new Map<string, DepartmentSatisfaction>();
  for (const row of rows) {
    const departmentId = rawId(row.departmentId);
    const quarter = quarterLabel(String(row.year), rawNumber(row.quarter));
    const surveys = rawNumber(row.surveys);
    found.set(gridKey(departmentId, quarter), {
      departmentId,
      quarter,
      surveys,
      averageScore: rounded(rawNumber(row.scoreSum) / surveys, 2),
    });
  }
  return fillGrid(
    rows.map((r) => rawId(r.departmentId)),
    quarters.map((q) => q.label),
    found,
    (departmentId, quarter) => ({ departmentId, quarter, surveys: 0, averageScore: null }),
  );
}
