import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type { ReceivableState } from '../../../generated/resolvers-types';
import { dateColumn } from '../../../shared/columns';

/** 应收账款: one invoice's claim on a customer. Indexes serve the exposure sum, the filters and each sort. */
@Entity({ name: 'receivable' })
@Index('ix_receivable_customer_state', ['customerId', 'state'])
@Index('ix_receivable_department', ['departmentId'])
@Index('ix_receivable_state', ['state'])
@Index('ix_receivable_due', ['dueDate', 'id'])
@Index('ix_receivable_invoice_date', ['invoiceDate', 'id'])
@Index('ix_receivable_amount', ['amount', 'id'])
@Index('ix_receivable_created', ['createdAt', 'id'])
export class ReceivableEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The invoicing system's invoice number: the feed's idempotency key. */
  @Index('ux_receivable_invoice_ref', { unique: true })
  @Column({ type: 'varchar', length: 64, name: 'invoice_ref' })
  invoiceRef: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 64, name: 'department_id' })
  departmentId: string;

  @Column({ ...moneyColumn })
  amount: string;

  @Column({ ...moneyColumn, name: 'paid_amount', default: 0 })
  paidAmount: string;

  @Column({ ...dateColumn, name: 'invoice_date' })
  invoiceDate: string;

  @Column({ type: 'int', name: 'term_days' })
  termDays: number;

  @Column({ ...dateColumn, name: 'due_date' })
  dueDate: string;

  @Column({ type: 'varchar', length: 16 })
  state: ReceivableState;

  /** Optimistic lock for the payment and state changes to come. */
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
