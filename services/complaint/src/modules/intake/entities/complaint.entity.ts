import type { ValueTransformer } from 'typeorm';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type {
  CaseType,
  ComplainantType,
  ComplaintChannel,
  ComplaintContentType,
  ComplaintCustomerGrade,
  ComplaintCustomerSize,
  ComplaintNature,
  ComplaintSeverity,
  ComplaintState,
  ComplaintTargetType,
  ComplaintValidity,
} from '../../../generated/resolvers-types';

/** One complainant (投诉人) as recorded. */
export interface ComplainantRecord {
  name: string;
  phone: string;
  organisation: string | null;
}

/**
 * Complainants are one JSON text column: the list is read and written whole with its case, its length decides a
 * collective complaint (CMP-007), and nothing filters or joins on a complainant.
 */
const complainantsJson: ValueTransformer = {
  to: (value: ComplainantRecord[] | undefined) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: string | null) => (value ? (JSON.parse(value) as ComplainantRecord[]) : []),
};

/** 投诉/客诉. Enums are stored as short strings so SQLite and MySQL share one schema; no row is ever deleted (CMP-013). */
@Entity({ name: 'complaint' })
@Index('ix_complaint_received', ['receivedAt', 'id'])
@Index('ix_complaint_registered', ['registeredAt', 'id'])
@Index('ix_complaint_customer_received', ['customerId', 'receivedAt', 'id'])
@Index('ix_complaint_customer_state', ['customerId', 'state'])
@Index('ix_complaint_state', ['state'])
@Index('ix_complaint_case_type', ['caseType'])
@Index('ix_complaint_severity', ['severity'])
@Index('ux_complaint_idempotency', ['registeredBy', 'idempotencyKey'], { unique: true })
export class ComplaintEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** CMP-011 number; 11 characters reach serial 99999 of a month, 20 leave room for a separator. */
  @Index('ux_complaint_number', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'varchar', length: 16, name: 'case_type' })
  caseType: CaseType;

  @Column({ type: 'varchar', length: 16 })
  channel: ComplaintChannel;

  @Column({ type: 'varchar', length: 16 })
  state: ComplaintState;

  @Column({ type: 'int', default: 1 })
  cycle: number;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  /** X-002 snapshots of the customer's master data at intake. */
  @Column({ type: 'varchar', length: 1, name: 'customer_grade_at_intake', nullable: true })
  customerGradeAtIntake: ComplaintCustomerGrade | null;

  @Column({ type: 'varchar', length: 16, name: 'customer_size_at_intake', nullable: true })
  customerSizeAtIntake: ComplaintCustomerSize | null;

  @Column({ type: 'varchar', length: 16, name: 'complainant_type' })
  complainantType: ComplainantType;

  @Column({ type: 'text', transformer: complainantsJson })
  complainants: ComplainantRecord[];

  @Column({ type: 'varchar', length: 16, name: 'target_type' })
  targetType: ComplaintTargetType;

  @Column({ type: 'varchar', length: 100, name: 'target_ref' })
  targetRef: string;

  @Column({ type: 'text' })
  narrative: string;

  @Column({ ...instantColumn, name: 'incident_at', nullable: true })
  incidentAt: Date | null;

  @Column({ ...instantColumn, name: 'received_at' })
  receivedAt: Date;

  @Column({ ...instantColumn, name: 'registered_at' })
  registeredAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'registered_by' })
  registeredBy: string;

  /** the registering caller's key; unique per caller, so a retried registration cannot create a second case. */
  @Column({ type: 'varchar', length: 64, name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'varchar', length: 1000, name: 'desired_resolution', nullable: true })
  desiredResolution: string | null;

  /** Quality details (客户抱怨处理表), required when nature = QUALITY (CMP-003). */
  @Column({ type: 'varchar', length: 64, name: 'order_no', nullable: true })
  orderNo: string | null;

  @Column({ type: 'varchar', length: 64, name: 'part_no', nullable: true })
  partNo: string | null;

  @Column({ type: 'int', nullable: true })
  quantity: number | null;

  @Column({ type: 'int', name: 'defective_qty', nullable: true })
  defectiveQty: number | null;

  @Column({ type: 'date', name: 'delivery_date', nullable: true })
  deliveryDate: string | null;

  @Column({ type: 'varchar', length: 1000, name: 'customer_request', nullable: true })
  customerRequest: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  nature: ComplaintNature | null;

  @Column({ type: 'varchar', length: 16, name: 'content_type', nullable: true })
  contentType: ComplaintContentType | null;

  @Column({ type: 'varchar', length: 16 })
  severity: ComplaintSeverity;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  validity: ComplaintValidity;

  @Column({ type: 'boolean', default: false })
  important: boolean;

  @Column({ type: 'varchar', length: 64, name: 'responsible_dept_id', nullable: true })
  responsibleDeptId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'handler_id', nullable: true })
  handlerId: string | null;

  @Column({ ...instantColumn, name: 'closed_at', nullable: true })
  closedAt: Date | null;

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
