import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { ApprovalState, ConfidentialityLevel } from '../../generated/resolvers-types';

/** 查阅申请: reading a file outside one's scope or any CONFIDENTIAL/TOP_SECRET file; the grant expires. */
@Entity({ name: 'file_access_request' })
@Index('ix_file_access_requester', ['requesterId', 'customerId', 'state'])
@Index('ix_file_access_list', ['createdAt', 'id'])
export class FileAccessRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 64, name: 'requester_id' })
  requesterId: string;

  @Column({ type: 'varchar', length: 64, name: 'requester_department_id', nullable: true })
  requesterDepartmentId: string | null;

  @Column({ type: 'varchar', length: 300 })
  purpose: string;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  /** External persons present an introduction letter or ID (介绍信/工作证), recorded here. */
  @Column({ type: 'varchar', length: 200, name: 'introduction_ref', nullable: true })
  introductionRef: string | null;

  @Column({ type: 'boolean', name: 'is_external', default: false })
  isExternal: boolean;

  /** The file's level when requested: CONFIDENTIAL/TOP_SECRET need the classified approver. */
  @Column({ type: 'varchar', length: 16, name: 'level_at_request' })
  levelAtRequest: ConfidentialityLevel;

  @Column({ type: 'varchar', length: 16 })
  state: ApprovalState;

  /** The approval request (审批) deciding this, in the platform's approvals engine. */
  @Column({ type: 'varchar', length: 36, name: 'approval_id', nullable: true })
  approvalId: string | null;

  /** Last day of the grant, set on approval. */
  @Column({ type: 'date', name: 'granted_until', nullable: true })
  grantedUntil: string | null;

  @Column({ type: 'varchar', length: 64, name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column({ ...instantColumn, name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 1000, name: 'decision_comment', nullable: true })
  decisionComment: string | null;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;
}
