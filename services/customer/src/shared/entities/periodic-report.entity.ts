import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { CustomerGrade } from '../../generated/resolvers-types';

/** 定期报告 (CUS-024, CUS-025): one per customer and due month, forwarded rep → supervisor → manager → VP → GM. */
@Entity({ name: 'periodic_report' })
@Index('ux_periodic_report_period', ['customerId', 'period'], { unique: true })
@Index('ix_periodic_report_due', ['dueOn', 'id'])
@Index('ix_periodic_report_owner', ['ownerId', 'dueOn'])
export class PeriodicReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  /** The owner when the report fell due: who writes it. */
  @Column({ type: 'varchar', length: 64, name: 'owner_id', nullable: true })
  ownerId: string | null;

  @Column({ type: 'varchar', length: 1, name: 'grade_at_due' })
  gradeAtDue: CustomerGrade;

  /** Due month YYYY-MM; due on its last day. */
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'date', name: 'due_on' })
  dueOn: string;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  summary: string | null;

  /** Received by the supervisor. */
  @Column({ ...instantColumn, name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'varchar', length: 64, name: 'submitted_by', nullable: true })
  submittedBy: string | null;

  /** Received by the SALES_DEPT_MANAGER. */
  @Column({ ...instantColumn, name: 'supervisor_forwarded_at', nullable: true })
  supervisorForwardedAt: Date | null;

  /** Received by the VP. */
  @Column({ ...instantColumn, name: 'manager_forwarded_at', nullable: true })
  managerForwardedAt: Date | null;

  @Column({ ...instantColumn, name: 'vp_read_at', nullable: true })
  vpReadAt: Date | null;

  @Column({ ...instantColumn, name: 'gm_sent_at', nullable: true })
  gmSentAt: Date | null;
}
