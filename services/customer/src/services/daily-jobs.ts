import { EntityManager } from 'typeorm';
import { writeTransaction } from '@crm/platform';
import { openProvisionalEndAssessments } from './grading.service';
import { gradingWindowNotices } from './grading-notices';
import { lapseClaims } from './ownership-claim.service';
import { scheduleReports } from './periodic-report.service';
import { visitReminders } from './visit.service';
import { careReminders, filingReminders } from './reminders';
import { overdueLoans } from './confidentiality.service';
import { openTask } from './tasks';
import type { CustomerRuntime } from './runtime';

/**
 * One scheduled job: changes what is due as of a date and reports how many records it changed or created. Every
 * job is idempotent — a second run on the same date finds nothing left to do.
 */
export interface DailyJob {
  name: string;
  run(manager: EntityManager, rt: CustomerRuntime, asOf: string, actor: string): Promise<number>;
}

/** CUS-018: the day after a provisional period ends, its PROVISIONAL_END assessment is due; the owner is told. */
const provisionalEnds: DailyJob = {
  name: 'PROVISIONAL_END_ASSESSMENTS',
  async run(manager, _rt, asOf, actor) {
    const customers = await openProvisionalEndAssessments(manager, asOf, actor);
    for (const c of customers) {
      await openTask(manager, { kind: 'PROVISIONAL_END', customerId: c.id, assigneeId: c.ownerId, dueOn: asOf, title: `${c.name} 暂定等级期满,请评定等级` });
    }
    return customers.length;
  },
};

/** Every daily job, in the order they run. */
const jobs: readonly DailyJob[] = [provisionalEnds, gradingWindowNotices, lapseClaims, scheduleReports, visitReminders, filingReminders, careReminders, overdueLoans];

/** Runs every daily job as of a date, each in its own transaction, and reports what each did. */
export async function runDailyJobs(rt: CustomerRuntime, asOf: string, actor = 'SYSTEM'): Promise<{ job: string; count: number }[]> {
  const results: { job: string; count: number }[] = [];
  for (const job of jobs) {
    const count = await writeTransaction(rt.dataSource, (manager) => job.run(manager, rt, asOf, actor));
    results.push({ job: job.name, count });
  }
  return results;
}
