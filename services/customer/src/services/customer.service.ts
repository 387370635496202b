import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  Connection,
  connectionOf,
  KeysetSort,
  nextSequenceValue,
  normaliseUscc,
  Outcome,
  PageArgs,
  refused,
  RequestContext,
  ServiceConfig,
  succeeded,
  UserError,
  userError,
  writeTransaction,
} from '@crm/platform';
import { CustomerEntity } from '../entities/customer.entity';
import { CUSTOMER_CODE_SEQUENCE, formatCustomerCode } from '../domain/customer-code';
import { profileViolations } from '../domain/customer-profile';
import type {
  CreateCustomerInput,
  CustomerFilter,
  CustomerOrder,
  CustomerOrderField,
  UpdateCustomerInput,
} from '../generated/resolvers-types';

const SORT_PROPERTY: Record<CustomerOrderField, keyof CustomerEntity> = {
  CODE: 'code',
  NAME: 'name',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
};

export type CustomerConnectionModel = Connection<CustomerEntity>;

type Ctx = Pick<RequestContext, 'caller' | 'lang'>;

/** Profile fields an update may change; anything else in the input (id, version) is not a column write. */
const EDITABLE = [
  'name',
  'type',
  'specialKind',
  'usccCode',
  'industry',
  'region',
  'legalRepresentative',
  'address',
  'postcode',
  'phone',
  'fax',
  'website',
  'businessScope',
  'registeredCapital',
  'foundedOn',
  'confidentiality',
] as const;

function trimmed<T extends Record<string, unknown>>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) out[key] = typeof value === 'string' ? value.trim() : value;
  return out as T;
}

