import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type { SupplyItemCategory } from '../../../generated/resolvers-types';

/** 品种: an item bought from a limited number of in-supply suppliers (SUP-020, SUP-021, SUP-022, SUP-023). */
@Entity({ name: 'supply_item' })
@Index('ix_supply_item_name', ['name', 'id'])
@Index('ix_supply_item_unit', ['owningUnitId', 'category'])
export class SupplyItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ux_supply_item_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 64, name: 'owning_unit_id' })
  owningUnitId: string;

  @Column({ type: 'varchar', length: 16 })
  category: SupplyItemCategory;

  /** SUP-023: last calendar year's purchases, or the plan for a new item. */
  @Column({ ...moneyColumn, name: 'annual_spend' })
  annualSpend: string;

  /** SUP-022 只出不进. */
  @Index('ix_supply_item_exit_only')
  @Column({ type: 'boolean', name: 'exit_only', default: false })
  exitOnly: boolean;

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
