import { randomUUID } from 'node:crypto';
import type { Outcome } from '@crm/platform';
import { refused, succeeded, writeTransaction } from '@crm/platform';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import { TerminationRequestEntity } from './entities/termination-request.entity';
import { saveTerminationRequest, terminationPending, terminationRequestById } from './lifecycle.store';
import { customerById } from '../../shared/customer.store';
import type { StatusAction } from '../../shared/lifecycle.rules';
import { manualStageAllowed, statusAfter } from '../../shared/lifecycle.rules';
import { holdsAny } from '../../shared/roles';
import type {
  ChangeLifecycleStageInput,
  CustomerVersionInput,
  RequestCustomerTerminationInput,
  SuspendCustomerInput,
} from '../../generated/resolvers-types';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { APPROVAL_SUBJECT, submitApproval } from '../../shared/customer-approvals';
import { activeCustomer, recordStateChange, updateCustomerBySystem, updateCustomerVersion } from '../../shared/customer-writes';
import { updateRecord } from '../../shared/support/audited-update.store';
import { CUSTOMER, invalid, invalidState, required, roleNotAllowed } from '../../shared/refusals';
import { openTask } from '../../shared/tasks';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';
import type { CustomerChildKind } from '../../shared/customer-children';

/** Lifecycle and status by hand (section 3, CUS-033, 034, 036); the job side is churn-detection.ts. */
export class LifecycleService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** A SALES_DEPT_MANAGER moves the stage along the table with a reason; churning records the churn reason and a revisit. */
  async changeStage(input: ChangeLifecycleStageInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    const roles = this.rt.policy.lifecycle.managerRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'stage'], roles)]);
    if (!input.reason.trim()) return refused([required(ctx, ['input', 'reason'], { zh: '变更理由', en: 'The reason' })]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const found = await activeCustomer(manager, input.id, ctx);
      if (!found.ok) return found;
      const customer = found.value;
      if (!manualStageAllowed(customer.lifecycleStage, input.stage)) {
        return refused([
          invalid(ctx, 'TRANSITION_NOT_ALLOWED', ['input', 'stage'], {
            zh: `不能从 ${customer.lifecycleStage} 变更为 ${input.stage}`,
            en: `Cannot move from ${customer.lifecycleStage} to ${input.stage}`,
          }),
        ]);
      }
      const churned = input.stage === 'CHURNED';
      const outcome = await updateCustomerVersion(
        manager,
        customer,
        input.version,
        { lifecycleStage: input.stage, churnReason: churned ? input.reason.trim() : null, churnRisk: false },
        ctx,
      );
      if (!outcome.ok) return outcome;
      const today = todayIn(this.rt);
      await recordStateChange(manager, {
        customerId: customer.id,
        field: 'LIFECYCLE_STAGE',
        from: customer.lifecycleStage,
        to: input.stage,
        changedOn: today,
        reason: input.reason.trim(),
        changedBy: ctx.caller.id,
      });
      if (churned) {
        await openTask(manager, {
          kind: 'REVISIT',
          customerId: customer.id,
          assigneeId: customer.ownerId,
          dueOn: today,
          title: `流失客户 ${customer.name}:请安排回访挽留`,
        });
      }
      return outcome;
    });
  }

  /** CUS-036: ACTIVE → SUSPENDED by a SALES_DEPT_MANAGER with a reason. */
  suspend(input: SuspendCustomerInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    if (!input.reason.trim()) return Promise.resolve(refused([required(ctx, ['input', 'reason'], { zh: '暂停理由', en: 'The reason' })]));
    return this.changeStatus(input, 'SUSPEND', input.reason.trim(), ctx);
  }

  reactivate(input: CustomerVersionInput, ctx: Ctx): Promise<Outcome<CustomerEntity>> {
    return this.changeStatus(input, 'REACTIVATE', null, ctx);
  }

  /** CUS-036: termination is requested with a reason and decided through CUSTOMER_TERMINATION. */
  async requestTermination(input: RequestCustomerTerminationInput, ctx: Ctx): Promise<Outcome<TerminationRequestEntity>> {
    if (!input.reason.trim()) return refused([required(ctx, ['input', 'reason'], { zh: '终止理由', en: 'The reason' })]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const found = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId']);
      if (!found.ok) return refused(found.userErrors);
      if (found.value.status === 'TERMINATED') return refused([invalidState(ctx, CUSTOMER, 'TERMINATED', ['input', 'customerId'])]);
      if (await terminationPending(manager, input.customerId)) {
        return refused([
          invalid(ctx, 'ALREADY_PENDING', ['input', 'customerId'], { zh: '已有待审批的终止申请', en: 'A termination request is pending' }),
        ]);
      }
      const id = randomUUID();
      const approvalId = await submitApproval(
        manager,
        this.rt,
        'CUSTOMER_TERMINATION',
        { type: APPROVAL_SUBJECT.termination, id },
        {},
        ctx,
        input.reason.trim(),
      );
      return succeeded(
        await saveTerminationRequest(manager, {
          id,
          customerId: input.customerId,
          reason: input.reason.trim(),
          state: 'PENDING',
          approvalId,
          requestedBy: ctx.caller.id,
        }),
      );
    });
  }

  private async changeStatus(
    input: CustomerVersionInput,
    action: StatusAction,
    reason: string | null,
    ctx: Ctx,
  ): Promise<Outcome<CustomerEntity>> {
    const roles = this.rt.policy.lifecycle.managerRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'id'], roles)]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const found = await activeCustomer(manager, input.id, ctx);
      if (!found.ok) return found;
      const customer = found.value;
      const next = statusAfter(customer.status, action);
      if (!next) return refused([invalidState(ctx, CUSTOMER, customer.status)]);
      const outcome = await updateCustomerVersion(manager, customer, input.version, { status: next }, ctx);
      if (outcome.ok) {
        await recordStateChange(manager, {
          customerId: customer.id,
          field: 'STATUS',
          from: customer.status,
          to: next,
          changedOn: todayIn(this.rt),
          reason,
          changedBy: ctx.caller.id,
        });
      }
      return outcome;
    });
  }
}

/** CUSTOMER_TERMINATION decided (CUS-036): approval ends the relationship; the profile is kept (CUS-007). */
export const terminationDecided: ApprovalEffect = async (manager, request, verdict, env, actor) => {
  const termination = await terminationRequestById(manager, request.subjectId);
  if (!termination || termination.state !== 'PENDING') return;
  const approved = verdict === 'APPROVED';
  await updateRecord(manager, TerminationRequestEntity, termination, {
    state: approved ? 'APPROVED' : 'REJECTED',
    decidedBy: actor,
    decidedAt: env.clock.now(),
  });
  if (!approved) return;
  const customer = await customerById(manager, termination.customerId);
  await updateCustomerBySystem(manager, customer, { status: 'TERMINATED' }, actor);
  await recordStateChange(manager, {
    customerId: customer.id,
    field: 'STATUS',
    from: customer.status,
    to: 'TERMINATED',
    changedOn: todayIn(env),
    reason: termination.reason,
    changedBy: actor,
  });
};

/** CUS-006: a merged customer's termination requests move to the survivor. */
export const LIFECYCLE_CHILD_RECORDS: readonly CustomerChildKind[] = [
  { kind: 'terminationRequests', entity: TerminationRequestEntity, column: 'customerId' },
];
