import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Access, Clock, Connection, KeysetSort, Outcome, PageArgs, ServiceConfig, UseCaseContext, UserError } from '@crm/platform';
import { normaliseUscc, refusableTransaction, refused, succeeded, todayOn, trimmed, userError, writeTransaction } from '@crm/platform';
import { SUPPLIER, supplierRefusals } from '../../shared/supplier-refusals';
import type { SupplierEntity } from '../../shared/entities/supplier.entity';
import { supplierById, supplierByIdOrFail, updateSupplierVersioned } from '../../shared/supplier.store';
import { normaliseAccountNo } from '../../shared/bank-account';
import type { SupplierPolicy } from '../../shared/supplier-policy';
import { DEFAULT_SUPPLIER_POLICY } from '../../shared/supplier-policy';
import { supplierPlacement } from '../../shared/supplier-scope';
import { submitAdmission } from '../admission/admission.service';
import { activeBans } from '../blacklist/blacklist.service';
import { owningUnitFor } from './owning-unit.rules';
import { formatSupplierCode } from './supplier-code.rules';
import { accountChangeNeedsApproval } from './supplier-identity.rules';
import { accountHolder, insertSupplier, nextSupplierNumber, supplierPage, usccHolder } from './supplier-profile.store';
import type { SupplierProfileFields } from './supplier-profile.rules';
import { distinctScopes, profileViolations } from './supplier-profile.rules';
import type {
  RegisterSupplierInput,
  SupplierFilter,
  SupplierOrder,
  SupplierOrderField,
  UpdateSupplierInput,
} from '../../generated/resolvers-types';

const SORT_PROPERTY: Record<SupplierOrderField, keyof SupplierEntity> = {
  CODE: 'code',
  NAME: 'name',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
};

export type SupplierConnectionModel = Connection<SupplierEntity>;

type Ctx = UseCaseContext;

/** Profile columns an update writes as sent; scopes, USCC and the bank account are normalised first. */
const EDITABLE = [
  'name',
  'kind',
  'owningUnitId',
  'customerId',
  'isCounterparty',
  'isDirect',
  'important',
  'legalRepresentative',
  'address',
  'contactName',
  'contactPhone',
] as const;
const FLAGS: ReadonlySet<string> = new Set(['isCounterparty', 'isDirect', 'important']);

/** Trims and normalises what a user typed: upper-case USCC, account digits only, each scope once. */
function normalised<
  T extends {
    usccCode?: string | null;
    scopes?: SupplierProfileFields['scopes'];
    bankAccount?: { bank: string; accountNo: string } | null;
  },
>(raw: T): T {
  const input = trimmed(raw);
  if (input.usccCode) input.usccCode = normaliseUscc(input.usccCode);
  if (input.scopes) input.scopes = distinctScopes(input.scopes);
  if (input.bankAccount)
    input.bankAccount = { bank: input.bankAccount.bank.trim(), accountNo: normaliseAccountNo(input.bankAccount.accountNo) };
  return input;
}

