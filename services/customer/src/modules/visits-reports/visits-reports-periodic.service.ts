import type { Connection, Outcome, PageArgs } from '@crm/platform';
import { connectionOf, refused, succeeded, writeTransaction } from '@crm/platform';
import { rowById, rowByIdOrFail } from '../../shared/support/rows.store';
import { PeriodicReportEntity } from '../../shared/entities/periodic-report.entity';
import { nextForwardStep } from './periodic-reports.rules';
import { holdsAny } from '../../shared/roles';
import type { ForwardPeriodicReportInput, PeriodicReportFilter, SubmitPeriodicReportInput } from '../../generated/resolvers-types';
import { invalid, invalidState, notFound, required, roleNotAllowed } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { activeCustomer } from '../../shared/customer-writes';
import { reportsVisibleTo } from './visits-reports.store';
import { updateRecord } from '../../shared/support/audited-update.store';

const REPORT = { zh: '定期报告', en: 'Periodic report' };
const STEP_COLUMN = {
  SUPERVISOR_FORWARDED: 'supervisorForwardedAt',
  MANAGER_FORWARDED: 'managerForwardedAt',
  VP_READ: 'vpReadAt',
  GM_SENT: 'gmSentAt',
} as const;

/** 定期报告 (CUS-024, CUS-025): written by the owner, forwarded supervisor → manager → VP → GM. */
export class PeriodicReportService {
  constructor(private readonly rt: CustomerRuntime) {}

  /** Reports of customers in the caller's scope, and those the caller wrote. */
  list(filter: PeriodicReportFilter | null | undefined, page: PageArgs, ctx: Ctx): Promise<Connection<PeriodicReportEntity>> {
    return connectionOf(
      reportsVisibleTo(this.rt.dataSource, filter, ctx.access),
      { property: 'dueOn', direction: 'ASC' },
      page,
      this.rt.config.maxPageSize,
    );
  }

  /** The owner hands the report to the supervisor: the supervisor's 2 days start (CUS-025). */
  async submit(input: SubmitPeriodicReportInput, ctx: Ctx): Promise<Outcome<PeriodicReportEntity>> {
    if (!input.summary.trim()) return refused([required(ctx, ['input', 'summary'], { zh: '报告内容', en: 'The report' })]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const report = await rowById(manager, PeriodicReportEntity, input.id);
      if (!report || !(await activeCustomer(manager, report.customerId, ctx)).ok) return refused([notFound(ctx, REPORT)]);
      if (report.submittedAt)
        return refused([invalid(ctx, 'ALREADY_SUBMITTED', ['input', 'id'], { zh: '报告已提交', en: 'The report was already submitted' })]);
      await updateRecord(manager, PeriodicReportEntity, report, {
        summary: input.summary.trim().slice(0, 4000),
        submittedAt: this.rt.clock.now(),
        submittedBy: ctx.caller.id,
      });
      return succeeded(await rowByIdOrFail(manager, PeriodicReportEntity, report.id));
    });
  }

  /** The next forwarding step, by its role, in order; lateness is flagged on the report, not refused. */
  async forward(input: ForwardPeriodicReportInput, ctx: Ctx): Promise<Outcome<PeriodicReportEntity>> {
    const roles = this.rt.policy.reportForwarding.stepRoles[input.step];
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'step'], roles)]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const report = await rowById(manager, PeriodicReportEntity, input.id);
      if (!report || !(await activeCustomer(manager, report.customerId, ctx)).ok) return refused([notFound(ctx, REPORT)]);
      const next = nextForwardStep(report);
      if (next !== input.step)
        return refused([invalidState(ctx, REPORT, next ?? (report.submittedAt ? 'GM_SENT' : 'DUE'), ['input', 'step'])]);
      await updateRecord(manager, PeriodicReportEntity, report, { [STEP_COLUMN[input.step]]: this.rt.clock.now() });
      return succeeded(await rowByIdOrFail(manager, PeriodicReportEntity, report.id));
    });
  }
}
