import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import { codeListColumn } from '../support/list-column';
import type { CommunicationChannel, ServiceType } from '../../generated/resolvers-types';

/** 联系记录 (CUS-008): every letter, fax, call, visit or meeting; a plan-linked visit moves the visit plan (CUS-040). */
@Entity({ name: 'communication_record' })
@Index('ix_communication_customer', ['customerId', 'occurredAt', 'id'])
@Index('ix_communication_office', ['officeId', 'occurredOn'])
@Index('ix_communication_visits', ['countedAsVisit', 'occurredOn'])
@Index('ux_communication_idempotency', ['recordedBy', 'idempotencyKey'], { unique: true })
export class CommunicationRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 24 })
  channel: CommunicationChannel;

  @Column({ type: 'varchar', length: 16, name: 'service_type' })
  serviceType: ServiceType;

  @Column({ ...instantColumn, name: 'occurred_at' })
  occurredAt: Date;

  /** Business date of `occurredAt`, for the monthly office report and the visit plan. */
  @Column({ type: 'date', name: 'occurred_on' })
  occurredOn: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'varchar', length: 64, name: 'handler_id' })
  handlerId: string;

  /** The sales office (department) that reports the contact (CUS-010). */
  @Column({ type: 'varchar', length: 64, name: 'office_id', nullable: true })
  officeId: string | null;

  @Column({ type: 'varchar', length: 36, name: 'visit_plan_id', nullable: true })
  visitPlanId: string | null;

  /** For EVENT: whether the invited customer attended (only then it is qualifying service, CUS-030). */
  @Column({ type: 'boolean', nullable: true })
  attended: boolean | null;

  @Column({ type: 'boolean', name: 'is_confidential', default: false })
  isConfidential: boolean;

  /** CUS-040: the record counted as the planned visit. */
  @Column({ type: 'boolean', name: 'counted_as_visit', default: false })
  countedAsVisit: boolean;

  /** CUS-040: the planned roles this visit counted for; the revisit is done when every planned role has visited. */
  @Column({ ...codeListColumn(200), name: 'counted_for_roles', nullable: true })
  countedForRoles: string[];

  @Column({ type: 'varchar', length: 64, name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  /** the creator's key for this create; unique per creator, so a double submit creates one. */
  @Column({ type: 'varchar', length: 64, name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;
}
