import type { EntityManager } from 'typeorm';
import { writeTransaction } from '@crm/platform';
import type { CustomerRuntime } from './runtime';

/**
 * One scheduled job: changes what is due as of a date and reports how many records it changed or created. Every
 * job is idempotent — a second run on the same date finds nothing left to do. Each area owns its jobs
 * (`<area>.jobs.ts`); shared/daily-jobs.ts lists them in the order they run.
 */
export interface DailyJob {
  name: string;
  run(manager: EntityManager, rt: CustomerRuntime, asOf: string, actor: string): Promise<number>;
}

/** What one job did in a run. */
export interface DailyJobResult {
  job: string;
  count: number;
}

/** Runs the jobs as of a date, each in its own transaction, and reports what each did. */
export async function runJobs(jobs: readonly DailyJob[], rt: CustomerRuntime, asOf: string, actor: string): Promise<DailyJobResult[]> {
  const results: DailyJobResult[] = [];
  for (const job of jobs) {
    const count = await writeTransaction(rt.dataSource, (manager) => job.run(manager, rt, asOf, actor));
    results.push({ job: job.name, count });
  }
  return results;
}
