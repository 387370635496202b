import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { VisitMethod } from '../../generated/resolvers-types';
import { codeListColumn } from '../support/list-column';

/** 拜访计划 (CUS-039, CUS-040): one per customer, derived from size × grade; due at nextDueOn, overdue the day after. */
@Entity({ name: 'visit_plan' })
@Index('ux_visit_plan_customer', ['customerId'], { unique: true })
@Index('ix_visit_plan_due', ['active', 'nextDueOn'])
export class VisitPlanEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  /** The CUS-023 class it was derived from, e.g. BIG-A. */
  @Column({ type: 'varchar', length: 16, name: 'treatment_class' })
  treatmentClass: string;

  @Column({ ...codeListColumn(200), name: 'visitor_roles' })
  visitorRoles: string[];

  @Column({ type: 'varchar', length: 16 })
  method: VisitMethod;

  @Column({ type: 'int', name: 'interval_months' })
  intervalMonths: number;

  @Column({ type: 'date', name: 'next_due_on' })
  nextDueOn: string;

  @Column({ type: 'date', name: 'last_visit_on', nullable: true })
  lastVisitOn: string | null;

  /** False when the class has no scheduled visits (grade D). */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @UpdateDateColumn({ ...instantColumn, name: 'updated_at' })
  updatedAt: Date;
}
