import type { SelectQueryBuilder } from 'typeorm';
import { normaliseUscc } from '@crm/platform';
import type { CustomerEntity } from './entities/customer.entity';
import type { CustomerFilter } from '../generated/resolvers-types';

/**
 * The one translation of a CustomerFilter into SQL, shared by the list, the export (the full filtered set, X-081) and
 * the BI aggregates, so the three always agree on what a filter means.
 */
export function applyCustomerFilter(
  qb: SelectQueryBuilder<CustomerEntity>,
  filter: CustomerFilter | null | undefined,
  surveysPerYear: number,
): SelectQueryBuilder<CustomerEntity> {
  const c = qb.alias;
  const deleted = filter?.deleted ?? 'EXCLUDE';
  if (deleted !== 'EXCLUDE') qb.withDeleted();
  if (deleted === 'ONLY') qb.andWhere(`${c}.deletedAt IS NOT NULL`);
  if (!filter) return qb;
  const inList = (property: string, values: readonly string[] | null | undefined, param: string) => {
    if (values?.length) qb.andWhere(`${c}.${property} IN (:...${param})`, { [param]: values });
  };
  inList('grade', filter.grades, 'fGrades');
  inList('lifecycleStage', filter.lifecycleStages, 'fStages');
  inList('type', filter.types, 'fTypes');
  inList('size', filter.sizes, 'fSizes');
  inList('status', filter.statuses, 'fStatuses');
  inList('filingStatus', filter.filingStatuses, 'fFiling');
  inList('confidentiality', filter.confidentiality, 'fLevels');
  const equals = (property: string, value: string | boolean | null | undefined, param: string) => {
    if (value !== null && value !== undefined) qb.andWhere(`${c}.${property} = :${param}`, { [param]: value });
  };
  equals('region', filter.region, 'fRegion');
  equals('ownerId', filter.ownerId, 'fOwner');
  equals('ownerDepartmentId', filter.ownerDepartmentId, 'fDepartment');
  equals('custodianId', filter.custodianId, 'fCustodian');
  equals('gradeProvisional', filter.provisional, 'fProvisional');
  equals('dormant', filter.dormant, 'fDormant');
  equals('churnRisk', filter.churnRisk, 'fChurnRisk');
  equals('problemCustomer', filter.problemCustomer, 'fProblem');
  if (filter.usccCode) qb.andWhere(`${c}.usccCode = :fUscc`, { fUscc: normaliseUscc(filter.usccCode) });
  if (filter.nameContains) {
    const escaped = filter.nameContains.replace(/[!%_]/g, (ch) => `!${ch}`);
    qb.andWhere(`${c}.name LIKE :fName ESCAPE '!'`, { fName: `%${escaped}%` });
  }
  // CUS-009: due before the given day means overdue on it.
  if (filter.reviewOverdueOn) qb.andWhere(`${c}.reviewDueOn < :fReviewOn`, { fReviewOn: filter.reviewOverdueOn });
  if (filter.surveyMissingInYear) {
    const year = filter.surveyMissingInYear;
    qb.andWhere(`${c}.status = 'ACTIVE' AND ${c}.filingStatus = 'FILED'`).andWhere(
      `(SELECT COUNT(*) FROM satisfaction_survey s WHERE s.customer_id = ${c}.id AND s.surveyed_on BETWEEN :fYearFrom AND :fYearTo) < :fSurveys`,
      { fYearFrom: `${year}-01-01`, fYearTo: `${year}-12-31`, fSurveys: surveysPerYear },
    );
  }
  return qb;
}
