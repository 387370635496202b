import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { OwnershipChangeReason } from '../../../generated/resolvers-types';

/** The ownership history of a customer: one row per owner change, whatever caused it. */
@Entity({ name: 'ownership_change' })
@Index('ix_ownership_change_customer', ['customerId', 'changedAt'])
export class OwnershipChangeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 64, name: 'from_owner_id', nullable: true })
  fromOwnerId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'to_owner_id', nullable: true })
  toOwnerId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'to_department_id', nullable: true })
  toDepartmentId: string | null;

  @Column({ type: 'varchar', length: 24 })
  reason: OwnershipChangeReason;

  @Column({ type: 'varchar', length: 36, name: 'claim_id', nullable: true })
  claimId: string | null;

  @Column({ type: 'varchar', length: 36, name: 'transfer_id', nullable: true })
  transferId: string | null;

  @CreateDateColumn({ ...instantColumn, name: 'changed_at' })
  changedAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'changed_by' })
  changedBy: string;
}
