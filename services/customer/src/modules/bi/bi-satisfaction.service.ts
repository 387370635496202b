import { SatisfactionSurveyEntity } from '../../shared/entities/satisfaction-survey.entity';
import type { DepartmentSatisfaction } from '../../generated/resolvers-types';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { quarterLabel, quarterNumberSql, quarterRange, rounded } from './periods.rules';
import type { RawRow } from '../../shared/support/raw-rows';
import { fillGrid, gridKey, rawId, rawNumber } from '../../shared/support/raw-rows';
import { childRowsInScope } from './bi-scope.service';

/**
 * Section 5 "satisfaction average by department and quarter" (CUS-037: results feed the department's assessment):
 * per department the survey was recorded for and calendar quarter of the survey date, surveys of customers in the
 * caller's scope. The database returns sum and count; the average is divided here so SQLite and MySQL agree.
 */
export async function satisfactionByDepartment(rt: CustomerRuntime, ctx: Ctx, from: string, to: string): Promise<DepartmentSatisfaction[]> {
  const quarters = quarterRange(from, to);
  const rows = await childRowsInScope(rt, ctx, SatisfactionSurveyEntity, 's')
    .select('s.departmentId', 'departmentId')
    .addSelect('SUBSTR(s.surveyedOn, 1, 4)', 'year')
    .addSelect(quarterNumberSql('s.surveyedOn'), 'quarter')
    .addSelect('COUNT(*)', 'surveys')
    .addSelect('SUM(s.score)', 'scoreSum')
    .andWhere('s.surveyedOn BETWEEN :surveyFrom AND :surveyTo', {
      surveyFrom: quarters[0].firstDay,
      surveyTo: quarters[quarters.length - 1].lastDay,
    })
    .groupBy('s.departmentId')
    .addGroupBy('SUBSTR(s.surveyedOn, 1, 4)')
    .addGroupBy(quarterNumberSql('s.surveyedOn'))
    .getRawMany<RawRow>();
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
