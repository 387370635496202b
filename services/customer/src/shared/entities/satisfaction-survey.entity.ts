import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';

/** 满意度调查 (CUS-037): at least one per customer and year; the latest score feeds loyalty (CUS-033). */
@Entity({ name: 'satisfaction_survey' })
@Index('ix_survey_customer', ['customerId', 'surveyedOn'])
@Index('ix_survey_quarter', ['surveyedOn'])
export class SatisfactionSurveyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 64, name: 'department_id', nullable: true })
  departmentId: string | null;

  /** 1–5. */
  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'date', name: 'surveyed_on' })
  surveyedOn: string;

  @Column({ type: 'varchar', length: 64, name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;
}
