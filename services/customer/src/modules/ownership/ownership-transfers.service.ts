import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rowById, rowByIdOrFail, saveNew } from '../../shared/support/rows.store';
import type { Connection, Outcome, PageArgs, UserError } from '@crm/platform';
import { connectionOf, refused, succeeded, writeTransaction } from '@crm/platform';
import { CustomerEntity } from '../../shared/entities/customer.entity';
import { CustomerTaskEntity } from '../../shared/entities/customer-task.entity';
import { OwnershipTransferEntity } from './entities/ownership-transfer.entity';
import type { OwnershipTransferItemEntity } from './entities/ownership-transfer.entity';
import type { StaffDepartureEntity } from './entities/staff-departure.entity';
import {
  claimsOfCustomersIn,
  customersByIds,
  customersOwnedBy,
  departureRecorded,
  departures,
  insertDeparture,
  insertTransferItems,
  liveCustomersByIds,
  moveTransferItem,
  openNoticesOf,
  transferInState,
  transferItemsOf,
  transferItemsOfCustomers,
  transferOfGrievance,
  transfersVisibleTo,
} from './ownership.store';
import { distributeEvenly, sameDepartment } from '../../shared/ownership.rules';
import { holdsAny } from '../../shared/roles';
import type {
  AdvanceOwnershipTransferInput,
  DistributeLeadsInput,
  HandOverDepartingStaffInput,
  OwnershipTransferFilter,
  OwnershipTransferReason,
  ReportUnresolvedGrievanceInput,
  TransferCustomersInput,
} from '../../generated/resolvers-types';
import { updateRecord } from '../../shared/support/audited-update.store';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { APPROVAL_SUBJECT, submitApproval } from '../../shared/customer-approvals';
import { customerPlacement } from '../../shared/customer-scope';
import { duplicateUscc, insertCustomer, newCustomerViolations, normalisedNewCustomer } from '../profile/profile-opening.service';
import { moveOwner } from './ownership-changes.service';
import { endClaims } from './ownership-claims.service';
import { invalid, invalidState, notFound, roleNotAllowed, unknownStaff } from '../../shared/refusals';
import { openTask } from '../../shared/tasks';
import type { Ctx, CustomerRuntime, RuleEnv } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';

const TRANSFER = { zh: '客户移交', en: 'Ownership transfer' };

interface TransferRequest {
  reason: OwnershipTransferReason;
  customers: CustomerEntity[];
  toOwnerId: string;
  toDepartmentId: string | null;
  note?: string | null;
  grievanceRef?: string | null;
}

/**
 * Reassignments (CUS-029, CUS-030, CUS-031, CUS-032): customers of one transfer move together. A caller who decides transfers
 * (CUSTOMER_DEPT_MANAGER, VP) applies them at once; anyone else's transfer waits for OWNERSHIP_TRANSFER approval.
 * Applying moves the customers, ends the claims holding them, and opens one customer-notice task per customer.
 */
