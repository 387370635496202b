import { keyContactBirthdays } from '../contacts-records/contacts-records-contacts.service';
import { anniversaryCandidates, customersWithoutReport, insertReports, plansDueOn } from './visits-reports.store';
import { anniversaryKeysOn, careTarget, festivalOn } from './reminders.rules';
import { monthOf } from '../../shared/support/calendar-months';
import type { DailyJob } from '../../shared/daily-job';
import { openTask } from '../../shared/tasks';
import { randomUUID } from 'node:crypto';
import { reportDueIn, reportDueOn } from './periodic-reports.rules';
import type { CustomerGrade } from '../../generated/resolvers-types';
import { addCalendarDays } from '@crm/platform';
import { visitOverdue } from '../../shared/treatment.rules';

/**
 * CUS-041 (X-071: 3 days ahead): key contacts' birthdays, 春节 and 中秋 for every FILED customer, and the anniversary
 * of the first transaction, each reminded once to the owner.
 */
export const careReminders: DailyJob = {
  name: 'CARE_REMINDERS',
  async run(manager, rt, asOf) {
    const target = careTarget(asOf, rt.policy);
    const keys = anniversaryKeysOn(target);
    let created = 0;
    for (const contact of await keyContactBirthdays(manager, keys)) {
      const title = `${contact.customer.name} ${contact.name} 生日(${target})`;
      if (
        await openTask(manager, {
          kind: 'CARE_BIRTHDAY',
          customerId: contact.customerId,
          assigneeId: contact.customer.ownerId,
          relatedId: contact.id,
          dueOn: target,
          title,
        })
      )
        created += 1;
    }
    const festival = festivalOn(target, rt.policy);
    for (const c of await anniversaryCandidates(manager, `${target.slice(0, 4)}-01-01`, keys, festival !== null)) {
      if (festival && c.filingStatus === 'FILED') {
        const name = festival === 'SPRING_FESTIVAL' ? '春节' : '中秋';
        if (
          await openTask(manager, {
            kind: 'CARE_FESTIVAL',
            customerId: c.id,
            assigneeId: c.ownerId,
            dueOn: target,
            title: `${name}问候 ${c.name}`,
          })
        )
          created += 1;
      }
      if (c.firstTradeOn && c.firstTradeOn < `${target.slice(0, 4)}-01-01` && keys.includes(c.firstTradeOn.slice(5, 10))) {
        const years = Number(target.slice(0, 4)) - Number(c.firstTradeOn.slice(0, 4));
        if (
          await openTask(manager, {
            kind: 'CARE_ANNIVERSARY',
            customerId: c.id,
            assigneeId: c.ownerId,
            dueOn: target,
            title: `${c.name} 合作 ${years} 周年`,
          })
        )
          created += 1;
      }
    }
    return created;
  },
};

/** CUS-024: at the start of each month, the written reports due that month by grade (idempotent per customer and month). */
export const scheduleReports: DailyJob = {
  name: 'PERIODIC_REPORTS_SCHEDULED',
  async run(manager, rt, asOf, _actor) {
    const period = monthOf(asOf);
    const month = Number(period.slice(5, 7));
    const grades = (['A', 'B', 'C', 'D'] as CustomerGrade[]).filter((g) => reportDueIn(g, month, rt.policy));
    if (!grades.length) return 0;
    const customers = await customersWithoutReport(manager, grades, period);
    for (let i = 0; i < customers.length; i += 200) {
      await insertReports(
        manager,
        customers.slice(i, i + 200).map((c) => ({
          id: randomUUID(),
          customerId: c.id,
          ownerId: c.ownerId,
          gradeAtDue: c.grade!,
          period,
          dueOn: reportDueOn(period),
        })),
      );
    }
    return customers.length;
  },
};

/** the owner is reminded 7 days before a visit is due, and again the day after it became overdue. */
export const visitReminders: DailyJob = {
  name: 'VISIT_REMINDERS',
  async run(manager, rt, asOf) {
    const soon = addCalendarDays(asOf, rt.policy.visitReminderDays);
    const plans = await plansDueOn(manager, soon, addCalendarDays(asOf, -1));
    let created = 0;
    for (const plan of plans) {
      const overdue = visitOverdue(plan.nextDueOn, asOf);
      const title = `${overdue ? '拜访已逾期' : '拜访将到期'}:${plan.customer.name}(${plan.nextDueOn},${plan.visitorRoles.join('、')})`;
      if (
        await openTask(manager, {
          kind: 'VISIT_DUE',
          customerId: plan.customerId,
          assigneeId: plan.customer.ownerId,
          relatedId: plan.id,
          dueOn: plan.nextDueOn,
          title,
          discriminator: overdue ? 'overdue' : 'soon',
        })
      )
        created += 1;
    }
    return created;
  },
};
