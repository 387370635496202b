import type { EntityManager } from 'typeorm';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import type { GradeAssessmentEntity } from '../../shared/entities/grade-assessment.entity';
import type { CustomerPolicy } from '../../shared/customer-policy';
import type { TaskSpec } from '../../shared/tasks';
import { openTask } from '../../shared/tasks';

/**
 * CUS-019/X-071 (001 L428 "评审结果要及时通报办事处、财务部"): an approved result is sent, in the approval's transaction,
 * to the customer's owner, the owning office (its department) and the configured roles (FINANCE) — one GRADE_APPROVED
 * task each, keyed by the assessment, so the same approval cannot notify anyone twice.
 */
export async function announceGradeApproved(
  manager: EntityManager,
  policy: CustomerPolicy,
  assessment: GradeAssessmentEntity,
  customer: CustomerEntity,
  effectiveFrom: string,
): Promise<void> {
  const recipients: Pick<TaskSpec, 'assigneeId' | 'assigneeRole' | 'assigneeDepartmentId'>[] = [
    ...(customer.ownerId ? [{ assigneeId: customer.ownerId }] : []),
    ...(customer.ownerDepartmentId ? [{ assigneeDepartmentId: customer.ownerDepartmentId }] : []),
    ...policy.grading.resultNoticeRoles.map((role) => ({ assigneeRole: role })),
  ];
  const title = `客户 ${customer.name} 等级评定结果 ${assessment.resultGrade} 已批准,自 ${effectiveFrom} 起生效`;
  for (const to of recipients) {
    await openTask(manager, {
      kind: 'GRADE_APPROVED',
      customerId: customer.id,
      relatedId: assessment.id,
      dueOn: effectiveFrom,
      title,
      ...to,
    });
  }
}
