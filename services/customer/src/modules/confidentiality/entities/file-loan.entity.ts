import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { FileLoanState } from '../../../generated/resolvers-types';

/** 客户资料外借登记: item, copies, time and reason; at most `loan.maxDays`; OVERDUE when not returned. */
@Entity({ name: 'file_loan' })
@Index('ix_file_loan_due', ['state', 'dueOn'])
@Index('ix_file_loan_customer', ['customerId', 'state'])
@Index('ix_file_loan_list', ['createdAt', 'id'])
export class FileLoanEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 64, name: 'borrower_id' })
  borrowerId: string;

  @Column({ type: 'varchar', length: 64, name: 'borrower_department_id', nullable: true })
  borrowerDepartmentId: string | null;

  @Column({ type: 'varchar', length: 200 })
  item: string;

  @Column({ type: 'int' })
  copies: number;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  /** Requested loan length in calendar days. */
  @Column({ type: 'int' })
  days: number;

  @Column({ type: 'varchar', length: 16 })
  state: FileLoanState;

  /** The approval request (审批) deciding this, in the platform's approvals engine. */
  @Column({ type: 'varchar', length: 36, name: 'approval_id', nullable: true })
  approvalId: string | null;

  @Column({ type: 'date', name: 'loaned_on', nullable: true })
  loanedOn: string | null;

  /** Last day of the loan; OVERDUE from the next day. */
  @Column({ type: 'date', name: 'due_on', nullable: true })
  dueOn: string | null;

  @Column({ type: 'date', name: 'returned_on', nullable: true })
  returnedOn: string | null;

  @Column({ type: 'varchar', length: 64, name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;
}
