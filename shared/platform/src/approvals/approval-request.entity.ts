import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn } from '../db/column-types';
import type { ApprovalState } from './approval-machine';

/**
 * An approval request of one subgraph, kept in that subgraph's database beside the subject it gates: the
 * template, the subject, the attributes that chose the chain, and the chain frozen at submission with its decisions.
 */
@Entity({ name: 'approval_request' })
@Index('ix_approval_subject', ['subjectType', 'subjectId'])
@Index('ix_approval_state', ['state', 'createdAt'])
@Index('ix_approval_awaiting', ['currentRole', 'state'])
@Index('ix_approval_created', ['createdAt', 'id'])
export class ApprovalRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  template: string;

  @Column({ type: 'varchar', length: 40, name: 'subject_type' })
  subjectType: string;

  @Column({ type: 'varchar', length: 100, name: 'subject_id' })
  subjectId: string;

  @Column({ type: 'varchar', length: 64, name: 'requester_id' })
  requesterId: string;

  /** JSON of the ApprovalAttributes (amount, grade, level, kind) the chain was chosen by. */
  @Column({ type: 'text' })
  attributes: string;

  /** JSON array of ApprovalStep: the frozen chain and its decisions. */
  @Column({ type: 'text' })
  steps: string;

  @Column({ type: 'int', name: 'current_step', default: 0 })
  currentStep: number;

  /** The role the current step waits for (null once decided), so "awaiting me" is a SQL filter. */
  @Column({ type: 'varchar', length: 40, name: 'current_role', nullable: true })
  currentRole: string | null;

  @Column({ type: 'varchar', length: 16 })
  state: ApprovalState;

  /** Why it was requested, in the requester's words. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ ...instantColumn, name: 'updated_at' })
  updatedAt: Date;
}
