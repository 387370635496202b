import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';

/** CUS-032: a staff member who left; from `accessRevokedAt` on they can no longer export or request files. */
@Entity({ name: 'staff_departure' })
export class StaffDepartureEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, name: 'staff_id' })
  staffId: string;

  @Column({ type: 'date', name: 'left_on' })
  leftOn: string;

  @Column({ type: 'varchar', length: 36, name: 'transfer_id' })
  transferId: string;

  @Column({ ...instantColumn, name: 'access_revoked_at' })
  accessRevokedAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'recorded_by' })
  recordedBy: string;
}
