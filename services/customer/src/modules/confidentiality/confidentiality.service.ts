import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rowById, rowByIdOrFail, saveNew } from '../../shared/support/rows.store';
import type { Connection, Outcome, PageArgs, UserError } from '@crm/platform';
import { connectionOf, refused, succeeded, writeTransaction } from '@crm/platform';
import { ExportRequestEntity } from '../../shared/entities/export-request.entity';
import { FileAccessRequestEntity } from '../../shared/entities/file-access-request.entity';
import { FileLoanEntity } from './entities/file-loan.entity';
import {
  accessRequestsVisibleTo,
  currentGrants,
  exportRequestsVisibleTo,
  exportTotals,
  loanInState,
  loansOverdue,
  loansVisibleTo,
  overdueLoanCount,
} from './confidentiality.store';
import { accessGrantedUntil, loanDueOn } from './confidentiality.rules';
import type {
  ApprovalRequestFilter,
  ConfidentialityLevel,
  FileLoanFilter,
  RequestCustomerExportInput,
  RequestFileAccessInput,
  RequestFileLoanInput,
  ReturnFileLoanInput,
} from '../../generated/resolvers-types';
import { updateRecord } from '../../shared/support/audited-update.store';
import type { ApprovalEffect } from '../../shared/customer-approvals';
import { APPROVAL_SUBJECT, submitApproval } from '../../shared/customer-approvals';
import { activeCustomer } from '../../shared/customer-writes';
import { invalid, invalidState, notFound, required } from '../../shared/refusals';
import { departedRefusal } from '../ownership/ownership-staff-access.service';
import type { Ctx, CustomerRuntime, RuleEnv } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';
import type { CustomerChildKind } from '../../shared/customer-children';

const LOAN = { zh: '借阅', en: 'File loan' };
const OPEN_LOAN = ['REQUESTED', 'ON_LOAN', 'OVERDUE'] as const;
const LEVELS: ConfidentialityLevel[] = ['SECRET', 'CONFIDENTIAL', 'TOP_SECRET'];

/**
 * 保密 (CUS-042, X-032, X-033, X-034): requests to read a file, borrow it, or export customer records. Each is recorded with
 * the rule book's states and decided through the approvals seam; the grant, loan or export follows the decision.
 */
