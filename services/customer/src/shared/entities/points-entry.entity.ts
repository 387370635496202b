import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type { PointsReason } from '../../generated/resolvers-types';

/** 积分 (CUS-038) credited to a referring customer. */
@Entity({ name: 'points_entry' })
@Index('ix_points_customer', ['customerId', 'occurredOn'])
@Index('ix_points_month', ['occurredOn'])
@Index('ux_points_source', ['sourceRef'], { unique: true })
export class PointsEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The referring customer. */
  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'int' })
  points: number;

  @Column({ type: 'varchar', length: 24 })
  reason: PointsReason;

  @Column({ type: 'varchar', length: 36, name: 'referred_customer_id' })
  referredCustomerId: string;

  @Column({ ...moneyColumn, name: 'sales_amount', nullable: true })
  salesAmount: string | null;

  @Column({ type: 'date', name: 'occurred_on' })
  occurredOn: string;

  /** The club meeting or sale the points are for: the same source is credited once. */
  @Column({ type: 'varchar', length: 100, name: 'source_ref' })
  sourceRef: string;

  @Column({ type: 'varchar', length: 64, name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;
}
