import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type { CustomerGrade, GradeAssessmentKind, GradeAssessmentState } from '../../generated/resolvers-types';

/**
 * 客户质量等级评定表 (CUS-013, CUS-014, CUS-015, CUS-016, CUS-017, CUS-018, CUS-019, CUS-020, CUS-021, CUS-022, CUS-043): the inputs as of the period cut-off (X-002 snapshot), the four scores,
 * the total and the resulting grade. Only APPROVED changes the customer's grade; from SUBMITTED on it is immutable.
 */
@Entity({ name: 'grade_assessment' })
@Index('ux_grade_assessment_period', ['customerId', 'kind', 'periodFrom'], { unique: true })
@Index('ix_grade_assessment_cycle', ['cycleYear', 'kind', 'state'])
@Index('ix_grade_assessment_state', ['state', 'createdAt', 'id'])
export class GradeAssessmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: GradeAssessmentKind;

  /** The review cycle: the year of the March review (ANNUAL) or of the period's end (others). */
  @Column({ type: 'int', name: 'cycle_year' })
  cycleYear: number;

  @Column({ type: 'date', name: 'period_from' })
  periodFrom: string;

  @Column({ type: 'date', name: 'period_to' })
  periodTo: string;

  /** The customer's grade when the assessment was opened. */
  @Column({ type: 'varchar', length: 1, name: 'grade_before', nullable: true })
  gradeBefore: CustomerGrade | null;

  /** 提货金额 over the period (from the credit subgraph, CUS-043). */
  @Column({ ...moneyColumn, name: 'contract_amount', nullable: true })
  contractAmount: string | null;

  /** The most days any receivable of the period was paid, or is unpaid at cut-off, after its due date. */
  @Column({ type: 'int', name: 'max_days_past_due', nullable: true })
  maxDaysPastDue: number | null;

  /** 拖欠回款: maxDaysPastDue beyond the tolerance (CUS-013). */
  @Column({ type: 'boolean', name: 'in_arrears', nullable: true })
  inArrears: boolean | null;

  @Column({ ...moneyColumn, name: 'year_end_receivable', nullable: true })
  yearEndReceivable: string | null;

  /** 合同溢价 in percent over the reference price, entered with evidence by the section chief. */
  @Column({ ...moneyColumn, name: 'premium_pct', nullable: true })
  premiumPct: string | null;

  @Column({ type: 'varchar', length: 1000, name: 'premium_evidence', nullable: true })
  premiumEvidence: string | null;

  /** 战略影响 1–4, set by SALES_DEPT_MANAGER or above only (CUS-016). */
  @Column({ type: 'int', name: 'strategic_influence', nullable: true })
  strategicInfluence: number | null;

  @Column({ type: 'varchar', length: 64, name: 'strategic_influence_set_by', nullable: true })
  strategicInfluenceSetById: string | null;

  /** Cut-off date of the credit figures. */
  @Column({ type: 'date', name: 'inputs_as_of', nullable: true })
  inputsAsOf: string | null;

  @Column({ type: 'int', name: 'score_contract', nullable: true })
  scoreContract: number | null;

  @Column({ type: 'int', name: 'score_receivable', nullable: true })
  scoreReceivable: number | null;

  @Column({ type: 'int', name: 'score_premium', nullable: true })
  scorePremium: number | null;

  @Column({ type: 'int', name: 'score_influence', nullable: true })
  scoreInfluence: number | null;

  @Column({ type: 'int', nullable: true })
  total: number | null;

  @Column({ type: 'varchar', length: 1, name: 'result_grade', nullable: true })
  resultGrade: CustomerGrade | null;

  @Column({ type: 'varchar', length: 20 })
  state: GradeAssessmentState;

  /** The approvals engine's request (GRADE_RESULT), once it exists. */
  @Column({ type: 'varchar', length: 36, name: 'approval_id', nullable: true })
  approvalId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'prelim_rated_by', nullable: true })
  prelimRatedBy: string | null;

  @Column({ type: 'varchar', length: 64, name: 'meeting_reviewed_by', nullable: true })
  meetingReviewedBy: string | null;

  @Column({ type: 'varchar', length: 64, name: 'submitted_by', nullable: true })
  submittedBy: string | null;

  @Column({ type: 'varchar', length: 64, name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column({ ...instantColumn, name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 1000, name: 'decision_comment', nullable: true })
  decisionComment: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'varchar', length: 64, name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ ...instantColumn, name: 'updated_at' })
  updatedAt: Date;
}