export class ConfidentialityService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** The caller's own requests; the custodians and approvers (scope ALL) see all. */
  listAccess(filter: ApprovalRequestFilter | null | undefined, page: PageArgs, ctx: Ctx): Promise<Connection<FileAccessRequestEntity>> {
    return connectionOf(
      accessRequestsVisibleTo(this.rt.dataSource, filter, ctx.access),
      { property: 'createdAt', direction: 'DESC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  listLoans(filter: FileLoanFilter | null | undefined, page: PageArgs, ctx: Ctx): Promise<Connection<FileLoanEntity>> {
    return connectionOf(
      loansVisibleTo(this.rt.dataSource, filter, ctx.access),
      { property: 'createdAt', direction: 'DESC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  listExports(filter: ApprovalRequestFilter | null | undefined, page: PageArgs, ctx: Ctx): Promise<Connection<ExportRequestEntity>> {
    return connectionOf(
      exportRequestsVisibleTo(this.rt.dataSource, filter, ctx.access),
      { property: 'createdAt', direction: 'DESC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  /** target, purpose, reason and requester; an external person's introduction letter or ID is recorded. */
  async requestAccess(input: RequestFileAccessInput, ctx: Ctx): Promise<Outcome<FileAccessRequestEntity>> {
    const errors: UserError[] = [];
    if (!input.purpose.trim()) errors.push(required(ctx, ['input', 'purpose'], { zh: '查阅目的', en: 'The purpose' }));
    if (!input.reason.trim()) errors.push(required(ctx, ['input', 'reason'], { zh: '查阅理由', en: 'The reason' }));
    if (input.isExternal && !input.introductionRef?.trim()) {
      errors.push(
        invalid(ctx, 'INTRODUCTION_REQUIRED', ['input', 'introductionRef'], {
          zh: '外部人员须出示介绍信或工作证',
          en: 'External persons present an introduction letter or ID',
        }),
      );
    }
    if (errors.length) return refused(errors);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const departed = await departedRefusal(manager, ctx, ['input', 'customerId']);
      if (departed) return refused([departed]);
      // the request is how one reads a file outside one's scope, so any existing customer may be asked for.
      const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId'], null);
      if (!customer.ok) return refused(customer.userErrors);
      const id = randomUUID();
      const approvalId = await submitApproval(
        manager,
        this.rt,
        'FILE_ACCESS',
        { type: APPROVAL_SUBJECT.fileAccess, id },
        { level: customer.value.confidentiality },
        ctx,
        input.reason.trim(),
      );
      const request = await saveNew(manager, FileAccessRequestEntity, {
        id,
        approvalId,
        customerId: input.customerId,
        requesterId: ctx.caller.id,
        requesterDepartmentId: ctx.caller.departmentId,
        purpose: input.purpose.trim(),
        reason: input.reason.trim(),
        isExternal: input.isExternal ?? false,
        introductionRef: input.introductionRef?.trim() || null,
        levelAtRequest: customer.value.confidentiality,
        state: 'PENDING',
      });
      return succeeded(request);
    });
  }

  /** an approved grant runs `access.grantDays` from the approval; reading it needs no other state. */
  async hasAccess(customerId: string, ctx: Ctx): Promise<boolean> {
    const today = todayIn(this.rt);
    return (await currentGrants(this.rt.dataSource, ctx.caller.id, customerId, today)) > 0;
  }

  /** item, copies, time and reason; at most `loan.maxDays`; a file is out to one borrower at a time. */
  async requestLoan(input: RequestFileLoanInput, ctx: Ctx): Promise<Outcome<FileLoanEntity>> {
    const errors: UserError[] = [];
    const maxDays = this.rt.policy.confidentiality.loanMaxDays;
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > maxDays) {
      errors.push(
        invalid(ctx, 'LOAN_TOO_LONG', ['input', 'days'], {
          zh: `借阅时间不得超过${maxDays}天`,
          en: `A loan lasts at most ${maxDays} days`,
        }),
      );
    }
    if (!Number.isInteger(input.copies) || input.copies < 1)
      errors.push(invalid(ctx, 'OUT_OF_RANGE', ['input', 'copies'], { zh: '份数至少为1', en: 'At least one copy' }));
    if (!input.item.trim()) errors.push(required(ctx, ['input', 'item'], { zh: '借阅资料', en: 'The item' }));
    if (!input.reason.trim()) errors.push(required(ctx, ['input', 'reason'], { zh: '借阅理由', en: 'The reason' }));
    if (errors.length) return refused(errors);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const departed = await departedRefusal(manager, ctx, ['input', 'customerId']);
      if (departed) return refused([departed]);
      const customer = await activeCustomer(manager, input.customerId, ctx, ['input', 'customerId'], null);
      if (!customer.ok) return refused(customer.userErrors);
      if (await loanInState(manager, input.customerId, OPEN_LOAN)) {
        return refused([
          invalid(ctx, 'ALREADY_ON_LOAN', ['input', 'customerId'], {
            zh: '该客户档案已借出或待审批',
            en: 'The file is already out or requested',
          }),
        ]);
      }
      const id = randomUUID();
      const approvalId = await submitApproval(
        manager,
        this.rt,
        'FILE_LOAN',
        { type: APPROVAL_SUBJECT.fileLoan, id },
        { level: customer.value.confidentiality },
        ctx,
        input.reason.trim(),
      );
      const loan = await saveNew(manager, FileLoanEntity, {
        id,
        approvalId,
        customerId: input.customerId,
        borrowerId: ctx.caller.id,
        borrowerDepartmentId: ctx.caller.departmentId,
        item: input.item.trim(),
        copies: input.copies,
        reason: input.reason.trim(),
        days: input.days,
        state: 'REQUESTED',
      });
      return succeeded(loan);
    });
  }

  /** the return is recorded in the register (late returns stay on record as OVERDUE until then). */
  async returnLoan(input: ReturnFileLoanInput, ctx: Ctx): Promise<Outcome<FileLoanEntity>> {
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const loan = await rowById(manager, FileLoanEntity, input.id);
      if (!loan) return refused([notFound(ctx, LOAN)]);
      if (loan.state !== 'ON_LOAN' && loan.state !== 'OVERDUE') return refused([invalidState(ctx, LOAN, loan.state)]);
      await updateRecord(manager, FileLoanEntity, loan, { state: 'RETURNED', returnedOn: todayIn(this.rt) });
      return succeeded(await rowByIdOrFail(manager, FileLoanEntity, loan.id));
    });
  }

  /**
   * an export of the customers matching a filter, within the requester's scope, needs approval (template
   * EXPORT) by the highest level in the set: SECRET → INFO_SUPERVISOR; CONFIDENTIAL/TOP_SECRET → GM. The filter is
   * frozen with the request and the chain with the approval request.
   */
  async requestExport(input: RequestCustomerExportInput, ctx: Ctx): Promise<Outcome<ExportRequestEntity>> {
    if (!input.purpose.trim()) return refused([required(ctx, ['input', 'purpose'], { zh: '导出用途', en: 'The purpose' })]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const departed = await departedRefusal(manager, ctx, ['input', 'purpose']);
      if (departed) return refused([departed]);
      const totals = await exportTotals(manager, input.filter, this.rt.policy.surveysPerYear, ctx.access);
      const rowCount = Number(totals?.rows ?? 0);
      if (rowCount === 0)
        return refused([
          invalid(ctx, 'NOTHING_TO_EXPORT', ['input', 'filter'], { zh: '没有符合条件的客户', en: 'No customer matches the filter' }),
        ]);
      const highestLevel = LEVELS[Number(totals?.level ?? 1) - 1];
      const id = randomUUID();
      const approvalId = await submitApproval(
        manager,
        this.rt,
        'EXPORT',
        { type: APPROVAL_SUBJECT.export, id },
        { level: highestLevel },
        ctx,
        input.purpose.trim(),
      );
      const request = await saveNew(manager, ExportRequestEntity, {
        id,
        requesterId: ctx.caller.id,
        purpose: input.purpose.trim(),
        filter: JSON.stringify(input.filter ?? {}),
        rowCount,
        highestLevel,
        approvalId,
        state: 'PENDING',
      });
      return succeeded(request);
    });
  }
}

