import type { DataSource, EntityManager } from 'typeorm';
import { writeTransaction } from '../db/write-transaction';

/**
 * One scheduled job of a subgraph's area: changes what is due as of a date and reports how many records it changed
 * or created. Every job is idempotent: a second run on the same date finds nothing left to do. Areas declare
 * their jobs (`<area>.jobs.ts`); the subgraph's composition root lists them in the order they run.
 */
export interface ScheduledJob<Env extends { dataSource: DataSource }> {
  name: string;
  run(manager: EntityManager, env: Env, asOf: string, actor: string): Promise<number>;
}

/** What one job did in a run. */
export interface JobResult {
  job: string;
  count: number;
}

/** Runs the jobs as of a date, each in its own transaction, and reports what each did. */
export async function runJobs<Env extends { dataSource: DataSource }>(
  jobs: readonly ScheduledJob<Env>[],
  env: Env,
  asOf: string,
  actor: string,
): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) {
    const count = await writeTransaction(env.dataSource, (manager) => job.run(manager, env, asOf, actor));
    results.push({ job: job.name, count });
  }
  return results;
}
