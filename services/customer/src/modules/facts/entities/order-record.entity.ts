import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';

/**
 * An order reported by sales (or the ERP): the only order facts the customer subgraph keeps, for the lifecycle
 * (CUS-033, CUS-034) and the provisional grade (CUS-018). The same order reference is recorded once.
 */
@Entity({ name: 'order_record' })
@Index('ux_order_record_ref', ['customerId', 'orderRef'], { unique: true })
@Index('ix_order_record_customer', ['customerId', 'orderedOn'])
export class OrderRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 64, name: 'order_ref' })
  orderRef: string;

  @Column({ type: 'date', name: 'ordered_on' })
  orderedOn: string;

  @Column({ ...moneyColumn })
  amount: string;

  @Column({ type: 'boolean' })
  paid: boolean;

  @Column({ type: 'varchar', length: 64, name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;
}
