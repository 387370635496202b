import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SupplierEntity } from '../../../shared/entities/supplier.entity';
import { SupplyItemEntity } from './supply-item.entity';

/** 在供: a supplier currently in supply for an item; the count per item is what the cap limits (SUP-020). */
@Entity({ name: 'in_supply_link' })
@Index('ix_in_supply_link_supplier', ['supplierId'])
export class InSupplyLinkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'supply_item_id' })
  supplyItemId: string;

  @PrimaryColumn({ type: 'varchar', length: 36, name: 'supplier_id' })
  supplierId: string;

  /** First day in supply for this item. */
  @Column({ type: 'date', name: 'since' })
  since: string;

  @ManyToOne(() => SupplyItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supply_item_id', foreignKeyConstraintName: 'fk_in_supply_link_item' })
  item?: SupplyItemEntity;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_in_supply_link_supplier' })
  supplier?: SupplierEntity;
}