/** Customer master-data use cases: validate, check duplicates, persist in one transaction. */
export class CustomerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
  ) {}

  async list(filter: CustomerFilter | null | undefined, order: CustomerOrder | null | undefined, page: PageArgs): Promise<Connection<CustomerEntity>> {
    const qb = this.dataSource.getRepository(CustomerEntity).createQueryBuilder('c');
    if (filter?.grades?.length) qb.andWhere('c.grade IN (:...grades)', { grades: filter.grades });
    if (filter?.lifecycleStages?.length) qb.andWhere('c.lifecycleStage IN (:...stages)', { stages: filter.lifecycleStages });
    if (filter?.types?.length) qb.andWhere('c.type IN (:...types)', { types: filter.types });
    if (filter?.sizes?.length) qb.andWhere('c.size IN (:...sizes)', { sizes: filter.sizes });
    if (filter?.region) qb.andWhere('c.region = :region', { region: filter.region });
    if (filter?.ownerId) qb.andWhere('c.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter?.usccCode) qb.andWhere('c.usccCode = :uscc', { uscc: normaliseUscc(filter.usccCode) });
    if (filter?.nameContains) {
      const escaped = filter.nameContains.replace(/[!%_]/g, (ch) => `!${ch}`);
      qb.andWhere("c.name LIKE :name ESCAPE '!'", { name: `%${escaped}%` });
    }
    const sort: KeysetSort = { property: SORT_PROPERTY[order?.field ?? 'CREATED_AT'], direction: order?.direction ?? 'ASC' };
    return connectionOf(qb, sort, page, this.config.maxPageSize);
  }

  async create(raw: CreateCustomerInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    const input = trimmed(raw);
    if (input.usccCode) input.usccCode = normaliseUscc(input.usccCode);
    const errors = this.violations(input, true, ctx);
    if (errors.length) return refused(errors);
    return writeTransaction(this.dataSource, async (manager) => {
      const duplicate = await this.duplicateUscc(manager, input.usccCode ?? null, null, ctx);
      if (duplicate) return refused<CustomerEntity>([duplicate]);
      const code = formatCustomerCode(await nextSequenceValue(manager, CUSTOMER_CODE_SEQUENCE));
      const customer = manager.create(CustomerEntity, {
        id: randomUUID(),
        code,
        name: input.name,
        entityKind: input.entityKind,
        type: input.type,
        specialKind: input.specialKind ?? null,
        usccCode: input.usccCode || null,
        industry: input.industry ?? null,
        region: input.region || null,
        legalRepresentative: input.legalRepresentative || null,
        address: input.address || null,
        postcode: input.postcode || null,
        phone: input.phone || null,
        fax: input.fax || null,
        website: input.website || null,
        businessScope: input.businessScope || null,
        registeredCapital: input.registeredCapital ?? null,
        foundedOn: input.foundedOn ?? null,
        confidentiality: input.confidentiality ?? 'NONE',
        // CUS-001: opened by the developing staff member, as a potential, draft, active customer.
        ownerId: input.ownerId ?? ctx.caller.id,
        ownerDepartmentId: input.ownerDepartmentId ?? (input.ownerId ? null : ctx.caller.departmentId),
        size: 'ORDINARY',
        grade: null,
        gradeProvisional: false,
        lifecycleStage: 'POTENTIAL',
        status: 'ACTIVE',
        filingStatus: 'DRAFT',
        version: 1,
        createdBy: ctx.caller.id,
        updatedBy: ctx.caller.id,
      });
      return succeeded(await manager.save(customer));
    });
  }

  async update(raw: UpdateCustomerInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    const input = trimmed(raw);
    if (input.usccCode) input.usccCode = normaliseUscc(input.usccCode);
    return writeTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOneBy(CustomerEntity, { id: input.id, deletedAt: IsNull() });
      if (!current) {
        return refused<CustomerEntity>([userError(ctx.lang, 'NOT_FOUND', ['input', 'id'], { zh: '客户不存在', en: 'Customer not found' })]);
      }
      const patch: Partial<CustomerEntity> = {};
      for (const key of EDITABLE) {
        const value = input[key];
        if (value !== undefined) (patch as Record<string, unknown>)[key] = value === '' ? null : value;
      }
      const errors = this.violations({ ...patch, type: patch.type ?? current.type, specialKind: patch.specialKind !== undefined ? patch.specialKind : current.specialKind }, false, ctx);
      if (patch.name === null) errors.push(userError(ctx.lang, 'REQUIRED', ['input', 'name'], { zh: '客户名称不能为空', en: 'Customer name is required' }));
      if (errors.length) return refused<CustomerEntity>(errors);
      if (patch.usccCode && patch.usccCode !== current.usccCode) {
        const duplicate = await this.duplicateUscc(manager, patch.usccCode, current.id, ctx);
        if (duplicate) return refused<CustomerEntity>([duplicate]);
      }
      // The version condition makes the check and the write one atomic step: a concurrent writer cannot slip between.
      const result = await manager.update(
        CustomerEntity,
        { id: current.id, version: input.version },
        { ...patch, version: input.version + 1, updatedBy: ctx.caller.id },
      );
      if (!result.affected) {
        return refused<CustomerEntity>([
          userError(ctx.lang, 'STALE_VERSION', ['input', 'version'], {
            zh: `客户已被他人修改(当前版本 ${current.version}),请刷新后重试`,
            en: `The customer was changed by someone else (current version ${current.version}); reload and retry`,
          }),
        ]);
      }
      return succeeded(await manager.findOneByOrFail(CustomerEntity, { id: current.id }));
    });
  }

  private violations(fields: Record<string, unknown>, creating: boolean, ctx: Ctx): UserError[] {
    return profileViolations(fields, creating).map((p) => userError(ctx.lang, p.code, ['input', p.field], p.message));
  }

  /** CUS-003/005: a USCC is unique among non-deleted customers. */
  private async duplicateUscc(manager: EntityManager, uscc: string | null, exceptId: string | null, ctx: Ctx): Promise<UserError | null> {
    if (!uscc) return null;
    const existing = await manager.findOne(CustomerEntity, { where: { usccCode: uscc, deletedAt: IsNull() }, select: { id: true } });
    if (!existing || existing.id === exceptId) return null;
    return userError(ctx.lang, 'DUPLICATE_USCC', ['input', 'usccCode'], {
      zh: '已有客户使用该统一社会信用代码',
      en: 'Another customer already has this USCC',
    });
  }
}
