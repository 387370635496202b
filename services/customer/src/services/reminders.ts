import { Brackets } from 'typeorm';
import { ContactEntity } from '../entities/contact.entity';
import { CustomerEntity } from '../entities/customer.entity';
import { anniversaryKeysOn, careTarget, festivalOn, filingReminderDates } from '../domain/reminders';
import { monthOf } from '../support/calendar-months';
import type { DailyJob } from './daily-jobs';
import { openTask } from './tasks';

/**
 * CUS-004: reminders to file a DRAFT customer, the first 3 working days after its first contact, then weekly; the
 * 3rd sets the owner's filing-lag KPI flag for that month (one flag per owner and month).
 */
export const filingReminders: DailyJob = {
  name: 'FILING_REMINDERS',
  async run(manager, rt, asOf) {
    const drafts = await manager
      .getRepository(CustomerEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.name', 'c.ownerId', 'c.firstContactOn'])
      .where("c.filingStatus = 'DRAFT' AND c.firstContactOn IS NOT NULL AND c.ownerId IS NOT NULL AND c.firstContactOn < :asOf", { asOf })
      .getMany();
    let created = 0;
    for (const c of drafts) {
      const dates = filingReminderDates(c.firstContactOn!, asOf, rt.policy);
      for (const [index, dueOn] of dates.entries()) {
        const n = index + 1;
        if (await openTask(manager, { kind: 'FILING_REMINDER', customerId: c.id, assigneeId: c.ownerId, dueOn, title: `请为客户 ${c.name} 办理备案(第${n}次提醒)`, discriminator: String(n) })) created += 1;
        if (n === rt.policy.filing.kpiFlagAtReminder) {
          const month = monthOf(dueOn);
          await openTask(manager, { kind: 'FILING_LAG_FLAG', customerId: null, assigneeId: c.ownerId, dueOn: `${month}-01`, title: `${month} 客户备案滞后`, discriminator: month });
        }
      }
    }
    return created;
  },
};

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
    const birthdays = await manager
      .getRepository(ContactEntity)
      .createQueryBuilder('k')
      .innerJoinAndMapOne('k.customer', CustomerEntity, 'c', 'c.id = k.customerId')
      .where('k.isKeyContact = :key AND k.birthday IS NOT NULL AND SUBSTR(k.birthday, 6, 5) IN (:...keys)', { key: true, keys })
      .getMany();
    for (const contact of birthdays as (ContactEntity & { customer: CustomerEntity })[]) {
      const title = `${contact.customer.name} ${contact.name} 生日(${target})`;
      if (await openTask(manager, { kind: 'CARE_BIRTHDAY', customerId: contact.customerId, assigneeId: contact.customer.ownerId, relatedId: contact.id, dueOn: target, title })) created += 1;
    }
    const festival = festivalOn(target, rt.policy);
    const anniversaries = manager
      .getRepository(CustomerEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.name', 'c.ownerId', 'c.firstTradeOn', 'c.filingStatus'])
      .where(
        new Brackets((or) => {
          or.where('c.firstTradeOn IS NOT NULL AND c.firstTradeOn < :yearStart AND SUBSTR(c.firstTradeOn, 6, 5) IN (:...keys)', { yearStart: `${target.slice(0, 4)}-01-01`, keys });
          if (festival) or.orWhere("c.filingStatus = 'FILED'");
        }),
      );
    for (const c of await anniversaries.getMany()) {
      if (festival && c.filingStatus === 'FILED') {
        const name = festival === 'SPRING_FESTIVAL' ? '春节' : '中秋';
        if (await openTask(manager, { kind: 'CARE_FESTIVAL', customerId: c.id, assigneeId: c.ownerId, dueOn: target, title: `${name}问候 ${c.name}` })) created += 1;
      }
      if (c.firstTradeOn && c.firstTradeOn < `${target.slice(0, 4)}-01-01` && keys.includes(c.firstTradeOn.slice(5, 10))) {
        const years = Number(target.slice(0, 4)) - Number(c.firstTradeOn.slice(0, 4));
        if (await openTask(manager, { kind: 'CARE_ANNIVERSARY', customerId: c.id, assigneeId: c.ownerId, dueOn: target, title: `${c.name} 合作 ${years} 周年` })) created += 1;
      }
    }
    return created;
  },
};
