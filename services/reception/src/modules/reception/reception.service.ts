import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Access, Connection, KeysetSort, Outcome, PageArgs, ServiceConfig, UseCaseContext, UserError } from '@crm/platform';
import { normaliseDecimal, refused, succeeded, userError, writeTransaction } from '@crm/platform';
import { receptionRefusals } from '../../shared/reception-refusals';
import type { ReceptionEntity, ReceptionGuest } from './entities/reception.entity';
import { receptionPlacement } from './reception-scope';
import { insertReception, receptionById, receptionByIdOrFail, receptionPage, updateReceptionVersioned } from './reception.store';
import { receptionNotEditable, receptionNotFound, staleReception } from './reception-refusals';
import type { HospitalityStandard } from './hospitality-standard.rules';
import { hospitalityStandard } from './hospitality-standard.rules';
import type { BudgetFields, ReceptionRequestFields } from './reception-request.rules';
import { requestViolations, substitutionReasonToKeep } from './reception-request.rules';
import type { ReceptionPolicy } from './reception-policy';
import { DEFAULT_RECEPTION_POLICY } from './reception-policy';
import { INITIAL_RECEPTION_STATE, isEditable } from './reception-state.rules';
import type {
  ReceptionBudgetInput,
  ReceptionFilter,
  ReceptionGuestInput,
  ReceptionOrder,
  ReceptionOrderField,
  RequestReceptionInput,
  SettleReceptionInput,
  UpdateReceptionInput,
} from '../../generated/resolvers-types';
import { settlementRefusal } from '../customer-filing/customer-filing.service';

const SORT_PROPERTY: Record<ReceptionOrderField, keyof ReceptionEntity> = {
  START_ON: 'startOn',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
};

export type ReceptionConnectionModel = Connection<ReceptionEntity>;

type Ctx = UseCaseContext;

/** Fields an update may change, besides the budget and the guest list which need shaping. */
const EDITABLE = [
  'class',
  'hostedPartyType',
  'customerId',
  'supplierId',
  'organisation',
  'guestCount',
  'hostId',
  'hostRank',
  'hostSubstitutionReason',
  'startOn',
  'endOn',
  'purpose',
] as const;

const trim = (value: string | null | undefined): string | null => (value == null ? null : value.trim() || null);

function guestsOf(input: readonly ReceptionGuestInput[] | null | undefined): ReceptionGuest[] {
  return (input ?? []).map((g) => ({ name: g.name.trim(), title: trim(g.title), isForeign: g.isForeign ?? false }));
}

/** Amounts left out are 0 (canonical two-place strings, as the money columns store them). */
function budgetOfInput(input: ReceptionBudgetInput | null | undefined): BudgetFields {
  const amount = (value: string | null | undefined) => normaliseDecimal(value ?? '0');
  return {
    hospitality: amount(input?.hospitality),
    lodging: amount(input?.lodging),
    transport: amount(input?.transport),
    gifts: amount(input?.gifts),
  };
}

function budgetColumns(
  budget: BudgetFields,
): Pick<ReceptionEntity, 'budgetHospitality' | 'budgetLodging' | 'budgetTransport' | 'budgetGifts'> {
  return {
    budgetHospitality: budget.hospitality,
    budgetLodging: budget.lodging,
    budgetTransport: budget.transport,
    budgetGifts: budget.gifts,
  };
}

