import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';

/** 年度业绩和财务状况: one row per customer and year; the previous year's sales decide the size (CUS-011). */
@Entity({ name: 'annual_record' })
@Index('ux_annual_record_year', ['customerId', 'year'], { unique: true })
export class AnnualRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ ...moneyColumn, name: 'sales_amount' })
  salesAmount: string;

  @Column({ ...moneyColumn, name: 'year_end_receivable', nullable: true })
  yearEndReceivable: string | null;

  @Column({ type: 'varchar', length: 2000, name: 'financial_summary', nullable: true })
  financialSummary: string | null;

  @Column({ type: 'varchar', length: 64, name: 'recorded_by' })
  recordedBy: string;

  @UpdateDateColumn({ ...instantColumn, name: 'updated_at' })
  updatedAt: Date;
}
