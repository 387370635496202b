import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Outcome } from '@crm/platform';
import { addCalendarDays, succeeded } from '@crm/platform';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import { GradeHistoryEntity } from '../../shared/entities/grade-history.entity';
import { VisitPlanEntity } from '../../shared/entities/visit-plan.entity';
import { customerById } from '../../shared/customer.store';
import { insertGradeHistory, insertVisitPlan, openGradeHistory, visitPlanOfCustomer } from './key-accounts.store';
import { autoRaisedLevel, isClassified } from '../../shared/confidentiality-levels.rules';
import { plannedVisits, treatmentOf } from '../../shared/treatment.rules';
import type { CustomerGrade, GradeSource } from '../../generated/resolvers-types';
import { updateRecord } from '../../shared/support/audited-update.store';
import { updateCustomerBySystem, updateCustomerVersion } from '../../shared/customer-writes';
import type { Ctx, RuleEnv } from '../../shared/runtime';
import { openTask } from '../../shared/tasks';

/**
 * The consequences of a customer's class (size × grade) changing, applied in the caller's transaction:
 * the confidentiality level is raised when the customer becomes A or BIG and the visit plan is derived
 * again (CUS-039). Every size or grade change goes through here.
 */
export type ClassPatch = Partial<
  Pick<
    CustomerEntity,
    | 'grade'
    | 'gradeProvisional'
    | 'gradeEffectiveFrom'
    | 'provisionalUntil'
    | 'size'
    | 'sizeDesignated'
    | 'sizeReason'
    | 'keyAccountManagerId'
  >
>;

export async function applyClassChange(
  manager: EntityManager,
  rt: RuleEnv,
  customer: CustomerEntity,
  patch: ClassPatch,
  effectiveOn: string,
  by: { ctx: Ctx; version: number } | { actor: string },
): Promise<Outcome<CustomerEntity>> {
  const grade = patch.grade !== undefined ? patch.grade : customer.grade;
  const size = patch.size ?? customer.size;
  const full = { ...patch, confidentiality: autoRaisedLevel(customer.confidentiality, grade, size, rt.policy) };
  let updated: CustomerEntity;
  if ('ctx' in by) {
    const outcome = await updateCustomerVersion(manager, customer, by.version, full, by.ctx);
    if (!outcome.ok) return outcome;
    updated = outcome.value;
  } else {
    await updateCustomerBySystem(manager, customer, full, by.actor);
    updated = await customerById(manager, customer.id);
  }
  await rederiveVisitPlan(manager, rt, updated, effectiveOn);
  await askForCustodian(manager, rt, customer, updated, effectiveOn);
  return succeeded(updated);
}

/** CUS-042: a file raised to CONFIDENTIAL without a custodian gets one named by the custodian assigner (X-037 lists it meanwhile). */
async function askForCustodian(
  manager: EntityManager,
  rt: RuleEnv,
  before: CustomerEntity,
  after: CustomerEntity,
  on: string,
): Promise<void> {
  if (after.custodianId || isClassified(before.confidentiality) || !isClassified(after.confidentiality)) return;
  await openTask(manager, {
    kind: 'CUSTODIAN_NEEDED',
    customerId: after.id,
    assigneeRole: rt.policy.confidentiality.custodianAssignerRole,
    dueOn: on,
    title: `客户 ${after.code} ${after.name} 已升为机密档案,请指定专人管理`,
  });
}

/** CUS-039: keeps the customer's visit plan in line with its class; a plan of an unchanged class is left alone. */
export async function rederiveVisitPlan(manager: EntityManager, rt: RuleEnv, customer: CustomerEntity, classFrom: string): Promise<void> {
  const treatment = treatmentOf(customer.size, customer.grade, rt.policy);
  const existing = await visitPlanOfCustomer(manager, customer.id);
  if (!treatment) {
    if (existing?.active) await updateRecord(manager, VisitPlanEntity, existing, { active: false });
    return;
  }
  if (existing && existing.treatmentClass === treatment.treatmentClass) return;
  const plan = plannedVisits(treatment, existing?.lastVisitOn ?? null, classFrom, rt.policy);
  if (existing) await updateRecord(manager, VisitPlanEntity, existing, { ...plan });
  else await insertVisitPlan(manager, { id: randomUUID(), customerId: customer.id, lastVisitOn: null, ...plan });
}

export interface GradeChange {
  grade: CustomerGrade;
  provisional: boolean;
  source: GradeSource;
  effectiveFrom: string;
  provisionalUntil?: string | null;
  reason?: string | null;
  assessmentId?: string | null;
  overrideId?: string | null;
}

/**
 * CUS-022: a new grade closes the open history entry the day before and opens the next one, then applies the
 * class consequences. History rows are never rewritten otherwise.
 */
export async function changeGrade(
  manager: EntityManager,
  rt: RuleEnv,
  customer: CustomerEntity,
  change: GradeChange,
  actor: string,
): Promise<CustomerEntity> {
  const open = await openGradeHistory(manager, customer.id);
  for (const entry of open) {
    const dayBefore = addCalendarDays(change.effectiveFrom, -1);
    await updateRecord(manager, GradeHistoryEntity, entry, {
      effectiveTo: dayBefore < entry.effectiveFrom ? entry.effectiveFrom : dayBefore,
    });
  }
  await insertGradeHistory(manager, {
    id: randomUUID(),
    customerId: customer.id,
    grade: change.grade,
    provisional: change.provisional,
    source: change.source,
    effectiveFrom: change.effectiveFrom,
    effectiveTo: null,
    reason: change.reason ?? null,
    assessmentId: change.assessmentId ?? null,
    overrideId: change.overrideId ?? null,
    recordedBy: actor,
  });
  const patch: ClassPatch = { grade: change.grade, gradeProvisional: change.provisional, gradeEffectiveFrom: change.effectiveFrom };
  if (change.provisionalUntil !== undefined) patch.provisionalUntil = change.provisionalUntil;
  const outcome = await applyClassChange(manager, rt, customer, patch, change.effectiveFrom, { actor });
  if (!outcome.ok) throw new Error('a system class change cannot be refused');
  return outcome.value;
}
