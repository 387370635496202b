import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { DisclosureDataCategory, DisclosurePurpose, DisclosureRequestState } from '../../../generated/resolvers-types';

/** 对外提供客户资料申请: who receives which data for what, on which consent; EXTERNAL_DISCLOSURE decides. */
@Entity({ name: 'disclosure_request' })
@Index('ix_disclosure_request_list', ['createdAt', 'id'])
@Index('ix_disclosure_request_customer', ['customerId', 'state'])
@Index('ux_disclosure_request_idempotency', ['requesterId', 'idempotencyKey'], { unique: true })
export class DisclosureRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'varchar', length: 36, name: 'consent_id' })
  consentId: string;

  @Column({ type: 'varchar', length: 200, name: 'recipient_organisation' })
  recipientOrganisation: string;

  @Column({ type: 'varchar', length: 100, name: 'recipient_person', nullable: true })
  recipientPerson: string | null;

  @Column({ type: 'varchar', length: 32 })
  purpose: DisclosurePurpose;

  @Column({ type: 'varchar', length: 1000, name: 'purpose_detail' })
  purposeDetail: string;

  @Column({ type: 'simple-json', name: 'data_categories' })
  dataCategories: DisclosureDataCategory[];

  @Column({ type: 'varchar', length: 64, name: 'requester_id' })
  requesterId: string;

  @Column({ type: 'varchar', length: 64, name: 'requester_department_id', nullable: true })
  requesterDepartmentId: string | null;

  @Column({ type: 'varchar', length: 16 })
  state: DisclosureRequestState;

  /** The approval request (审批) deciding this, in the platform's approvals engine. */
  @Column({ type: 'varchar', length: 36, name: 'approval_id', nullable: true })
  approvalId: string | null;

  @Column({ type: 'varchar', length: 64, name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column({ ...instantColumn, name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ ...instantColumn, name: 'disclosed_at', nullable: true })
  disclosedAt: Date | null;

  /** the requester's key for this request; unique per requester, so a double submit creates one. */
  @Column({ type: 'varchar', length: 64, name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  /** On the business clock (the X-080 window is measured from it). */
  @Column({ ...instantColumn, name: 'created_at' })
  createdAt: Date;
}
