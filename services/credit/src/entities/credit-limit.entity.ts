import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type { CreditLimitKind, CreditLimitScope } from '../generated/resolvers-types';
import { dateColumn } from './columns';

/**
 * 信用额度 over a validity period. A change is a new row and the superseded row is closed the day before, so the
 * rows of one scope are its history and "the limit on a date" is the row whose period contains the date.
 */
@Entity({ name: 'credit_limit' })
@Index('ix_credit_limit_scope', ['scope', 'scopeId', 'kind', 'validFrom'])
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

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'created_by' })
  createdBy: string;
}
