import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { OwnershipClaimState } from '../../../generated/resolvers-types';

/** 客户申报 (CUS-027, CUS-028, CUS-029): reported in the weekly/monthly report, confirmed by the customer department manager. */
@Entity({ name: 'ownership_claim' })
@Index('ix_claim_customer', ['customerId', 'state'])
@Index('ix_claim_protection', ['state', 'protectedUntil'])
@Index('ix_claim_submitted', ['submittedAt', 'id'])
export class OwnershipClaimEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 64, name: 'claimant_id' })
  claimantId: string;

  @Column({ type: 'varchar', length: 64, name: 'claimant_department_id', nullable: true })
  claimantDepartmentId: string | null;

  /** The weekly or monthly report the claim was made in. */
  @Column({ type: 'varchar', length: 100, name: 'report_ref' })
  reportRef: string;

  @Column({ type: 'varchar', length: 16 })
  state: OwnershipClaimState;

  @CreateDateColumn({ ...instantColumn, name: 'submitted_at' })
  submittedAt: Date;

  @Column({ ...instantColumn, name: 'confirmed_at', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'varchar', length: 64, name: 'decided_by', nullable: true })
  decidedBy: string | null;

  /** Last protected day; LAPSED from the next day. */
  @Column({ type: 'date', name: 'protected_until', nullable: true })
  protectedUntil: string | null;

  @Column({ type: 'varchar', length: 32, name: 'refusal_code', nullable: true })
  refusalCode: string | null;
}
