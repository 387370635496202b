import { OwnershipClaimEntity } from './entities/ownership-claim.entity';
import { claimsProtectedBefore } from './ownership.store';
import { claimLapsed } from '../../shared/ownership.rules';
import type { DailyJob } from '../../shared/daily-job';
import { updateRecord } from '../../shared/support/audited-update.store';
import { openTask } from '../../shared/tasks';

/**
 * CUS-029: at the end of the protection period (the day after protectedUntil) the claim is LAPSED and the customer
 * department manager is told, once.
 */
export const lapseClaims: DailyJob = {
  name: 'CLAIMS_LAPSED',
  async run(manager, _rt, asOf) {
    const candidates = await claimsProtectedBefore(manager, ['PROTECTED', 'EXTENDED'], asOf);
    const lapsing = candidates.filter((claim) => claimLapsed(claim.state, claim.protectedUntil, asOf));
    for (const claim of lapsing) {
      await updateRecord(manager, OwnershipClaimEntity, claim, { state: 'LAPSED' }, { state: claim.state });
      const title = `客户申报保护期已满(${claim.protectedUntil}),请决定延长或调整`;
      await openTask(manager, {
        kind: 'CLAIM_LAPSED',
        customerId: claim.customerId,
        assigneeRole: 'CUSTOMER_DEPT_MANAGER',
        relatedId: claim.id,
        dueOn: asOf,
        title,
      });
      await openTask(manager, {
        kind: 'CLAIM_LAPSED',
        customerId: claim.customerId,
        assigneeId: claim.claimantId,
        relatedId: claim.id,
        dueOn: asOf,
        title,
      });
    }
    return lapsing.length;
  },
};
