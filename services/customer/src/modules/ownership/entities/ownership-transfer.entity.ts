import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { OwnershipTransferReason, OwnershipTransferState } from '../../../generated/resolvers-types';

/** A reassignment of one or more customers that move together (CUS-029, CUS-030, CUS-031, CUS-032). */
@Entity({ name: 'ownership_transfer' })
@Index('ix_transfer_state', ['state', 'requestedAt', 'id'])
@Index('ix_transfer_from', ['fromOwnerId'])
export class OwnershipTransferEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 24 })
  reason: OwnershipTransferReason;

  /** Null when the customers had different owners. */
  @Column({ type: 'varchar', length: 64, name: 'from_owner_id', nullable: true })
  fromOwnerId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'to_owner_id' })
  toOwnerId: string;

  @Column({ type: 'varchar', length: 64, name: 'to_department_id', nullable: true })
  toDepartmentId: string | null;

  @Column({ type: 'varchar', length: 24 })
  state: OwnershipTransferState;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /** The complaint subgraph's grievance (CUS-031). */
  @Column({ type: 'varchar', length: 64, name: 'grievance_ref', nullable: true })
  grievanceRef: string | null;

  /** The approval request (审批) deciding this, in the platform's approvals engine. */
  @Column({ type: 'varchar', length: 36, name: 'approval_id', nullable: true })
  approvalId: string | null;

  @Column({ type: 'int', name: 'customer_count' })
  customerCount: number;

  @Column({ type: 'varchar', length: 64, name: 'requested_by' })
  requestedBy: string;

  @CreateDateColumn({ ...instantColumn, name: 'requested_at' })
  requestedAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column({ ...instantColumn, name: 'handed_over_at', nullable: true })
  handedOverAt: Date | null;

  @Column({ ...instantColumn, name: 'customer_notified_at', nullable: true })
  customerNotifiedAt: Date | null;

  @Column({ ...instantColumn, name: 'done_at', nullable: true })
  doneAt: Date | null;
}

/** The customers of a transfer, with the owner each had before. */
@Entity({ name: 'ownership_transfer_item' })
@Index('ix_transfer_item_customer', ['customerId'])
export class OwnershipTransferItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'transfer_id' })
  transferId: string;

  @PrimaryColumn({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 64, name: 'from_owner_id', nullable: true })
  fromOwnerId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'from_department_id', nullable: true })
  fromDepartmentId: string | null;
}
