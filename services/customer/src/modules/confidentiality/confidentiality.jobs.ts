import { FileLoanEntity } from './entities/file-loan.entity';
import { loansPastDue } from './confidentiality.store';
import { updateRecord } from '../../shared/support/audited-update.store';
import type { DailyJob } from '../../shared/daily-job';
import { openTask } from '../../shared/tasks';

/** X-033 with X-072: an unreturned loan is OVERDUE from the day after it was due, reported once to the borrower's manager. */
export const overdueLoans: DailyJob = {
  name: 'LOANS_OVERDUE',
  async run(manager, _rt, asOf) {
    const overdue = await loansPastDue(manager, asOf);
    for (const loan of overdue) {
      await updateRecord(manager, FileLoanEntity, loan, { state: 'OVERDUE' }, { state: 'ON_LOAN' });
      await openTask(manager, {
        kind: 'LOAN_OVERDUE',
        customerId: loan.customerId,
        assigneeDepartmentId: loan.borrowerDepartmentId,
        relatedId: loan.id,
        dueOn: asOf,
        title: `客户资料借阅逾期未还(借阅人 ${loan.borrowerId},应还 ${loan.dueOn}),按违纪处理`,
      });
    }
    return overdue.length;
  },
};
