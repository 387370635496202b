import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { ApprovalState, CustomerGrade } from '../../../generated/resolvers-types';

/** CUS-021: a manual grade with a reason, in force from approval (GRADE_OVERRIDE) until the next approved assessment. */
@Entity({ name: 'grade_override' })
@Index('ix_grade_override_customer', ['customerId', 'state'])
export class GradeOverrideEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 1 })
  grade: CustomerGrade;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'varchar', length: 16 })
  state: ApprovalState;

  /** The approval request (审批) deciding this, in the platform's approvals engine. */
  @Column({ type: 'varchar', length: 36, name: 'approval_id', nullable: true })
  approvalId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'requested_by' })
  requestedBy: string;

  @CreateDateColumn({ ...instantColumn, name: 'requested_at' })
  requestedAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column({ ...instantColumn, name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 1000, name: 'decision_comment', nullable: true })
  decisionComment: string | null;
}
