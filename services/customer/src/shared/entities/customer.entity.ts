import { Column, CreateDateColumn, DeleteDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type {
  ConfidentialityLevel,
  CustomerGrade,
  CustomerSize,
  CustomerStatus,
  CustomerType,
  EntityKind,
  FilingStatus,
  Industry,
  LifecycleStage,
  SpecialKind,
} from '../../generated/resolvers-types';

/** 客户档案. Enums are stored as short strings so SQLite and MySQL share one schema. */
@Entity({ name: 'customer' })
@Index('ix_customer_created', ['createdAt', 'id'])
@Index('ix_customer_updated', ['updatedAt', 'id'])
@Index('ix_customer_name', ['name', 'id'])
// Q2: a list page by grade and region in creation order, and its totalCount, from the index alone (issue 6).
@Index('ix_customer_grade_region', ['grade', 'region', 'deletedAt', 'createdAt', 'id'])
// Counts by grade × lifecycle stage (section 5) read this index instead of the 60-column rows.
@Index('ix_customer_grade_stage', ['deletedAt', 'grade', 'lifecycleStage'])
@Index('ix_customer_owner', ['ownerId'])
@Index('ix_customer_lifecycle', ['lifecycleStage'])
@Index('ix_customer_department', ['ownerDepartmentId'])
@Index('ix_customer_custodian_review', ['custodianId', 'reviewDueOn'])
@Index('ix_customer_filing', ['filingStatus', 'filedOn'])
@Index('ix_customer_first_trade', ['firstTradeOn'])
@Index('ix_customer_name_key', ['nameKey'])
@Index('ix_customer_phone_key', ['phoneKey'])
@Index('ix_customer_merged_into', ['mergedIntoId'])
@Index('ux_customer_idempotency', ['createdBy', 'idempotencyKey'], { unique: true })
export class CustomerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ux_customer_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The name normalised for the duplicate check (CUS-005). */
  @Column({ type: 'varchar', length: 200, name: 'name_key' })
  nameKey: string;

  /** Unique among non-deleted customers (CUS-003), checked by the service; indexed for the duplicate check. */
  @Index('ix_customer_uscc')
  @Column({ type: 'varchar', length: 18, name: 'uscc_code', nullable: true })
  usccCode: string | null;

  @Column({ type: 'varchar', length: 16, name: 'entity_kind' })
  entityKind: EntityKind;

  @Column({ type: 'varchar', length: 16 })
  type: CustomerType;

  @Column({ type: 'varchar', length: 24, name: 'special_kind', nullable: true })
  specialKind: SpecialKind | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  industry: Industry | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 64, name: 'legal_representative', nullable: true })
  legalRepresentative: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  /** The phone's digits for the duplicate check (CUS-005). */
  @Column({ type: 'varchar', length: 32, name: 'phone_key', nullable: true })
  phoneKey: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fax: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 1000, name: 'business_scope', nullable: true })
  businessScope: string | null;

  @Column({ ...moneyColumn, name: 'registered_capital', nullable: true })
  registeredCapital: string | null;

  @Column({ type: 'date', name: 'founded_on', nullable: true })
  foundedOn: string | null;

  @Column({ type: 'varchar', length: 16, default: 'ORDINARY' })
  size: CustomerSize;

  @Column({ type: 'varchar', length: 1, nullable: true })
  grade: CustomerGrade | null;

  @Column({ type: 'boolean', name: 'grade_provisional', default: false })
  gradeProvisional: boolean;

  @Column({ type: 'varchar', length: 16, name: 'lifecycle_stage' })
  lifecycleStage: LifecycleStage;

  @Column({ type: 'varchar', length: 16 })
  status: CustomerStatus;

  @Column({ type: 'varchar', length: 16, name: 'filing_status' })
  filingStatus: FilingStatus;

  @Column({ type: 'date', name: 'grade_effective_from', nullable: true })
  gradeEffectiveFrom: string | null;

  /** CUS-018: last day of the provisional period; null when the grade is not provisional. */
  @Column({ type: 'date', name: 'provisional_until', nullable: true })
  provisionalUntil: string | null;

  /** CUS-011: set when a SALES_DEPT_MANAGER designated the size, which the annual recalculation then keeps. */
  @Column({ type: 'boolean', name: 'size_designated', default: false })
  sizeDesignated: boolean;

  @Column({ type: 'varchar', length: 500, name: 'size_reason', nullable: true })
  sizeReason: string | null;

  @Column({ type: 'varchar', length: 64, name: 'key_account_manager_id', nullable: true })
  keyAccountManagerId: string | null;

  /** 客商: filing goes through COUNTERPARTY_ADMISSION instead of CUSTOMER_FILING (CUS-004). */
  @Column({ type: 'boolean', name: 'is_counterparty', default: false })
  isCounterparty: boolean;

  @Column({ type: 'varchar', length: 36, name: 'customer_group_id', nullable: true })
  customerGroupId: string | null;

  @Column({ ...instantColumn, name: 'filed_at', nullable: true })
  filedAt: Date | null;

  /** The CUSTOMER_FILING / COUNTERPARTY_ADMISSION approval request of the latest filing (CUS-004). */
  @Column({ type: 'varchar', length: 36, name: 'filing_approval_id', nullable: true })
  filingApprovalId: string | null;

  /** Business date of filing, for the monthly BI counts. */
  @Column({ type: 'date', name: 'filed_on', nullable: true })
  filedOn: string | null;

  /** X-030 密级; SECRET on creation, raised automatically, never lowered automatically. */
  @Column({ type: 'varchar', length: 16, default: 'SECRET' })
  confidentiality: ConfidentialityLevel;

  /** the customer agreed to disclosure outside the company. */
  @Column({ type: 'boolean', name: 'disclosure_consent', default: false })
  disclosureConsent: boolean;

  /** Null once released (CUS-029): the customer can then be claimed. */
  @Column({ type: 'varchar', length: 64, name: 'owner_id', nullable: true })
  ownerId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'owner_department_id', nullable: true })
  ownerDepartmentId: string | null;

  /** When the current owner took over: the start of the dormancy clock when no service is recorded yet (CUS-030). */
  @Column({ type: 'date', name: 'owner_since', nullable: true })
  ownerSince: string | null;

  /** 专人负责 (CUS-042): keeps the file; profile reviews are listed per custodian (CUS-009). */
  @Column({ type: 'varchar', length: 64, name: 'custodian_id', nullable: true })
  custodianId: string | null;

  @Column({ type: 'date', name: 'last_reviewed_on', nullable: true })
  lastReviewedOn: string | null;

  /** CUS-009: the next profile review; overdue the day after. */
  @Column({ type: 'date', name: 'review_due_on', nullable: true })
  reviewDueOn: string | null;

  /** First communication record: starts the filing reminders of CUS-004. */
  @Column({ type: 'date', name: 'first_contact_on', nullable: true })
  firstContactOn: string | null;

  @Column({ type: 'date', name: 'first_trade_on', nullable: true })
  firstTradeOn: string | null;

  @Column({ type: 'date', name: 'last_order_on', nullable: true })
  lastOrderOn: string | null;

  /** Last qualifying service by the owner (CUS-030). */
  @Column({ type: 'date', name: 'last_service_on', nullable: true })
  lastServiceOn: string | null;

  @Column({ type: 'boolean', default: false })
  dormant: boolean;

  /** 流失预警 (CUS-034). */
  @Column({ type: 'boolean', name: 'churn_risk', default: false })
  churnRisk: boolean;

  @Column({ type: 'varchar', length: 200, name: 'churn_reason', nullable: true })
  churnReason: string | null;

  /** 问题客户 (CUS-035). */
  @Column({ type: 'boolean', name: 'problem_customer', default: false })
  problemCustomer: boolean;

  /** Complaint facts from the complaint subgraph (X-002 snapshot), as of `complaintFactsOn`. */
  @Column({ type: 'int', name: 'open_valid_complaints', default: 0 })
  openValidComplaints: number;

  @Column({ type: 'int', name: 'valid_complaints_12m', default: 0 })
  validComplaintsLast12Months: number;

  @Column({ type: 'date', name: 'complaint_facts_on', nullable: true })
  complaintFactsOn: string | null;

  /** set on a merged (soft-deleted) customer; its id resolves to this survivor. */
  @Column({ type: 'varchar', length: 36, name: 'merged_into_id', nullable: true })
  mergedIntoId: string | null;

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

  /** Soft delete (CUS-007): the profile is kept and can be restored. */
  @DeleteDateColumn({ ...instantColumn, name: 'deleted_at', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'varchar', length: 64, name: 'deleted_by', nullable: true })
  deletedBy: string | null;

  /** the creator's key for this create; unique per creator, so a double submit creates one. */
  @Column({ type: 'varchar', length: 64, name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;
}
