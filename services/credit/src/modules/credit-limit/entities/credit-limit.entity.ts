import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type { CreditLimitKind, CreditLimitScope, CreditLimitState } from '../../../generated/resolvers-types';
import { dateColumn } from '../../../shared/columns';

/**
 * 信用额度 over a validity period. A change is a new row, requested PENDING_APPROVAL and EFFECTIVE once its
 * CREDIT_LIMIT approval is granted (CRD-017); the standing row it replaces is then closed the day before, so the rows
 * of one scope are its history and "the limit on a date" is the EFFECTIVE row whose period contains the date.
 */
@Entity({ name: 'credit_limit' })
@Index('ix_credit_limit_scope', ['scope', 'scopeId', 'kind', 'state', 'validFrom'])
export class CreditLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  scope: CreditLimitScope;

  /** Customer id or customer-group id; null for the company default. */
  @Column({ type: 'varchar', length: 36, name: 'scope_id', nullable: true })
  scopeId: string | null;

  @Column({ ...moneyColumn })
  amount: string;

  @Column({ type: 'varchar', length: 16 })
  kind: CreditLimitKind;

  @Column({ ...dateColumn, name: 'valid_from' })
  validFrom: string;

  /** Last day of validity (inclusive); null = open-ended. */
  @Column({ ...dateColumn, name: 'valid_until', nullable: true })
  validUntil: string | null;

  /**
   * PENDING_APPROVAL until its approval is decided; EFFECTIVE once approved (in force over its period, which a later
   * limit may close); REJECTED when rejected or withdrawn; SUPERSEDED when replaced from its first day by a later
   * approved limit (never in force). Every write names the state; the default is for rows written before limits
   * were approved in the system, which were in force, when an existing database gains the column.
   */
  @Column({ type: 'varchar', length: 20, default: 'EFFECTIVE' })
  state: CreditLimitState;

  /** The CREDIT_LIMIT approval request that decides this limit (CRD-020); null for limits approved before it. */
  @Column({ type: 'varchar', length: 36, name: 'approval_id', nullable: true })
  approvalId: string | null;

  /** Optimistic lock: the approval outcome and a successor's closing of the period are versioned updates. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'created_by' })
  createdBy: string;
}
