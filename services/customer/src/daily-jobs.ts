import { provisionalEnds, gradingWindowNotices } from './modules/grading/grading.jobs';
import { lapseClaims } from './modules/ownership/ownership.jobs';
import { careReminders, scheduleReports, visitReminders } from './modules/visits-reports/visits-reports.jobs';
import { filingReminders } from './modules/profile/profile.jobs';
import { overdueLoans } from './modules/confidentiality/confidentiality.jobs';
import { runJobs } from '@crm/platform';
import type { JobResult } from '@crm/platform';
import type { DailyJob } from './shared/daily-job';
import type { CustomerRuntime } from './shared/runtime';

/** Every daily job of the subgraph, each owned by its area, in the order they run. */
export const DAILY_JOBS: readonly DailyJob[] = [
  provisionalEnds,
  gradingWindowNotices,
  lapseClaims,
  scheduleReports,
  visitReminders,
  filingReminders,
  careReminders,
  overdueLoans,
];

/** Runs every daily job as of a date, each in its own transaction, and reports what each did. */
export const runDailyJobs = (rt: CustomerRuntime, asOf: string, actor = 'SYSTEM'): Promise<JobResult[]> =>
  runJobs(DAILY_JOBS, rt, asOf, actor);
