import type { Outcome } from '@crm/platform';
import { refused, succeeded } from '@crm/platform';
import { holdsAny } from '../../shared/roles';
import type { CustomerStateChangeEntity } from '../../shared/entities/customer-state-change.entity';
import { runChurnDetection } from './lifecycle-churn.service';
import { roleNotAllowed } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';

/** Runs every area's daily jobs for a date (the list is the subgraph's, src/daily-jobs.ts). */
export type DailyJobsRunner = (rt: CustomerRuntime, asOf: string, actor: string) => Promise<{ job: string; count: number }[]>;

/** The scheduled jobs run by hand through the API (the scheduler calls runDailyJobs / runChurnDetection directly). */
export class JobService {
  constructor(
    private readonly rt: CustomerRuntime,
    private readonly runDailyJobs: DailyJobsRunner,
  ) {}

  private allowed(ctx: Ctx, field: string): Outcome<true> {
    const roles = this.rt.policy.jobRunnerRoles;
    return holdsAny(ctx.caller.roles, roles) ? succeeded(true) : refused([roleNotAllowed(ctx, [field], roles)]);
  }

  async churn(asOf: string | null | undefined, ctx: Ctx): Promise<Outcome<{ asOf: string; changes: CustomerStateChangeEntity[] }>> {
    const allowed = this.allowed(ctx, 'asOf');
    if (!allowed.ok) return allowed;
    const date = asOf ?? todayIn(this.rt);
    return succeeded({ asOf: date, changes: await runChurnDetection(this.rt, date, ctx.caller.id) });
  }

  async daily(asOf: string | null | undefined, ctx: Ctx): Promise<Outcome<{ asOf: string; results: { job: string; count: number }[] }>> {
    const allowed = this.allowed(ctx, 'asOf');
    if (!allowed.ok) return allowed;
    const date = asOf ?? todayIn(this.rt);
    return succeeded({ asOf: date, results: await this.runDailyJobs(this.rt, date, ctx.caller.id) });
  }
}
