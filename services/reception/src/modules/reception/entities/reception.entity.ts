import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type {
  HostedPartyType,
  HostRank,
  ReceptionClass,
  ReceptionCustomerGrade,
  ReceptionCustomerSize,
  ReceptionState,
} from '../../../generated/resolvers-types';

/** 来宾: a guest known by name. */
export interface ReceptionGuest {
  name: string;
  title: string | null;
  isForeign: boolean;
}

/**
 * 接待. Enums are stored as short strings so SQLite and MySQL share one schema.
 * The guest list is a JSON text column: it is always read and written with its reception and never queried on its
 * own, so a child table would only add a join (or a second batched query) to every read.
 */
@Entity({ name: 'reception' })
@Index('ix_reception_start', ['startOn', 'id'])
@Index('ix_reception_created', ['createdAt', 'id'])
@Index('ix_reception_updated', ['updatedAt', 'id'])
// Serves the customer filter and the per-customer window (PARTITION BY customer_id ORDER BY start_on DESC, id DESC).
@Index('ix_reception_customer_start', ['customerId', 'startOn', 'id'])
@Index('ix_reception_supplier', ['supplierId'])
@Index('ix_reception_host', ['hostId'])
@Index('ix_reception_state', ['state'])
@Index('ix_reception_class', ['class'])
export class ReceptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 1 })
  class: ReceptionClass;

  @Column({ type: 'varchar', length: 16, name: 'hosted_party_type' })
  hostedPartyType: HostedPartyType;

  @Column({ type: 'varchar', length: 36, name: 'customer_id', nullable: true })
  customerId: string | null;

  @Column({ type: 'varchar', length: 36, name: 'supplier_id', nullable: true })
  supplierId: string | null;

  @Column({ type: 'varchar', length: 200 })
  organisation: string;

  /** X-002 snapshots of the customer when the reception was requested; never written back. */
  @Column({ type: 'varchar', length: 1, name: 'customer_grade_at_request', nullable: true })
  customerGradeAtRequest: ReceptionCustomerGrade | null;

  @Column({ type: 'varchar', length: 16, name: 'customer_size_at_request', nullable: true })
  customerSizeAtRequest: ReceptionCustomerSize | null;

  @Column({ type: 'boolean', name: 'customer_filed_at_request', nullable: true })
  customerFiledAtRequest: boolean | null;

  @Column({ type: 'int', name: 'guest_count' })
  guestCount: number;

  @Column({ type: 'simple-json' })
  guests: ReceptionGuest[];

  @Column({ type: 'varchar', length: 64, name: 'host_id' })
  hostId: string;

  @Column({ type: 'varchar', length: 24, name: 'host_rank' })
  hostRank: HostRank;

  @Column({ type: 'varchar', length: 500, name: 'host_substitution_reason', nullable: true })
  hostSubstitutionReason: string | null;

  @Column({ type: 'date', name: 'start_on' })
  startOn: string;

  @Column({ type: 'date', name: 'end_on' })
  endOn: string;

  @Column({ type: 'varchar', length: 2000 })
  purpose: string;

  @Column({ ...moneyColumn, name: 'budget_hospitality', default: '0.00' })
  budgetHospitality: string;

  @Column({ ...moneyColumn, name: 'budget_lodging', default: '0.00' })
  budgetLodging: string;

  @Column({ ...moneyColumn, name: 'budget_transport', default: '0.00' })
  budgetTransport: string;

  @Column({ ...moneyColumn, name: 'budget_gifts', default: '0.00' })
  budgetGifts: string;

  @Column({ type: 'varchar', length: 64, name: 'cost_department_id' })
  costDepartmentId: string;

  @Column({ type: 'varchar', length: 24 })
  state: ReceptionState;

  /** The RECEPTION approval request of the latest submission (REC-008); null before the first submission. */
  @Column({ type: 'varchar', length: 36, name: 'approval_id', nullable: true })
  approvalId: string | null;

  /** The RECEPTION_OVER_STANDARD request of the latest submission, when it needed one (REC-008). */
  @Column({ type: 'varchar', length: 36, name: 'over_standard_approval_id', nullable: true })
  overStandardApprovalId: string | null;

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
