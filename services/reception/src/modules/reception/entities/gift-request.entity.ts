import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type { GiftItemModel } from '../gift-request.rules';

/**
 * 礼品申请 (REC-009): the gifts planned for one reception's guests, at most one request per reception.
 * The items are a JSON text column, like the reception's guests: they are always read and replaced as a whole with
 * their request and never queried line by line; what BI and the rule need (the total and whether it is important)
 * are columns of their own.
 */
@Entity({ name: 'gift_request' })
@Index('ux_gift_request_reception', ['receptionId'], { unique: true })
export class GiftRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'reception_id' })
  receptionId: string;

  @Column({ type: 'simple-json' })
  items: GiftItemModel[];

  /** Σ unit value × quantity, computed by the service from the items (never sent by the client). */
  @Column({ ...moneyColumn })
  total: string;

  /** REC-009 under the policy in force when the list was saved or last submitted. */
  @Column({ type: 'boolean' })
  important: boolean;

  /** The GIFT_IMPORTANT approval request of the reception's latest submission, when the gifts were important. */
  @Column({ type: 'varchar', length: 36, name: 'approval_id', nullable: true })
  approvalId: string | null;

  /** Optimistic lock of the request itself; edits are guarded by the reception's version (the aggregate). */
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
