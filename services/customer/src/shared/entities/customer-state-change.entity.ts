import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { CustomerStateField } from '../../generated/resolvers-types';

/** A change of lifecycle stage, status or a risk flag, by a user or a job: the customer's state timeline. */
@Entity({ name: 'customer_state_change' })
@Index('ix_state_change_customer', ['customerId', 'createdAt'])
@Index('ix_state_change_field', ['field', 'changedOn'])
export class CustomerStateChangeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 24 })
  field: CustomerStateField;

  @Column({ type: 'varchar', length: 24, name: 'from_value', nullable: true })
  fromValue: string | null;

  @Column({ type: 'varchar', length: 24, name: 'to_value' })
  toValue: string;

  /** The business date the change takes effect (the job's asOf). */
  @Column({ type: 'date', name: 'changed_on' })
  changedOn: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 64, name: 'changed_by' })
  changedBy: string;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;
}
