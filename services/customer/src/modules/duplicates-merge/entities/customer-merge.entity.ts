import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import { codeListColumn } from '../../../shared/support/list-column';

/** CUS-006 / X-004: a merge, kept so other subgraphs can re-point the merged ids (the CustomerMerged event's content). */
@Entity({ name: 'customer_merge' })
@Index('ix_customer_merge_at', ['mergedAt'])
export class CustomerMergeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'survivor_id' })
  survivorId: string;

  @Column({ ...codeListColumn(2000), name: 'merged_ids' })
  mergedIds: string[];

  /** The fields taken from a merged customer, as JSON { field: customerId }. */
  @Column({ type: 'varchar', length: 4000, name: 'field_choices' })
  fieldChoices: string;

  @CreateDateColumn({ ...instantColumn, name: 'merged_at' })
  mergedAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'merged_by' })
  mergedBy: string;
}