export class OwnershipTransferService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** CUS-032: everyone whose access was revoked on departure, for the gateway to refuse their tokens platform-wide. */
  revokedStaff(): Promise<StaffDepartureEntity[]> {
    return departures(this.rt.dataSource);
  }

  /** Transfers the caller gave, received, requested, or that reached their department. */
  list(filter: OwnershipTransferFilter | null | undefined, page: PageArgs, ctx: Ctx): Promise<Connection<OwnershipTransferEntity>> {
    return connectionOf(
      transfersVisibleTo(this.rt.dataSource, filter, ctx.access),
      { property: 'requestedAt', direction: 'DESC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  /** CUS-029, CUS-030 and manager decisions: lapsed claims, dormant customers, or any reassignment a manager decides. */
  async transfer(input: TransferCustomersInput, ctx: Ctx): Promise<Outcome<OwnershipTransferEntity>> {
    if (input.reason === 'STAFF_DEPARTURE' || input.reason === 'GRIEVANCE_UNRESOLVED') {
      return refused([
        invalid(ctx, 'REASON_NOT_ALLOWED', ['input', 'reason'], {
          zh: '离职移交和抱怨移交请使用专门的操作',
          en: 'Departures and unresolved grievances have their own operations',
        }),
      ]);
    }
    const ids = [...new Set(input.customerIds)];
    if (!ids.length)
      return refused([invalid(ctx, 'REQUIRED', ['input', 'customerIds'], { zh: '请选择客户', en: 'Choose at least one customer' })]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const customers = await liveCustomersByIds(manager, ids);
      const errors: UserError[] = [];
      ids.forEach((id, index) => {
        const customer = customers.find((c) => c.id === id);
        const field = ['input', 'customerIds', String(index)];
        if (!customer || !ctx.access.covers('customer:UPDATE', customerPlacement(customer)))
          errors.push(notFound(ctx, { zh: '客户', en: 'Customer' }, field));
        else if (customer.ownerId === input.toOwnerId)
          errors.push(
            invalid(ctx, 'ALREADY_OWNER', field, { zh: '该客户已属于接收人', en: 'The customer already belongs to the new owner' }),
          );
        else if (input.reason === 'DORMANT' && !customer.dormant)
          errors.push(invalid(ctx, 'NOT_DORMANT', field, { zh: '该客户未处于服务不到位状态', en: 'The customer is not dormant' }));
      });
      if (input.reason === 'CLAIM_LAPSED') {
        const lapsed = await claimsOfCustomersIn(manager, ids, 'LAPSED');
        ids.forEach((id, index) => {
          if (customers.some((c) => c.id === id) && !lapsed.some((claim) => claim.customerId === id)) {
            errors.push(
              invalid(ctx, 'NO_LAPSED_CLAIM', ['input', 'customerIds', String(index)], {
                zh: '该客户没有已过保护期的申报',
                en: 'The customer has no lapsed claim',
              }),
            );
          }
        });
      }
      if (errors.length) return refused(errors);
      return succeeded(
        await this.open(
          manager,
          { reason: input.reason, customers, toOwnerId: input.toOwnerId, toDepartmentId: input.toDepartmentId ?? null, note: input.note },
          ctx,
        ),
      );
    });
  }

  /**
   * CUS-031: a grievance unresolved after 3 days moves the customer to an owner in another department. The new
   * owner's department is the one the staff directory gives, never the caller's word for it.
   */
  async grievanceUnresolved(input: ReportUnresolvedGrievanceInput, ctx: Ctx): Promise<Outcome<OwnershipTransferEntity>> {
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const known = await transferOfGrievance(manager, input.grievanceRef);
      if (known) return succeeded(known);
      const customer = await rowById(manager, CustomerEntity, input.customerId);
      if (!customer) return refused([notFound(ctx, { zh: '客户', en: 'Customer' }, ['input', 'customerId'])]);
      const newOwner = this.rt.config.staffDirectory.member(input.toOwnerId);
      if (!newOwner) return refused([unknownStaff(ctx, ['input', 'toOwnerId'], input.toOwnerId)]);
      if (sameDepartment(customer.ownerDepartmentId, newOwner.departmentId)) {
        return refused([
          invalid(ctx, 'SAME_DEPARTMENT', ['input', 'toOwnerId'], {
            zh: '抱怨未解决的客户须移交给其他部门的员工',
            en: 'The customer must move to staff of another department',
          }),
        ]);
      }
      return succeeded(
        await this.open(
          manager,
          {
            reason: 'GRIEVANCE_UNRESOLVED',
            customers: [customer],
            toOwnerId: newOwner.id,
            toDepartmentId: newOwner.departmentId,
            grievanceRef: input.grievanceRef,
          },
          ctx,
        ),
      );
    });
  }

  /**
   * CUS-032 worked example 10: one operation moves every customer of the leaving staff member to the replacement
   * (their department keeps the data), opens a notice task per customer and revokes the leaver's access.
   */
  async handOver(input: HandOverDepartingStaffInput, ctx: Ctx): Promise<Outcome<OwnershipTransferEntity>> {
    const roles = this.rt.policy.ownership.transferDeciderRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'staffId'], roles)]);
    if (input.staffId === input.toOwnerId) {
      return refused([
        invalid(ctx, 'SAME_OWNER', ['input', 'toOwnerId'], { zh: '接收人不能是离职人员本人', en: 'The replacement cannot be the leaver' }),
      ]);
    }
    return writeTransaction(this.rt.dataSource, async (manager) => {
      if (await departureRecorded(manager, input.staffId)) {
        return refused([
          invalid(ctx, 'ALREADY_DEPARTED', ['input', 'staffId'], {
            zh: '该员工的离职移交已办理',
            en: 'This staff member was already handed over',
          }),
        ]);
      }
      const customers = await customersOwnedBy(manager, input.staffId);
      const transfer = await this.open(
        manager,
        { reason: 'STAFF_DEPARTURE', customers, toOwnerId: input.toOwnerId, toDepartmentId: input.toDepartmentId ?? null },
        ctx,
      );
      await insertDeparture(manager, {
        staffId: input.staffId,
        leftOn: input.leftOn,
        transferId: transfer.id,
        accessRevokedAt: this.rt.clock.now(),
        recordedBy: ctx.caller.id,
      });
      return succeeded(transfer);
    });
  }

  /** DATA_HANDED_OVER → CUSTOMER_NOTIFIED (the notices went out) → DONE, by a transfer decider. */
  async advance(input: AdvanceOwnershipTransferInput, ctx: Ctx): Promise<Outcome<OwnershipTransferEntity>> {
    const roles = this.rt.policy.ownership.transferDeciderRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'to'], roles)]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const transfer = await rowById(manager, OwnershipTransferEntity, input.id);
      if (!transfer) return refused([notFound(ctx, TRANSFER)]);
      const from = input.to === 'CUSTOMER_NOTIFIED' ? 'DATA_HANDED_OVER' : 'CUSTOMER_NOTIFIED';
      if (transfer.state !== from) return refused([invalidState(ctx, TRANSFER, transfer.state)]);
      const now = this.rt.clock.now();
      if (input.to === 'CUSTOMER_NOTIFIED') {
        for (const task of await openNoticesOf(manager, transfer.id)) {
          await updateRecord(manager, CustomerTaskEntity, task, { state: 'DONE', doneAt: now, doneBy: ctx.caller.id });
        }
        await updateRecord(manager, OwnershipTransferEntity, transfer, { state: 'CUSTOMER_NOTIFIED', customerNotifiedAt: now });
      } else {
        await updateRecord(manager, OwnershipTransferEntity, transfer, { state: 'DONE', doneAt: now, decidedBy: ctx.caller.id });
      }
      return succeeded(await rowByIdOrFail(manager, OwnershipTransferEntity, transfer.id));
    });
  }

  /** CUS-026 worked example 12: leads opened as customers of the department, dealt evenly to the staff listed. */
  async distributeLeads(input: DistributeLeadsInput, ctx: Ctx): Promise<Outcome<{ customers: CustomerEntity[] }>> {
    const roles = this.rt.policy.ownership.leadDistributorRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'departmentId'], roles)]);
    const staffIds = [...new Set(input.staffIds)];
    if (!staffIds.length)
      return refused([invalid(ctx, 'REQUIRED', ['input', 'staffIds'], { zh: '请列出参加的员工', en: 'List the participating staff' })]);
    const leads = input.leads.map(normalisedNewCustomer);
    const errors = leads.flatMap((lead, index) => newCustomerViolations(lead, ctx, ['input', 'leads', String(index)]));
    if (errors.length) return refused(errors);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const usccErrors: UserError[] = [];
      for (const [index, lead] of leads.entries()) {
        const duplicate = await duplicateUscc(manager, lead.usccCode, null, ctx, ['input', 'leads', String(index), 'usccCode']);
        if (duplicate) usccErrors.push(duplicate);
      }
      if (usccErrors.length) return refused(usccErrors);
      const customers: CustomerEntity[] = [];
      for (const { lead, staffId } of distributeEvenly(leads, staffIds)) {
        customers.push(
          await insertCustomer(manager, this.rt, { ...lead, ownerId: staffId, ownerDepartmentId: input.departmentId }, ctx, {
            reason: 'LEAD_DISTRIBUTION',
          }),
        );
      }
      return succeeded({ customers });
    });
  }

  /** Records the transfer with its customers, then applies it at once when the caller decides transfers. */
  private async open(manager: EntityManager, request: TransferRequest, ctx: Ctx): Promise<OwnershipTransferEntity> {
    const owners = new Set(request.customers.map((c) => c.ownerId));
    const transfer = await saveNew(manager, OwnershipTransferEntity, {
      id: randomUUID(),
      reason: request.reason,
      fromOwnerId: owners.size === 1 ? [...owners][0] : null,
      toOwnerId: request.toOwnerId,
      toDepartmentId: request.toDepartmentId,
      state: 'PENDING',
      note: request.note?.trim() || null,
      grievanceRef: request.grievanceRef ?? null,
      customerCount: request.customers.length,
      requestedBy: ctx.caller.id,
      requestedAt: this.rt.clock.now(),
    });
    for (let i = 0; i < request.customers.length; i += 200) {
      await insertTransferItems(
        manager,
        request.customers
          .slice(i, i + 200)
          .map((c) => ({ transferId: transfer.id, customerId: c.id, fromOwnerId: c.ownerId, fromDepartmentId: c.ownerDepartmentId })),
      );
    }
    if (holdsAny(ctx.caller.roles, this.rt.policy.ownership.transferDeciderRoles)) {
      await applyTransfer(manager, this.rt, transfer, request.customers, ctx.caller.id);
    } else {
      const approvalId = await submitApproval(
        manager,
        this.rt,
        'OWNERSHIP_TRANSFER',
        { type: APPROVAL_SUBJECT.transfer, id: transfer.id },
        { kind: request.reason },
        ctx,
        request.note ?? null,
      );
      await updateRecord(manager, OwnershipTransferEntity, transfer, { approvalId });
    }
    return rowByIdOrFail(manager, OwnershipTransferEntity, transfer.id);
  }
}

