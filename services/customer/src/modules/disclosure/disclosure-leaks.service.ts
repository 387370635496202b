import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { rowByIdOrFail } from '../../shared/support/rows.store';
import type { Connection, Outcome, PageArgs, UserError } from '@crm/platform';
import { connectionOf, refused, snapshotOf, succeeded, writeAudit } from '@crm/platform';
import { existingCustomerIds, insertLeakReportUnaudited, leakReportsVisibleTo } from './disclosure.store';
import { LeakReportEntity } from './entities/leak-report.entity';
import type { LeakReportRecipient } from '../../shared/customer-policy';
import type { ReportLeakInput } from '../../generated/resolvers-types';
import { createOnce } from '../../shared/idempotent-create';
import { CUSTOMER, notFound, required } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';
import { openTask } from '../../shared/tasks';

const REPORT = { zh: '泄密报告', en: 'Leak report' };

/** How a recipient is named on the report: the role, or `department:<id>` for a department's head. */
const recipientName = (recipient: LeakReportRecipient): string =>
  'role' in recipient ? recipient.role : `department:${recipient.departmentId}`;

/**
 * 泄密报告 (X-036; 002 L387, L1751): anyone who finds customer information leaked, or likely to leak, reports it at
 * once. The report is kept as a LEAK_REPORT audit entry and each configured recipient (INFO_SUPERVISOR, CS_MANAGER, the
 * GM office) gets one LEAK_REPORT task, in the same transaction.
 */
export class LeakReportService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** The caller's own reports; within their scope those of others (the recipients, scope ALL, see all). */
  list(page: PageArgs, ctx: Ctx): Promise<Connection<LeakReportEntity>> {
    return connectionOf(
      leakReportsVisibleTo(this.rt.dataSource, ctx.access),
      { property: 'reportedAt', direction: 'DESC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  /** a repeat with the same idempotency key returns the first report and notifies nobody again. */
  async report(input: ReportLeakInput, ctx: Ctx): Promise<Outcome<LeakReportEntity>> {
    if (!input.description.trim()) return refused([required(ctx, ['input', 'description'], { zh: '泄密情况', en: 'The description' })]);
    const customerIds = [...new Set(input.customerIds ?? [])];
    const target = { entity: LeakReportEntity, creator: 'reporterId', createdAt: 'reportedAt', what: REPORT } as const;
    return createOnce(
      this.rt,
      target,
      input.idempotencyKey,
      ctx,
      async (prior) => prior,
      async (manager, idempotencyKey) => {
        const unknown = await unknownCustomers(manager, customerIds, ctx);
        if (unknown.length) return refused(unknown);
        const recipients = this.rt.policy.leakReport.recipients;
        const report: LeakReportEntity = {
          id: randomUUID(),
          description: input.description.trim().slice(0, 2000),
          customerIds,
          remedialAction: input.remedialAction?.trim().slice(0, 1000) || null,
          reporterId: ctx.caller.id,
          reporterDepartmentId: ctx.caller.departmentId,
          reportedAt: this.rt.clock.now(),
          notified: recipients.map(recipientName),
          idempotencyKey,
        };
        // The report's one audit entry is its snapshot under the action LEAK_REPORT, not a plain CREATE.
        await insertLeakReportUnaudited(manager, report);
        const metadata = manager.connection.getMetadata(LeakReportEntity);
        await writeAudit(manager, [
          {
            entityType: metadata.tableName,
            entityId: report.id,
            action: 'LEAK_REPORT',
            changes: snapshotOf(metadata, report),
            note: `${customerIds.length} customers named`,
          },
        ]);
        const today = todayIn(this.rt);
        const title = `客户信息泄露报告:${report.description}`;
        for (const recipient of recipients) {
          const to = 'role' in recipient ? { assigneeRole: recipient.role } : { assigneeDepartmentId: recipient.departmentId };
          await openTask(manager, { kind: 'LEAK_REPORT', customerId: null, relatedId: report.id, dueOn: today, title, ...to });
        }
        return succeeded(await rowByIdOrFail(manager, LeakReportEntity, report.id));
      },
    );
  }
}

/** The named customers that do not exist, one userError each. A reporter may name customers outside their scope. */
async function unknownCustomers(manager: EntityManager, ids: string[], ctx: Ctx): Promise<UserError[]> {
  if (!ids.length) return [];
  const found = await existingCustomerIds(manager, ids);
  return ids.flatMap((id, index) => (found.has(id) ? [] : [notFound(ctx, CUSTOMER, ['input', 'customerIds', String(index)])]));
}
