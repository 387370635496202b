import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';

/** 档案保管检查记录: that the custody audit was done, by whom, what it found and when the next is due. */
@Entity({ name: 'custody_audit' })
@Index('ix_custody_audit_at', ['auditedAt', 'id'])
export class CustodyAuditEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ ...instantColumn, name: 'audited_at' })
  auditedAt: Date;

  @Column({ type: 'date', name: 'audited_on' })
  auditedOn: string;

  @Column({ type: 'varchar', length: 64, name: 'audited_by' })
  auditedBy: string;

  @Column({ type: 'int', name: 'files_without_custodian' })
  filesWithoutCustodian: number;

  @Column({ type: 'int', name: 'overdue_loans' })
  overdueLoans: number;

  @Column({ type: 'int', name: 'classified_files_accessed' })
  classifiedFilesAccessed: number;

  @Column({ type: 'int', name: 'findings_count' })
  findingsCount: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'date', name: 'next_due_on' })
  nextDueOn: string;
}