/** Moves the customers, ends the claims holding them, and opens one customer-notice task per customer (CUS-032). */
async function applyTransfer(
  manager: EntityManager,
  env: RuleEnv,
  transfer: OwnershipTransferEntity,
  customers: CustomerEntity[],
  actor: string,
): Promise<void> {
  const today = todayIn(env);
  for (const customer of customers) {
    const to = { ownerId: transfer.toOwnerId, departmentId: transfer.toDepartmentId ?? customer.ownerDepartmentId };
    await moveOwner(manager, customer, to, transfer.reason, actor, today, { transferId: transfer.id });
    await openTask(manager, {
      kind: 'CUSTOMER_NOTICE',
      customerId: customer.id,
      assigneeId: transfer.toOwnerId,
      relatedId: transfer.id,
      dueOn: today,
      title: `通知客户 ${customer.name}:负责人变更`,
    });
  }
  for (const customer of customers) await endClaims(manager, customer.id, actor, 'TRANSFERRED');
  await updateRecord(manager, OwnershipTransferEntity, transfer, {
    state: 'DATA_HANDED_OVER',
    handedOverAt: env.clock.now(),
    decidedBy: actor,
  });
}

/** OWNERSHIP_TRANSFER decided: approval moves the customers together; anything else ends the transfer as REJECTED. */
export const transferDecided: ApprovalEffect = async (manager, request, verdict, env, actor) => {
  const transfer = await rowById(manager, OwnershipTransferEntity, request.subjectId);
  if (!transfer || transfer.state !== 'PENDING') return;
  if (verdict !== 'APPROVED') {
    await updateRecord(manager, OwnershipTransferEntity, transfer, { state: 'REJECTED', decidedBy: actor });
    return;
  }
  const items = await transferItemsOf(manager, transfer.id);
  const customers = await customersByIds(
    manager,
    items.map((i) => i.customerId),
  );
  await applyTransfer(manager, env, transfer, customers, actor);
};

/** Once every customer of a transfer handed over has been told (its notice tasks done), the transfer is CUSTOMER_NOTIFIED. */
export async function markCustomersNotified(manager: EntityManager, transferId: string, now: Date): Promise<void> {
  const transfer = await transferInState(manager, transferId, 'DATA_HANDED_OVER');
  if (transfer) await updateRecord(manager, OwnershipTransferEntity, transfer, { state: 'CUSTOMER_NOTIFIED', customerNotifiedAt: now });
}

/** A customer listed in an ownership transfer. */
export type TransferListing = Pick<OwnershipTransferItemEntity, 'transferId' | 'customerId'>;

/** CUS-006: the transfers these customers are listed in. */
export function transferListingsOf(manager: EntityManager, customerIds: string | string[]): Promise<TransferListing[]> {
  return transferItemsOfCustomers(manager, customerIds);
}

/** CUS-006: a merged customer's place in a transfer goes to the survivor. */
export async function moveTransferListing(manager: EntityManager, listing: TransferListing, survivorId: string): Promise<void> {
  await moveTransferItem(manager, listing.transferId, listing.customerId, survivorId);
}
