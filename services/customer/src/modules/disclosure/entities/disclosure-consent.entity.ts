import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { DisclosureDataCategory, DisclosurePurpose } from '../../../generated/resolvers-types';

/**
 * 客户同意: the customer's consent to hand its data outside the company, for these purposes and data, from
 * the day given until revoked or past `expiresOn`. Revocation is recorded, never deleted.
 */
@Entity({ name: 'disclosure_consent' })
@Index('ix_disclosure_consent_customer', ['customerId', 'revokedAt'])
export class DisclosureConsentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'customer_id' })
  customerId: string;

  @Column({ type: 'simple-json' })
  purposes: DisclosurePurpose[];

  @Column({ type: 'simple-json', name: 'data_categories' })
  dataCategories: DisclosureDataCategory[];

  @Column({ type: 'varchar', length: 1000 })
  scope: string;

  @Column({ type: 'varchar', length: 200, name: 'evidence_ref', nullable: true })
  evidenceRef: string | null;

  @Column({ type: 'date', name: 'given_on' })
  givenOn: string;

  /** Last day the consent holds; null until revoked. */
  @Column({ type: 'date', name: 'expires_on', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'varchar', length: 64, name: 'recorded_by' })
  recordedBy: string;

  @Column({ ...instantColumn, name: 'recorded_at' })
  recordedAt: Date;

  @Column({ ...instantColumn, name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 64, name: 'revoked_by', nullable: true })
  revokedBy: string | null;

  @Column({ type: 'varchar', length: 1000, name: 'revocation_reason', nullable: true })
  revocationReason: string | null;
}
