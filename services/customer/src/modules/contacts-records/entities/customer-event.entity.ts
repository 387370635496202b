import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { CustomerEventType } from '../../../generated/resolvers-types';

/** 重大变动事项 / 业务交往 (CUS-008): kept with the profile; confidential ones only for the people concerned. */
@Entity({ name: 'customer_event' })
@Index('ix_customer_event_customer', ['customerId', 'occurredOn', 'id'])
@Index('ux_customer_event_idempotency', ['recordedBy', 'idempotencyKey'], { unique: true })
export class CustomerEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 24 })
  type: CustomerEventType;

  @Column({ type: 'date', name: 'occurred_on' })
  occurredOn: string;

  @Column({ type: 'varchar', length: 2000 })
  summary: string;

  @Column({ type: 'varchar', length: 64, name: 'department_id', nullable: true })
  departmentId: string | null;

  @Column({ type: 'boolean', name: 'is_confidential', default: false })
  isConfidential: boolean;

  @Column({ type: 'varchar', length: 64, name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  /** the creator's key for this create; unique per creator, so a double submit creates one. */
  @Column({ type: 'varchar', length: 64, name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;
}
