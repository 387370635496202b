import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type { ReceptionExpenseCategory } from '../../../generated/resolvers-types';

/** 接待费用: one actual expense of a reception, recorded after it (REC-012). */
@Entity({ name: 'reception_expense' })
@Index('ix_reception_expense_reception', ['receptionId', 'day', 'id'])
export class ReceptionExpenseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'reception_id' })
  receptionId: string;

  @Column({ type: 'varchar', length: 16 })
  category: ReceptionExpenseCategory;

  @Column({ type: 'date' })
  day: string;

  @Column({ ...moneyColumn })
  amount: string;

  @Column({ type: 'varchar', length: 64, name: 'invoice_ref', nullable: true })
  invoiceRef: string | null;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'created_by' })
  createdBy: string;
}
