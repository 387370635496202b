import type { ValueTransformer } from 'typeorm';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn } from '@crm/platform';
import type { SupplierKind, SupplierStatus, SupplyScope } from '../../generated/resolvers-types';

/**
 * Scopes are stored as one delimited string with a comma on both ends (",PRODUCT,LOGISTICS,") so a LIKE '%,X,%'
 * finds a scope without matching a longer one; order is kept because the first scope is the main one (SUP-003).
 */
export const scopesTransformer: ValueTransformer = {
  to: (value: readonly string[] | null | undefined) => (value ? `,${value.join(',')},` : value),
  from: (value: string | null) => (value ? value.split(',').filter(Boolean) : []),
};

/** The stored form of one scope inside the delimited column, for LIKE filters. */
export const scopePattern = (scope: SupplyScope): string => `%,${scope},%`;

/** 供应商档案. Enums are stored as short strings so SQLite and MySQL share one schema. */
@Entity({ name: 'supplier' })
@Index('ix_supplier_created', ['createdAt', 'id'])
@Index('ix_supplier_updated', ['updatedAt', 'id'])
@Index('ix_supplier_name', ['name', 'id'])
@Index('ix_supplier_unit_status', ['owningUnitId', 'status'])
@Index('ix_supplier_status_kind', ['status', 'kind'])
export class SupplierEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ux_supplier_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Unique among suppliers that still hold it (supplier-identity.ts), checked by the service; indexed for that check. */
  @Index('ix_supplier_uscc')
  @Column({ type: 'varchar', length: 18, name: 'uscc_code' })
  usccCode: string;

  /** The customer of the same legal entity; a key into the customer subgraph, not a foreign key. */
  @Index('ix_supplier_customer')
  @Column({ type: 'varchar', length: 36, name: 'customer_id', nullable: true })
  customerId: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: SupplierKind;

  @Column({ type: 'varchar', length: 200, transformer: scopesTransformer })
  scopes: SupplyScope[];

  @Column({ type: 'varchar', length: 64, name: 'owning_unit_id' })
  owningUnitId: string;

  @Column({ type: 'boolean', name: 'is_counterparty', default: false })
  isCounterparty: boolean;

  @Column({ type: 'boolean', name: 'is_direct', default: true })
  isDirect: boolean;

  @Column({ type: 'boolean', default: false })
  important: boolean;

  @Column({ type: 'varchar', length: 16 })
  status: SupplierStatus;

  @Column({ type: 'varchar', length: 100, name: 'bank_name' })
  bankName: string;

  /** Digits only; one account per supplier and not shared (SUP-010), checked by the service. */
  @Index('ix_supplier_bank_account')
  @Column({ type: 'varchar', length: 32, name: 'bank_account_no' })
  bankAccountNo: string;

  @Column({ type: 'varchar', length: 64, name: 'legal_representative', nullable: true })
  legalRepresentative: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 64, name: 'contact_name', nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 32, name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  /** Optimistic lock: every update must name the version it read. */
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
}
