import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { CustomerTaskKind, CustomerTaskState } from '../../generated/resolvers-types';

/**
 * A reminder or follow-up the rules create (filing reminders, revisits, customer notices, lapsed claims, care dates).
 * `dedupeKey` = kind, subject, recipient and due date: a job run twice creates it once.
 */
@Entity({ name: 'customer_task' })
@Index('ux_customer_task_dedupe', ['dedupeKey'], { unique: true })
@Index('ix_customer_task_assignee', ['assigneeId', 'state', 'dueOn'])
@Index('ix_customer_task_list', ['createdAt', 'id'])
@Index('ix_customer_task_related', ['relatedId'])
export class CustomerTaskEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id', nullable: true })
  customerId: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind: CustomerTaskKind;

  @Column({ type: 'varchar', length: 64, name: 'assignee_id', nullable: true })
  assigneeId: string | null;

  /** Set when the task goes to whoever holds a role (e.g. CUSTOMER_DEPT_MANAGER). */
  @Column({ type: 'varchar', length: 32, name: 'assignee_role', nullable: true })
  assigneeRole: string | null;

  /** Set when the task goes to the head of a department (e.g. the borrower's manager, X-033). */
  @Column({ type: 'varchar', length: 64, name: 'assignee_department_id', nullable: true })
  assigneeDepartmentId: string | null;

  @Column({ type: 'date', name: 'due_on' })
  dueOn: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The claim, transfer, loan or contact the task is about. */
  @Column({ type: 'varchar', length: 36, name: 'related_id', nullable: true })
  relatedId: string | null;

  @Column({ type: 'varchar', length: 200, name: 'dedupe_key' })
  dedupeKey: string;

  @Column({ type: 'varchar', length: 8 })
  state: CustomerTaskState;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  @Column({ ...instantColumn, name: 'done_at', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'varchar', length: 64, name: 'done_by', nullable: true })
  doneBy: string | null;
}
