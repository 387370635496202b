import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { BlacklistReason } from '../../../generated/resolvers-types';

/** 黑名单: bans a USCC and a bank account, whatever name the applicant uses, until bannedThrough (SUP-013, SUP-034). */
@Entity({ name: 'blacklist_entry' })
@Index('ix_blacklist_created', ['createdAt', 'id'])
export class BlacklistEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The supplier that was blacklisted, when it was one of ours. */
  @Column({ type: 'varchar', length: 36, name: 'supplier_id', nullable: true })
  supplierId: string | null;

  @Index('ix_blacklist_uscc')
  @Column({ type: 'varchar', length: 18, name: 'uscc_code', nullable: true })
  usccCode: string | null;

  /** Digits only, like SupplierEntity.bankAccountNo. */
  @Index('ix_blacklist_bank_account')
  @Column({ type: 'varchar', length: 32, name: 'bank_account_no', nullable: true })
  bankAccountNo: string | null;

  @Column({ type: 'varchar', length: 32 })
  reason: BlacklistReason;

  @Column({ type: 'date', name: 'listed_on' })
  listedOn: string;

  /** Last day of the ban, inclusive. */
  @Column({ type: 'date', name: 'banned_through' })
  bannedThrough: string;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'created_by' })
  createdBy: string;
}