/** Supplier master-data use cases: validate, check identity against suppliers and the blacklist, persist in one transaction. */
export class SupplierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
    private readonly access: Access,
    /** The request's clock (the system's, or an as-of instant with CLOCK_OVERRIDE). */
    private readonly clock: Clock,
    private readonly policy: SupplierPolicy = DEFAULT_SUPPLIER_POLICY,
  ) {}

  async list(
    filter: SupplierFilter | null | undefined,
    order: SupplierOrder | null | undefined,
    page: PageArgs,
  ): Promise<Connection<SupplierEntity>> {
    const sort: KeysetSort = { property: SORT_PROPERTY[order?.field ?? 'CREATED_AT'], direction: order?.direction ?? 'ASC' };
    return supplierPage(this.dataSource.manager, this.access, filter, sort, page, this.config.maxPageSize);
  }

  /**
   * Opens an application: a new supplier starts APPLYING (supplier.md §3) and its SUPPLIER_ADMISSION request is
   * submitted in the same transaction (SUP-008); the approval's last step registers it (onAdmissionDecided).
   */
  async register(raw: RegisterSupplierInput, ctx: Ctx): Promise<Outcome<SupplierEntity>> {
    const input = normalised(raw);
    const scopes = input.scopes ?? [];
    const owningUnitId = input.owningUnitId || owningUnitFor(scopes, this.policy);
    const isDirect = input.isDirect ?? input.kind !== 'TRADER';
    const errors = this.violations({ ...input, owningUnitId, isDirect }, true, ctx);
    if (errors.length) return refused(errors);
    // A refusal rolls back the transaction, which gives the supplier number back.
    return refusableTransaction(this.dataSource, async (manager) => {
      // Taking the number first locks the sequence row, so concurrent registrations check identities one at a time.
      const code = formatSupplierCode(await nextSupplierNumber(manager));
      const refusals = await this.identityRefusals(manager, input.usccCode, input.bankAccount.accountNo, null, ctx);
      if (refusals.length) return refused<SupplierEntity>(refusals);
      const saved = await insertSupplier(manager, {
        id: randomUUID(),
        code,
        name: input.name,
        usccCode: input.usccCode,
        customerId: input.customerId || null,
        kind: input.kind,
        scopes,
        owningUnitId: owningUnitId!,
        isCounterparty: input.isCounterparty ?? false,
        isDirect,
        important: input.important ?? false,
        status: 'APPLYING',
        bankName: input.bankAccount.bank,
        bankAccountNo: input.bankAccount.accountNo,
        legalRepresentative: input.legalRepresentative || null,
        address: input.address || null,
        contactName: input.contactName || null,
        contactPhone: input.contactPhone || null,
        version: 1,
        createdBy: ctx.caller.id,
        updatedBy: ctx.caller.id,
      });
      await submitAdmission(manager, saved, input.procurementMethod, ctx);
      return succeeded(saved);
    });
  }

  async update(raw: UpdateSupplierInput, ctx: Ctx): Promise<Outcome<SupplierEntity>> {
    const input = normalised(raw);
    return writeTransaction(this.dataSource, async (manager) => {
      const found = await supplierById(manager, input.id);
      // Outside the caller's scope is reported as not found: another unit's supplier is not theirs to edit (SUP-003).
      const current = found && this.access.covers('supplier:UPDATE', supplierPlacement(found)) ? found : null;
      if (!current) {
        return refused<SupplierEntity>([supplierRefusals.userError(ctx.lang, 'NOT_FOUND', { what: SUPPLIER })]);
      }
      const patch: Partial<SupplierEntity> = {};
      for (const key of EDITABLE) {
        const value = input[key];
        // Flags are never null: a null there means "unchanged", like leaving the field out.
        if (value === undefined || (value === null && FLAGS.has(key))) continue;
        (patch as Record<string, unknown>)[key] = value === '' ? null : value;
      }
      // A supplier that becomes a trader stops being direct unless the caller says otherwise (SUP-004).
      if (patch.kind === 'TRADER' && patch.isDirect === undefined) patch.isDirect = false;
      const errors = this.violations(
        {
          ...patch,
          usccCode: input.usccCode,
          scopes: input.scopes,
          bankAccount: input.bankAccount,
          // Checked as they will be saved, so a trader cannot become direct by changing only one of the two.
          kind: patch.kind !== undefined ? patch.kind : current.kind,
          isDirect: patch.isDirect ?? current.isDirect,
        },
        false,
        ctx,
      );
      if (errors.length) return refused<SupplierEntity>(errors);
      if (input.usccCode) patch.usccCode = input.usccCode;
      if (input.scopes) patch.scopes = input.scopes;

      const accountNo = input.bankAccount && input.bankAccount.accountNo !== current.bankAccountNo ? input.bankAccount.accountNo : null;
      if (accountNo && accountChangeNeedsApproval(current.status)) {
        return refused<SupplierEntity>([supplierRefusals.userError(ctx.lang, 'BANK_ACCOUNT_CHANGE_NEEDS_APPROVAL')]);
      }
      if (input.bankAccount) {
        patch.bankName = input.bankAccount.bank;
        patch.bankAccountNo = input.bankAccount.accountNo;
      }
      const uscc = patch.usccCode && patch.usccCode !== current.usccCode ? patch.usccCode : null;
      const refusals = await this.identityRefusals(manager, uscc, accountNo, current.id, ctx);
      if (refusals.length) return refused<SupplierEntity>(refusals);

      // The version condition makes the check and the write one atomic step: a concurrent writer cannot slip between.
      // updateVersioned also records old → new in the audit trail.
      const written = await updateSupplierVersioned(manager, current, input.version, { ...patch, updatedBy: ctx.caller.id });
      if (!written) {
        return refused<SupplierEntity>([
          supplierRefusals.userError(ctx.lang, 'STALE_VERSION', { what: SUPPLIER, current: current.version }),
        ]);
      }
      return succeeded(await supplierByIdOrFail(manager, current.id));
    });
  }

  /** "Today" on the request clock in the business calendar's zone: the day bans are judged on. */
  private today(): string {
    return todayOn(this.clock, this.config.businessTimeZone);
  }

  private violations(fields: SupplierProfileFields, creating: boolean, ctx: Ctx): UserError[] {
    return profileViolations(fields, creating, this.policy).map((p) => userError(ctx.lang, p.code, ['input', ...p.field], p.message));
  }

  /**
   * SUP-013: a USCC or account on an active blacklist entry is refused whatever the name; SUP-010 and the uniqueness of
   * the USCC: neither may be held by another supplier. Null arguments are not checked (unchanged on update).
   */
  private async identityRefusals(
    manager: EntityManager,
    uscc: string | null,
    accountNo: string | null,
    exceptId: string | null,
    ctx: Ctx,
  ): Promise<UserError[]> {
    if (!uscc && !accountNo) return [];
    const out: UserError[] = [];
    const today = this.today();
    const bans = await activeBans(manager, { uscc, accountNo }, today);
    const usccBan = uscc ? bans.find((b) => b.usccCode === uscc) : undefined;
    const accountBan = accountNo ? bans.find((b) => b.bankAccountNo === accountNo) : undefined;
    if (usccBan) out.push(this.blacklisted(['input', 'usccCode'], usccBan.bannedThrough, ctx));
    if (accountBan) out.push(this.blacklisted(['input', 'bankAccount', 'accountNo'], accountBan.bannedThrough, ctx));

    if (uscc && !usccBan) {
      const holder = await usccHolder(manager, uscc);
      if (holder && holder.id !== exceptId) {
        out.push(supplierRefusals.userError(ctx.lang, 'DUPLICATE_USCC', { holder: holder.code }));
      }
    }
    if (accountNo && !accountBan) {
      const holder = await accountHolder(manager, accountNo);
      if (holder && holder.id !== exceptId) {
        out.push(supplierRefusals.userError(ctx.lang, 'BANK_ACCOUNT_IN_USE', { holder: holder.code }));
      }
    }
    return out;
  }

  private blacklisted(field: string[], through: string, ctx: Ctx): UserError {
    return supplierRefusals.userError(ctx.lang, 'SUPPLIER_BLACKLISTED', { through }, { field });
  }
}
