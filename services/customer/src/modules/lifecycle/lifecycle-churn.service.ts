import type { EntityManager } from 'typeorm';
import { writeTransaction } from '@crm/platform';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import type { CustomerStateChangeEntity } from '../../shared/entities/customer-state-change.entity';
import { paidOrderFacts } from '../facts/facts-records.service';
import { customersAfter, latestScores } from './lifecycle.store';
import type { LifecycleFacts } from '../../shared/lifecycle.rules';
import { evaluateLifecycle, loyaltyWindowStart } from '../../shared/lifecycle.rules';
import { isDormant } from '../../shared/ownership.rules';
import type { CustomerStateField } from '../../generated/resolvers-types';
import { recordStateChange, updateCustomerBySystem } from '../../shared/customer-writes';
import { openTask } from '../../shared/tasks';
import type { CustomerRuntime } from '../../shared/runtime';

const BATCH = 500;

interface FlagChange {
  field: CustomerStateField;
  column: 'lifecycleStage' | 'churnRisk' | 'dormant' | 'problemCustomer';
  from: string | boolean;
  to: string | boolean;
}

/**
 * 流失检测, the scheduled job of CUS-030, CUS-033, CUS-034, CUS-035: as of a date, re-evaluates every active customer's lifecycle
 * stage, churn risk, dormancy and problem flag, records each change once on the customer's state timeline and opens
 * the follow-ups (a revisit for the churned, a notice for the dormant). The changes of a customer are one update
 * conditional on the version read, so a second run — or one racing it — finds nothing left to change: the job is
 * idempotent. Returns the changes it made.
 */
export async function runChurnDetection(rt: CustomerRuntime, asOf: string, actor = 'SYSTEM'): Promise<CustomerStateChangeEntity[]> {
  const changes: CustomerStateChangeEntity[] = [];
  let after = '';
  for (;;) {
    const batch = await customersAfter(rt.dataSource.manager, after, BATCH);
    if (!batch.length) break;
    after = batch[batch.length - 1].id;
    changes.push(...(await writeTransaction(rt.dataSource, (manager) => reevaluateLifecycle(manager, rt, batch, asOf, actor))));
  }
  return changes;
}

/**
 * The job's evaluation of some customers as of a date (CUS-030, CUS-033, CUS-034, CUS-035), through the caller's
 * transaction: also what a merge runs on its survivor (CUS-006), so both apply one rule. Terminated customers are
 * left as they are.
 */
export async function reevaluateLifecycle(
  manager: EntityManager,
  rt: CustomerRuntime,
  customers: readonly CustomerEntity[],
  asOf: string,
  actor: string,
): Promise<CustomerStateChangeEntity[]> {
  const changes: CustomerStateChangeEntity[] = [];
  const active = customers.filter((c) => c.status !== 'TERMINATED');
  if (!active.length) return changes;
  const ids = active.map((c) => c.id);
  const orders = await paidOrderFacts(manager, ids, loyaltyWindowStart(asOf, rt.policy), asOf);
  const scores = await latestScores(manager, ids, asOf);
  for (const customer of active) {
    const facts: LifecycleFacts = {
      stage: customer.lifecycleStage,
      hasPaidOrder: orders.get(customer.id)?.anyPaid ?? false,
      lastOrderOn: customer.lastOrderOn,
      ordersInWindow: orders.get(customer.id)?.inWindow ?? 0,
      openValidComplaints: customer.openValidComplaints,
      validComplaintsLast12Months: customer.validComplaintsLast12Months,
      latestSatisfaction: scores.get(customer.id) ?? null,
    };
    const verdict = evaluateLifecycle(facts, asOf, rt.policy);
    const dormant = customer.ownerId !== null && isDormant(customer.lastServiceOn, customer.ownerSince, asOf, rt.policy);
    const candidates: FlagChange[] = [
      { field: 'LIFECYCLE_STAGE', column: 'lifecycleStage', from: customer.lifecycleStage, to: verdict.stage },
      { field: 'CHURN_RISK', column: 'churnRisk', from: customer.churnRisk, to: verdict.churnRisk },
      { field: 'DORMANT', column: 'dormant', from: customer.dormant, to: dormant },
      { field: 'PROBLEM_CUSTOMER', column: 'problemCustomer', from: customer.problemCustomer, to: verdict.problemCustomer },
    ];
    const changed = candidates.filter((c) => c.from !== c.to);
    if (!changed.length) continue;
    const patch: Partial<CustomerEntity> = Object.fromEntries(changed.map((c) => [c.column, c.to]));
    if (changed.some((c) => c.column === 'lifecycleStage') && verdict.churnReason) patch.churnReason = verdict.churnReason;
    // One audited update on the version read: a run racing this one (or an edit meanwhile) makes it a no-op here,
    // and whatever is still due is found by the next run.
    if (!(await updateCustomerBySystem(manager, customer, patch, actor, { version: customer.version }))) continue;
    for (const change of changed) {
      changes.push(
        await recordStateChange(manager, {
          customerId: customer.id,
          field: change.field,
          from: String(change.from),
          to: String(change.to),
          changedOn: asOf,
          reason: change.field === 'LIFECYCLE_STAGE' ? verdict.churnReason : null,
          changedBy: actor,
        }),
      );
      await followUp(manager, customer, change, asOf);
    }
  }
  return changes;
}

/** CUS-034: a churned customer gets a revisit task; CUS-030: the owner and the customer department hear of dormancy. */
async function followUp(manager: EntityManager, customer: CustomerEntity, change: FlagChange, asOf: string): Promise<void> {
  if (change.field === 'LIFECYCLE_STAGE' && change.to === 'CHURNED') {
    await openTask(manager, {
      kind: 'REVISIT',
      customerId: customer.id,
      assigneeId: customer.ownerId,
      dueOn: asOf,
      title: `流失客户 ${customer.name}:请安排回访挽留`,
    });
  }
  if (change.field === 'DORMANT' && change.to === true) {
    const title = `客户 ${customer.name} 三个月未服务到位,其他员工可申报`;
    await openTask(manager, { kind: 'DORMANT', customerId: customer.id, assigneeId: customer.ownerId, dueOn: asOf, title });
    await openTask(manager, { kind: 'DORMANT', customerId: customer.id, assigneeRole: 'CUSTOMER_DEPT_MANAGER', dueOn: asOf, title });
  }
}
