import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { Gender } from '../../../generated/resolvers-types';

/** 联系人: a person at the customer; a key contact (关键联系人/决策人) gets birthday care reminders (CUS-041). */
@Entity({ name: 'customer_contact' })
@Index('ix_contact_customer', ['customerId', 'isKeyContact'])
@Index('ix_contact_phone', ['mobile'])
@Index('ux_contact_idempotency', ['createdBy', 'idempotencyKey'], { unique: true })
export class ContactEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  gender: Gender | null;

  @Column({ type: 'date', nullable: true })
  birthday: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  position: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  mobile: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  needs: string | null;

  @Column({ type: 'boolean', name: 'is_key_contact', default: false })
  isKeyContact: boolean;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  feedback: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ ...instantColumn, name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'created_by' })
  createdBy: string;

  @UpdateDateColumn({ ...instantColumn, name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'varchar', length: 64, name: 'updated_by' })
  updatedBy: string;

  /** the creator's key for this create; unique per creator, so a double submit creates one. */
  @Column({ type: 'varchar', length: 64, name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;
}