/** FILE_ACCESS decided: an approved grant runs `access.grantDays` from today. */
export const fileAccessDecided: ApprovalEffect = async (manager, request, verdict, env, actor) => {
  const access = await rowById(manager, FileAccessRequestEntity, request.subjectId);
  if (!access || access.state !== 'PENDING') return;
  const approved = verdict === 'APPROVED';
  await updateRecord(manager, FileAccessRequestEntity, access, {
    state: approved ? 'APPROVED' : 'REJECTED',
    grantedUntil: approved ? accessGrantedUntil(todayIn(env), env.policy) : null,
    decidedBy: actor,
    decidedAt: env.clock.now(),
  });
};

/** FILE_LOAN decided: approval hands the file out today, due by the end of today + days. */
export const fileLoanDecided: ApprovalEffect = async (manager, request, verdict, env: RuleEnv, actor) => {
  const loan = await rowById(manager, FileLoanEntity, request.subjectId);
  if (!loan || loan.state !== 'REQUESTED') return;
  if (verdict !== 'APPROVED') {
    await updateRecord(manager, FileLoanEntity, loan, { state: 'REJECTED', decidedBy: actor });
    return;
  }
  const today = todayIn(env);
  await updateRecord(manager, FileLoanEntity, loan, {
    state: 'ON_LOAN',
    loanedOn: today,
    dueOn: loanDueOn(today, loan.days),
    decidedBy: actor,
  });
};

/** EXPORT decided: the requester may then produce the file, once. */
export const exportDecided: ApprovalEffect = async (manager, request, verdict, env, actor) => {
  const exportRequest = await rowById(manager, ExportRequestEntity, request.subjectId);
  if (!exportRequest || exportRequest.state !== 'PENDING') return;
  await updateRecord(manager, ExportRequestEntity, exportRequest, {
    state: verdict === 'APPROVED' ? 'APPROVED' : 'REJECTED',
    decidedBy: actor,
    decidedAt: env.clock.now(),
  });
};

/** the overdue loans the caller may see (a custody audit lists them, CUS-042). */
export function overdueLoans(rt: CustomerRuntime, page: PageArgs, ctx: Ctx): Promise<Connection<FileLoanEntity>> {
  return connectionOf(
    loansOverdue(rt.dataSource.manager, todayIn(rt), ctx.access),
    { property: 'createdAt', direction: 'ASC' },
    page,
    rt.config.maxPageSize,
  );
}

/** how many loans are overdue, as the caller sees them (a custody audit's finding, CUS-042). */
export function countOverdueLoans(manager: EntityManager, rt: CustomerRuntime, ctx: Ctx): Promise<number> {
  return overdueLoanCount(manager, todayIn(rt), ctx.access);
}

/** CUS-006: a merged customer's file loans move to the survivor. */
export const CONFIDENTIALITY_CHILD_RECORDS: readonly CustomerChildKind[] = [
  { kind: 'fileLoans', entity: FileLoanEntity, column: 'customerId' },
];
