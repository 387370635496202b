import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { CustomerGrade, GradeSource } from '../../generated/resolvers-types';

/** CUS-022: append-only; a change closes the open entry (effectiveTo) and opens the next. */
@Entity({ name: 'grade_history' })
@Index('ix_grade_history_customer', ['customerId', 'effectiveFrom', 'createdAt'])
export class GradeHistoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 1 })
  grade: CustomerGrade;

  @Column({ type: 'boolean' })
  provisional: boolean;

  @Column({ type: 'varchar', length: 16 })
  source: GradeSource;

  @Column({ type: 'date', name: 'effective_from' })
  effectiveFrom: string;

  /** The last day the entry was in force; null while it is the current one. */
  @Column({ type: 'date', name: 'effective_to', nullable: true })
  effectiveTo: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 36, name: 'assessment_id', nullable: true })
  assessmentId: string | null;

  @Column({ type: 'varchar', length: 36, name: 'override_id', nullable: true })
  overrideId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;
}
