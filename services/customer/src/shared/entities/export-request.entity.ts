import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { ConfidentialityLevel, ExportJobState, ExportRequestState } from '../../generated/resolvers-types';

/**
 * An export of customer records: approved by level (template EXPORT) before the file is produced, once,
 * by an asynchronous job whose state and progress live here (the file itself in export_file_part).
 */
@Entity({ name: 'export_request' })
@Index('ix_export_request_requester', ['requesterId', 'state'])
@Index('ix_export_request_list', ['createdAt', 'id'])
@Index('ix_export_request_job', ['jobState'])
export class ExportRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64, name: 'requester_id' })
  requesterId: string;

  @Column({ type: 'varchar', length: 500 })
  purpose: string;

  /** The CustomerFilter as JSON: the file is produced from exactly this filter. */
  @Column({ type: 'varchar', length: 4000 })
  filter: string;

  @Column({ type: 'int', name: 'row_count' })
  rowCount: number;

  @Column({ type: 'varchar', length: 16, name: 'highest_level' })
  highestLevel: ConfidentialityLevel;

  /** The approval request (审批) deciding this, in the platform's approvals engine. */
  @Column({ type: 'varchar', length: 36, name: 'approval_id', nullable: true })
  approvalId: string | null;

  @Column({ type: 'varchar', length: 16 })
  state: ExportRequestState;

  @Column({ type: 'varchar', length: 64, name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column({ ...instantColumn, name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ ...instantColumn, name: 'exported_at', nullable: true })
  exportedAt: Date | null;

  /** null until exportCustomers starts the job; QUEUED → RUNNING → DONE | FAILED. */
  @Column({ type: 'varchar', length: 16, name: 'job_state', nullable: true })
  jobState: ExportJobState | null;

  /** The requester as they called (id, roles, department tree): the job applies their scope and masks, not SYSTEM's. */
  @Column({ type: 'varchar', length: 4000, name: 'job_caller', nullable: true })
  jobCaller: string | null;

  @Column({ type: 'int', name: 'rows_done', default: 0 })
  rowsDone: number;

  @Column({ type: 'int', name: 'rows_total', nullable: true })
  rowsTotal: number | null;

  @Column({ type: 'varchar', length: 100, name: 'file_name', nullable: true })
  fileName: string | null;

  @Column({ ...instantColumn, name: 'finished_at', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'varchar', length: 1000, name: 'job_error', nullable: true })
  jobError: string | null;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;
}
