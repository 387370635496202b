import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';

/** CUS-010: an office's report of the previous month's customer contacts, due by the 5th. */
@Entity({ name: 'office_contact_report' })
@Index('ux_office_report_period', ['officeId', 'period'], { unique: true })
export class OfficeContactReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64, name: 'office_id' })
  officeId: string;

  /** The reported month, YYYY-MM. */
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ ...instantColumn, name: 'submitted_at' })
  submittedAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'submitted_by' })
  submittedBy: string;

  /** Communication records of the office in the month when it reported. */
  @Column({ type: 'int', name: 'record_count' })
  recordCount: number;
}
