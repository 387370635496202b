import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type {
  AmlLevel,
  CreditAdmissionState,
  CreditAdmissionType,
  CreditGrade,
  CreditNotch,
  CreditSubjectType,
} from '../../../generated/resolvers-types';
import { dateColumn } from '../../../shared/columns';

/** 信用档案: one per customer (CRD-001), so the customer id is the key. Enums are stored as short strings. */
@Entity({ name: 'credit_profile' })
@Index('ix_credit_profile_grade', ['grade'])
@Index('ix_credit_profile_admission', ['admissionState'])
export class CreditProfileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 16, name: 'subject_type' })
  subjectType: CreditSubjectType;

  @Column({ type: 'varchar', length: 16, name: 'admission_type' })
  admissionType: CreditAdmissionType;

  @Column({ type: 'varchar', length: 16, name: 'admission_state' })
  admissionState: CreditAdmissionState;

  @Column({ ...dateColumn, name: 'admitted_on', nullable: true })
  admittedOn: string | null;

  @Column({ type: 'boolean', name: 'monitored_industry', default: false })
  monitoredIndustry: boolean;

  @Column({ type: 'varchar', length: 1, nullable: true })
  grade: CreditGrade | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  notch: CreditNotch | null;

  @Column({ ...dateColumn, name: 'rating_valid_until', nullable: true })
  ratingValidUntil: string | null;

  @Column({ type: 'int', name: 'payment_term_days', nullable: true })
  paymentTermDays: number | null;

  @Column({ type: 'boolean', name: 'on_hold', default: false })
  onHold: boolean;

  @Column({ type: 'varchar', length: 16, name: 'aml_level', default: 'UNASSESSED' })
  amlLevel: AmlLevel;

  /** Optimistic lock: every update must name the version it read. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'created_by' })
  createdBy: string;

  @UpdateDateColumn({ ...instantColumn, name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'updated_by' })
  updatedBy: string;
}
