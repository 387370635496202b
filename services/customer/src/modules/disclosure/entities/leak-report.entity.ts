import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';

/** 泄密报告: a suspected leak of customer information, as the reporter saw it, and who was told. */
@Entity({ name: 'leak_report' })
@Index('ix_leak_report_list', ['reportedAt', 'id'])
@Index('ux_leak_report_idempotency', ['reporterId', 'idempotencyKey'], { unique: true })
export class LeakReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  /** The customers concerned, when the reporter knows them. */
  @Column({ type: 'simple-json', name: 'customer_ids' })
  customerIds: string[];

  @Column({ type: 'varchar', length: 1000, name: 'remedial_action', nullable: true })
  remedialAction: string | null;

  @Column({ type: 'varchar', length: 64, name: 'reporter_id' })
  reporterId: string;

  @Column({ type: 'varchar', length: 64, name: 'reporter_department_id', nullable: true })
  reporterDepartmentId: string | null;

  @Column({ ...instantColumn, name: 'reported_at' })
  reportedAt: Date;

  /** The recipients notified (roles, `department:<id>`), as configured when reported. */
  @Column({ type: 'simple-json' })
  notified: string[];

  /** unique per reporter, so a double submit files one report and notifies once. */
  @Column({ type: 'varchar', length: 64, name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;
}
