import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';

/**
 * Reception's projection of each customer's filing and deletion state (REC-011, CUS-004, CUS-007), fed by the
 * customer subgraph's `customer.customer.filing-changed` events: the latest state per customer, never written by
 * reception's own use cases.
 */
@Entity({ name: 'customer_filing' })
export class CustomerFilingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 16, name: 'filing_status' })
  filingStatus: string;

  @Column({ type: 'boolean' })
  deleted: boolean;

  @Column({ type: 'varchar', length: 36, name: 'merged_into_id', nullable: true })
  mergedIntoId: string | null;

  /** When the customer subgraph made the change this row reflects. */
  @Column({ ...instantColumn, name: 'changed_at' })
  changedAt: Date;
}
