import { reviewWindow, windowNoticeCycle } from './grading.rules';
import type { DailyJob } from '../../shared/daily-job';
import { openProvisionalEndAssessments } from './grading.service';
import { openTask } from '../../shared/tasks';

/**
 * CUS-019/X-071: "annual customer grading window opens → section chiefs, SALES_DEPT_MANAGER, 7 days before 25 March".
 * One GRADING_WINDOW task per configured role, due the day the window opens: that due date is the same on every day
 * of the lead period, so a second run, or a run on a later day, finds the task and opens none.
 */
export const gradingWindowNotices: DailyJob = {
  name: 'GRADING_WINDOW_NOTICES',
  async run(manager, rt, asOf) {
    const cycleYear = windowNoticeCycle(asOf, rt.policy);
    if (cycleYear === null) return 0;
    const { from, to } = reviewWindow(cycleYear, rt.policy);
    const title = `${cycleYear} 年度客户等级评定:${from} 至 ${to},请事先完成所辖客户的初步评级`;
    let created = 0;
    for (const role of rt.policy.grading.windowNotice.roles) {
      if (await openTask(manager, { kind: 'GRADING_WINDOW', customerId: null, assigneeRole: role, dueOn: from, title })) created += 1;
    }
    return created;
  },
};

/** CUS-018: the day after a provisional period ends, its PROVISIONAL_END assessment is due; the owner is told. */
export const provisionalEnds: DailyJob = {
  name: 'PROVISIONAL_END_ASSESSMENTS',
  async run(manager, _rt, asOf, actor) {
    const customers = await openProvisionalEndAssessments(manager, asOf, actor);
    for (const c of customers) {
      await openTask(manager, {
        kind: 'PROVISIONAL_END',
        customerId: c.id,
        assigneeId: c.ownerId,
        dueOn: asOf,
        title: `${c.name} 暂定等级期满,请评定等级`,
      });
    }
    return customers.length;
  },
};
