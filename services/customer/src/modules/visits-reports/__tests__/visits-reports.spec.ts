import { DEFAULT_CUSTOMER_POLICY as policy } from '../../../default-policy';
import { forwardingDeadlines, lateSteps, nextForwardStep, reportDueIn, reportDueOn } from '../periodic-reports.rules';
import {
  plannedRolesVisited,
  plannedVisits,
  revisitCompletedOn,
  treatmentOf,
  visitOverdue,
  nextVisitAfter,
} from '../../../shared/treatment.rules';
import { anniversaryKeysOn, careTarget, festivalOn } from '../reminders.rules';

const report = (over: Partial<Parameters<typeof lateSteps>[0]> = {}) => ({
  dueOn: '2026-04-30',
  submittedAt: null,
  supervisorForwardedAt: null,
  managerForwardedAt: null,
  vpReadAt: null,
  gmSentAt: null,
  ...over,
});

describe('visits and reports', () => {
  it('CUS-024 written reports are due on the last day of the grade’s months', () => {
    expect(reportDueIn('A', 3, policy)).toBe(true);
    expect(reportDueIn('A', 4, policy)).toBe(false);
    expect(reportDueIn('B', 4, policy)).toBe(true);
    expect(reportDueIn('D', 8, policy)).toBe(true);
    expect(reportDueOn('2026-04')).toBe('2026-04-30');
    expect(reportDueOn('2028-02')).toBe('2028-02-29');
  });

  it('CUS-025 worked example 7: received by the supervisor 2026-04-30 → manager by 2026-05-02 23:59:59; by the manager 2026-05-02 → VP by 2026-05-06 23:59:59', () => {
    const received = report({ submittedAt: new Date('2026-04-30T02:00:00Z'), supervisorForwardedAt: new Date('2026-05-02T01:00:00Z') });
    const deadlines = forwardingDeadlines(received, policy);
    expect(deadlines.supervisorForwardDueAt!.toISOString()).toBe('2026-05-02T15:59:59.999Z');
    expect(deadlines.managerForwardDueAt!.toISOString()).toBe('2026-05-06T15:59:59.999Z');
    expect(lateSteps(received, new Date('2026-05-06T15:59:59Z'), policy)).toEqual([]);
    expect(lateSteps(received, new Date('2026-05-06T16:00:00Z'), policy)).toEqual(['MANAGER_FORWARDED']);
    const lateSupervisor = report({
      submittedAt: new Date('2026-04-30T02:00:00Z'),
      supervisorForwardedAt: new Date('2026-05-02T16:30:00Z'),
    });
    expect(lateSteps(lateSupervisor, new Date('2026-05-03T00:00:00Z'), policy)).toEqual(['SUPERVISOR_FORWARDED']);
    expect(lateSteps(report(), new Date('2026-05-01T00:00:00Z'), policy)).toEqual(['SUBMITTED']);
  });

  it('CUS-025 steps go supervisor → manager → VP → GM', () => {
    expect(nextForwardStep(report())).toBeNull();
    expect(nextForwardStep(report({ submittedAt: new Date() }))).toBe('SUPERVISOR_FORWARDED');
    expect(nextForwardStep(report({ submittedAt: new Date(), supervisorForwardedAt: new Date(), managerForwardedAt: new Date() }))).toBe(
      'VP_READ',
    );
  });

  it('CUS-039 the visit plan follows the class: on-site first, every interval after the class took effect or the last visit', () => {
    const plan = plannedVisits(treatmentOf('BIG', 'A', policy)!, null, '2026-04-16', policy);
    expect(plan).toEqual({
      treatmentClass: 'BIG-A',
      active: true,
      visitorRoles: ['VP', 'SALES_DEPT_MANAGER'],
      method: 'ON_SITE',
      intervalMonths: 3,
      nextDueOn: '2026-07-16',
    });
    expect(plannedVisits(treatmentOf('BIG', 'A', policy)!, '2026-05-31', '2026-06-10', policy).nextDueOn).toBe('2026-08-31');
    expect(plannedVisits(treatmentOf('ORDINARY', 'D', policy)!, null, '2026-04-16', policy).active).toBe(false);
  });

  it('CUS-039 a visit is due on nextDueOn and overdue from the next day; CUS-040 a counted visit moves it one interval on', () => {
    expect(visitOverdue('2026-07-16', '2026-07-16')).toBe(false);
    expect(visitOverdue('2026-07-16', '2026-07-17')).toBe(true);
    expect(nextVisitAfter('2026-07-20', 3)).toBe('2026-10-20');
  });

  it('CUS-040 a revisit planned for VP + SALES_DEPT_MANAGER needs a visit of each role: one alone does not satisfy it, both do', () => {
    const planned = ['VP', 'SALES_DEPT_MANAGER'];
    expect(plannedRolesVisited(planned, ['VP', 'EXEC_COMMITTEE'])).toEqual(['VP']);
    expect(plannedRolesVisited(planned, ['SALES_REP'])).toEqual([]);
    const vp = { occurredOn: '2026-04-10', roles: ['VP'] };
    const vpAgain = { occurredOn: '2026-04-12', roles: ['VP'] };
    const manager = { occurredOn: '2026-04-20', roles: ['SALES_DEPT_MANAGER'] };
    expect(revisitCompletedOn(planned, [vp, vpAgain])).toBeNull();
    expect(revisitCompletedOn(planned, [manager])).toBeNull();
    expect(revisitCompletedOn(planned, [vp, vpAgain, manager])).toBe('2026-04-20');
    // Recorded late but visited first: the revisit was done when the second role came.
    expect(revisitCompletedOn(planned, [manager, { occurredOn: '2026-04-25', roles: ['VP'] }])).toBe('2026-04-25');
    expect(revisitCompletedOn(['SALES_REP'], [{ occurredOn: '2026-05-01', roles: ['SALES_REP'] }])).toBe('2026-05-01');
    expect(revisitCompletedOn([], [vp])).toBeNull();
  });
});

describe('reminders', () => {
  it('CUS-041 care dates are 3 days ahead; 春节 and 中秋 come from the yearly table; 29 February is kept on the 28th', () => {
    expect(careTarget('2026-09-22', policy)).toBe('2026-09-25');
    expect(festivalOn('2026-09-25', policy)).toBe('MID_AUTUMN');
    expect(festivalOn('2026-02-17', policy)).toBe('SPRING_FESTIVAL');
    expect(festivalOn('2026-02-18', policy)).toBeNull();
    expect(anniversaryKeysOn('2027-02-28')).toEqual(['02-28', '02-29']);
    expect(anniversaryKeysOn('2028-02-28')).toEqual(['02-28']);
  });
});
