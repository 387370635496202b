import type { ScheduledJob } from '@crm/platform';
import type { CustomerRuntime } from './runtime';

/** A customer area's scheduled job: the platform's job type on the customer runtime (src/daily-jobs.ts lists them). */
export type DailyJob = ScheduledJob<CustomerRuntime>;
