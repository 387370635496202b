import { Column, CreateDateColumn, DeleteDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '@crm/platform';
import type {
  ConfidentialityLevel,
  CustomerGrade,
  CustomerSize,
  CustomerStatus,
  CustomerType,
  EntityKind,
  FilingStatus,
  Industry,
  LifecycleStage,
  SpecialKind,
} from '../generated/resolvers-types';

/** 客户档案. Enums are stored as short strings so SQLite and MySQL share one schema. */
@Entity({ name: 'customer' })
@Index('ix_customer_created', ['createdAt', 'id'])
@Index('ix_customer_updated', ['updatedAt', 'id'])
@Index('ix_customer_name', ['name', 'id'])
@Index('ix_customer_grade_region', ['grade', 'region'])
@Index('ix_customer_owner', ['ownerId'])
@Index('ix_customer_lifecycle', ['lifecycleStage'])
export class CustomerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ux_customer_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Unique among non-deleted customers (CUS-003), checked by the service; indexed for the duplicate check. */
  @Index('ix_customer_uscc')
  @Column({ type: 'varchar', length: 18, name: 'uscc_code', nullable: true })
  usccCode: string | null;

  @Column({ type: 'varchar', length: 16, name: 'entity_kind' })
  entityKind: EntityKind;

  @Column({ type: 'varchar', length: 16 })
  type: CustomerType;

  @Column({ type: 'varchar', length: 24, name: 'special_kind', nullable: true })
  specialKind: SpecialKind | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  industry: Industry | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 64, name: 'legal_representative', nullable: true })
  legalRepresentative: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fax: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 1000, name: 'business_scope', nullable: true })
  businessScope: string | null;

  @Column({ ...moneyColumn, name: 'registered_capital', nullable: true })
  registeredCapital: string | null;

  @Column({ type: 'date', name: 'founded_on', nullable: true })
  foundedOn: string | null;

  @Column({ type: 'varchar', length: 16, default: 'ORDINARY' })
  size: CustomerSize;

  @Column({ type: 'varchar', length: 1, nullable: true })
  grade: CustomerGrade | null;

  @Column({ type: 'boolean', name: 'grade_provisional', default: false })
  gradeProvisional: boolean;

  @Column({ type: 'varchar', length: 16, name: 'lifecycle_stage' })
  lifecycleStage: LifecycleStage;

  @Column({ type: 'varchar', length: 16 })
  status: CustomerStatus;

  @Column({ type: 'varchar', length: 16, name: 'filing_status' })
  filingStatus: FilingStatus;

  @Column({ type: 'varchar', length: 16, default: 'NONE' })
  confidentiality: ConfidentialityLevel;

  @Column({ type: 'varchar', length: 64, name: 'owner_id' })
  ownerId: string;

  @Column({ type: 'varchar', length: 64, name: 'owner_department_id', nullable: true })
  ownerDepartmentId: string | null;

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

  /** Soft delete (CUS-007): the profile is kept and can be restored. */
  @DeleteDateColumn({ ...instantColumn, name: 'deleted_at', nullable: true })
  deletedAt: Date | null;
}