/** Reception use cases: validate against the rules, persist in one transaction. */
export class ReceptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServiceConfig,
    private readonly access: Access,
    private readonly policy: ReceptionPolicy = DEFAULT_RECEPTION_POLICY,
  ) {}

  async list(
    filter: ReceptionFilter | null | undefined,
    order: ReceptionOrder | null | undefined,
    page: PageArgs,
  ): Promise<Connection<ReceptionEntity>> {
    const sort: KeysetSort = { property: SORT_PROPERTY[order?.field ?? 'START_ON'], direction: order?.direction ?? 'DESC' };
    return receptionPage(this.dataSource.manager, this.access, filter, sort, page, this.config.maxPageSize);
  }

  async request(input: RequestReceptionInput, ctx: Ctx): Promise<Outcome<ReceptionEntity>> {
    const fields: ReceptionRequestFields = {
      class: input.class,
      hostedPartyType: input.hostedPartyType,
      customerId: trim(input.customerId),
      supplierId: trim(input.supplierId),
      organisation: trim(input.organisation),
      guestCount: input.guestCount,
      guests: guestsOf(input.guests),
      hostId: trim(input.hostId),
      hostRank: input.hostRank,
      hostSubstitutionReason: trim(input.hostSubstitutionReason),
      startOn: input.startOn,
      endOn: input.endOn,
      purpose: trim(input.purpose),
      budget: budgetOfInput(input.budget),
    };
    const errors = this.violations(fields, ctx);
    // REC-010: the costs go to the requesting department, so a requester outside the organisation tree cannot ask.
    if (!ctx.caller.departmentId) {
      errors.push(receptionRefusals.userError(ctx.lang, 'NO_COST_DEPARTMENT'));
    }
    if (errors.length) return refused(errors);
    const reception = await insertReception(this.dataSource.manager, {
      id: randomUUID(),
      ...this.columnsOf(fields),
      customerGradeAtRequest: null,
      customerSizeAtRequest: null,
      customerFiledAtRequest: null,
      costDepartmentId: ctx.caller.departmentId!,
      state: INITIAL_RECEPTION_STATE,
      approvalId: null,
      overStandardApprovalId: null,
      version: 1,
      createdBy: ctx.caller.id,
      updatedBy: ctx.caller.id,
    });
    return succeeded(reception);
  }

  /**
   * REC-011: COMPLETED → SETTLED when the customer (if any) is filed and not deleted as the customer-filing projection
   * knows it; otherwise the reception is SETTLEMENT_REFUSED (that state is saved) and the refusal returned.
   */
  async settle(input: SettleReceptionInput, ctx: Ctx): Promise<Outcome<ReceptionEntity>> {
    return writeTransaction(this.dataSource, async (manager) => {
      const found = await receptionById(manager, input.id);
      const current = found && this.access.covers('reception:UPDATE', receptionPlacement(found)) ? found : null;
      if (!current) return refused<ReceptionEntity>([receptionNotFound(ctx.lang)]);
      if (current.state !== 'COMPLETED') {
        return refused<ReceptionEntity>([receptionRefusals.userError(ctx.lang, 'NOT_COMPLETED', { state: current.state })]);
      }
      if (current.version !== input.version) return refused<ReceptionEntity>([staleReception(ctx.lang, current.version)]);
      const refusal = current.customerId ? await settlementRefusal(manager, current.customerId, ctx.lang) : null;
      const state = refusal ? 'SETTLEMENT_REFUSED' : 'SETTLED';
      if (!(await updateReceptionVersioned(manager, current, input.version, { state, updatedBy: ctx.caller.id })))
        return refused<ReceptionEntity>([staleReception(ctx.lang, current.version)]);
      return refusal ? refused<ReceptionEntity>([refusal]) : succeeded(await receptionByIdOrFail(manager, current.id));
    });
  }

  async update(input: UpdateReceptionInput, ctx: Ctx): Promise<Outcome<ReceptionEntity>> {
    return writeTransaction(this.dataSource, async (manager) => {
      const found = await receptionById(manager, input.id);
      // Outside the caller's scope is reported as not found.
      const current = found && this.access.covers('reception:UPDATE', receptionPlacement(found)) ? found : null;
      if (!current) return refused<ReceptionEntity>([receptionNotFound(ctx.lang)]);
      if (!isEditable(current.state)) {
        return refused<ReceptionEntity>([receptionNotEditable(ctx.lang, current.state)]);
      }
      const fields = this.merged(current, input);
      const errors = this.violations(fields, ctx);
      if (errors.length) return refused<ReceptionEntity>(errors);
      const columns = this.columnsOf(fields);
      // The snapshots describe the customer read at request time; another customer's would be wrong.
      const snapshots =
        columns.customerId === current.customerId
          ? {}
          : { customerGradeAtRequest: null, customerSizeAtRequest: null, customerFiledAtRequest: null };
      // The version condition makes the check and the write one atomic step; the audit trail gets old → new.
      const written = await updateReceptionVersioned(manager, current, input.version, {
        ...columns,
        ...snapshots,
        updatedBy: ctx.caller.id,
      });
      if (!written) return refused<ReceptionEntity>([staleReception(ctx.lang, current.version)]);
      return succeeded(await receptionByIdOrFail(manager, current.id));
    });
  }

  /** REC-004/REC-005: the hospitality cap of a reception under the policy in force. */
  standardOf(reception: ReceptionEntity): HospitalityStandard {
    return hospitalityStandard(reception, this.policy);
  }

  /** The reception an update would leave: sent fields (null = cleared) over the current ones. */
  private merged(current: ReceptionEntity, input: UpdateReceptionInput): ReceptionRequestFields {
    const fields: ReceptionRequestFields = {
      class: current.class,
      hostedPartyType: current.hostedPartyType,
      customerId: current.customerId,
      supplierId: current.supplierId,
      organisation: current.organisation,
      guestCount: current.guestCount,
      guests: input.guests !== undefined ? guestsOf(input.guests) : current.guests,
      hostId: current.hostId,
      hostRank: current.hostRank,
      hostSubstitutionReason: current.hostSubstitutionReason,
      startOn: current.startOn,
      endOn: current.endOn,
      purpose: current.purpose,
      budget:
        input.budget !== undefined
          ? budgetOfInput(input.budget)
          : {
              hospitality: current.budgetHospitality,
              lodging: current.budgetLodging,
              transport: current.budgetTransport,
              gifts: current.budgetGifts,
            },
    };
    const target = fields as unknown as Record<string, unknown>;
    for (const key of EDITABLE) {
      const value = input[key];
      if (value !== undefined) target[key] = typeof value === 'string' ? trim(value) : value;
    }
    return fields;
  }

  /** The columns of a validated request (every required field is present by then). */
  private columnsOf(f: ReceptionRequestFields) {
    return {
      class: f.class!,
      hostedPartyType: f.hostedPartyType!,
      customerId: f.customerId,
      supplierId: f.supplierId,
      organisation: f.organisation!,
      guestCount: f.guestCount!,
      guests: f.guests,
      hostId: f.hostId!,
      hostRank: f.hostRank!,
      hostSubstitutionReason: substitutionReasonToKeep(f, this.policy),
      startOn: f.startOn!,
      endOn: f.endOn!,
      purpose: f.purpose!,
      ...budgetColumns(f.budget),
    };
  }

  private violations(fields: ReceptionRequestFields, ctx: Ctx): UserError[] {
    return requestViolations(fields, this.policy).map((p) => userError(ctx.lang, p.code, ['input', ...p.field], p.message));
  }
}
