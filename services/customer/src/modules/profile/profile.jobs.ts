import { draftsContactedBefore } from './profile.store';
import { filingReminderDates } from './filing.rules';
import { monthOf } from '../../shared/support/calendar-months';
import type { DailyJob } from '../../shared/daily-job';
import { openTask } from '../../shared/tasks';

/**
 * CUS-004: reminders to file a DRAFT customer, the first 3 working days after its first contact, then weekly; the
 * 3rd sets the owner's filing-lag KPI flag for that month (one flag per owner and month).
 */
export const filingReminders: DailyJob = {
  name: 'FILING_REMINDERS',
  async run(manager, rt, asOf) {
    const drafts = await draftsContactedBefore(manager, asOf);
    let created = 0;
    for (const c of drafts) {
      const dates = filingReminderDates(c.firstContactOn!, asOf, rt.policy);
      for (const [index, dueOn] of dates.entries()) {
        const n = index + 1;
        if (
          await openTask(manager, {
            kind: 'FILING_REMINDER',
            customerId: c.id,
            assigneeId: c.ownerId,
            dueOn,
            title: `请为客户 ${c.name} 办理备案(第${n}次提醒)`,
            discriminator: String(n),
          })
        )
          created += 1;
        if (n === rt.policy.filing.kpiFlagAtReminder) {
          const month = monthOf(dueOn);
          await openTask(manager, {
            kind: 'FILING_LAG_FLAG',
            customerId: null,
            assigneeId: c.ownerId,
            dueOn: `${month}-01`,
            title: `${month} 客户备案滞后`,
            discriminator: month,
          });
        }
      }
    }
    return created;
  },
};
