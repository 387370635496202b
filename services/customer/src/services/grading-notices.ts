import { EntityManager } from 'typeorm';
import type { CustomerEntity } from '../entities/customer.entity';
import type { GradeAssessmentEntity } from '../entities/grade-assessment.entity';
import type { CustomerPolicy } from '../domain/customer-policy';
import { reviewWindow, windowNoticeCycle } from '../domain/grading';
import type { DailyJob } from './daily-jobs';
import { openTask, TaskSpec } from './tasks';

/**
 * CUS-019/X-071: "annual customer grading window opens → section chiefs, SALES_DEPT_MANAGER, 7 days before 25 March".
 * One GRADING_WINDOW task per configured role, due the day the window opens: that due date is the same on every day
 * of the lead period, so a second run, or a run on a later day, finds the task and opens none.
 */
export const gradingWindowNotices: DailyJob = {
  name: 'GRADING_WINDOW_NOTICES',
  async run(manager, rt, asOf) {
    const cycleYear = windowNoticeCycle(asOf, rt.policy);
    if (cycleYear === null) return 0;
    const { from, to } = reviewWindow(cycleYear, rt.policy);
    const title = `${cycleYear} 年度客户等级评定:${from} 至 ${to},请事先完成所辖客户的初步评级`;
    let created = 0;
    for (const role of rt.policy.grading.windowNotice.roles) {
      if (await openTask(manager, { kind: 'GRADING_WINDOW', customerId: null, assigneeRole: role, dueOn: from, title })) created += 1;
    }
    return created;
  },
};

/**
 * CUS-019/X-071 (001 L428 "评审结果要及时通报办事处、财务部"): an approved result is sent, in the approval's transaction,
 * to the customer's owner, the owning office (its department) and the configured roles (FINANCE) — one GRADE_APPROVED
 * task each, keyed by the assessment, so the same approval cannot notify anyone twice.
 */
export async function announceGradeApproved(manager: EntityManager, policy: CustomerPolicy, assessment: GradeAssessmentEntity, customer: CustomerEntity, effectiveFrom: string): Promise<void> {
  const recipients: Pick<TaskSpec, 'assigneeId' | 'assigneeRole' | 'assigneeDepartmentId'>[] = [
    ...(customer.ownerId ? [{ assigneeId: customer.ownerId }] : []),
    ...(customer.ownerDepartmentId ? [{ assigneeDepartmentId: customer.ownerDepartmentId }] : []),
    ...policy.grading.resultNoticeRoles.map((role) => ({ assigneeRole: role })),
  ];
  const title = `客户 ${customer.name} 等级评定结果 ${assessment.resultGrade} 已批准,自 ${effectiveFrom} 起生效`;
  for (const to of recipients) {
    await openTask(manager, { kind: 'GRADE_APPROVED', customerId: customer.id, relatedId: assessment.id, dueOn: effectiveFrom, title, ...to });
  }
}
