import { randomUUID } from 'node:crypto';
import { announceFilingState, announceMerge } from '../../shared/customer-events';
import type { EntityManager } from 'typeorm';
import { saveNew } from '../../shared/support/rows.store';
import type { Outcome, Permission, UserError } from '@crm/platform';
import { refused, succeeded, userError, writeAudit, writeTransaction } from '@crm/platform';
import type { CustomerEntity } from '../../shared/entities/customer.entity';
import { CustomerMergeEntity } from './entities/customer-merge.entity';
import { customerById, updateCustomerRow } from '../../shared/customer.store';
import { communicationSpans, liveCustomersFor, mergesAfter, retireMerged } from './duplicates-merge.store';
import type { OrderFact } from '../facts/facts-records.service';
import { ordersByIds } from '../facts/facts-records.service';
import { highestLevel } from '../../shared/confidentiality-levels.rules';
import { normaliseName, normalisePhone } from './duplicates.rules';
import { lastPaidOrderOn, stageAfterOrder } from '../../shared/lifecycle.rules';
import type { MergeRecord } from './merge.rules';
import { MERGE_FIELDS, mergeRequestProblems, planMerge } from './merge.rules';
import { isQualifyingService } from '../../shared/ownership.rules';
import { holdsAny } from '../../shared/roles';
import type { MergeCustomersInput } from '../../generated/resolvers-types';
import type { MergePreviewModel } from './duplicates-merge.models';
import { reevaluateLifecycle } from '../lifecycle/lifecycle-churn.service';
import { rawDate } from '../../shared/support/raw-rows';
import { rederiveVisitPlan } from '../key-accounts/key-accounts.service';
import { recordStateChange, updateCustomerBySystem } from '../../shared/customer-writes';
import type { ChildMovePlan, UnmovedRecord } from './duplicates-merge-children.service';
import { applyChildMoves, movedCounts, movedIdsOf, planChildMoves, unmovedNote } from './duplicates-merge-children.service';
import { notFound, roleNotAllowed } from '../../shared/refusals';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';
import { todayIn } from '../../shared/runtime';

/**
 * a merge reaches only customers the caller may delete (what mergeCustomers and its dry run require), and a
 * classified file only when the caller may read it (CUS-042): the dry run shows its values.
 */
const MERGE_PERMISSION: Permission = 'customer:DELETE';

interface Loaded {
  survivor: CustomerEntity;
  merged: CustomerEntity[];
}

/**
 * 合并 (CUS-006, X-004): a dry run lists the field conflicts, the child records that would move and those that would
 * stay (one plan, merge-children.ts, so both say the same); the merge itself is one transaction that applies the
 * chosen fields, moves the child records, recomputes the survivor's dates and lifecycle from the combined records,
 * and turns the merged customers into soft-deleted aliases whose ids resolve to the survivor. The CustomerMerge row is
 * what other subgraphs read to re-point their references.
 */
export class MergeService {
  constructor(private readonly rt: CustomerRuntime) {}

  async preview(input: MergeCustomersInput, ctx: Ctx): Promise<MergePreviewModel> {
    const manager = this.rt.dataSource.manager;
    const loaded = await this.load(manager, input, ctx);
    if (!loaded.ok) return { survivor: null, merged: [], conflicts: [], childRecords: [], notMoved: [], problems: loaded.userErrors };
    const { survivor, merged } = loaded.value;
    const { conflicts } = planMerge(toRecord(survivor), merged.map(toRecord), choicesOf(input));
    const plan = await planChildMoves(
      manager,
      survivor.id,
      merged.map((m) => m.id),
    );
    return { survivor, merged, conflicts, childRecords: movedCounts(plan), notMoved: plan.notMoved, problems: [] };
  }

  async merge(
    input: MergeCustomersInput,
    ctx: Ctx,
  ): Promise<
    Outcome<{
      survivor: CustomerEntity;
      merge: CustomerMergeEntity;
      childRecords: { kind: string; count: number }[];
      notMoved: UnmovedRecord[];
    }>
  > {
    const roles = this.rt.policy.mergeRoles;
    if (!holdsAny(ctx.caller.roles, roles)) return refused([roleNotAllowed(ctx, ['input', 'survivorId'], roles)]);
    return writeTransaction(this.rt.dataSource, async (manager) => {
      const loaded = await this.load(manager, input, ctx);
      if (!loaded.ok) return loaded;
      const { survivor, merged } = loaded.value;
      const mergedIds = merged.map((m) => m.id);
      const { winners } = planMerge(toRecord(survivor), merged.map(toRecord), choicesOf(input));
      const byId = new Map([survivor, ...merged].map((c) => [c.id, c]));
      const patch: Partial<CustomerEntity> = {};
      for (const field of MERGE_FIELDS)
        (patch as Record<string, unknown>)[field] = (byId.get(winners[field]) as unknown as Record<string, unknown>)[field];
      patch.nameKey = normaliseName(patch.name!);
      patch.phoneKey = patch.phone ? normalisePhone(patch.phone) : null;
      // the survivor keeps the highest level of the files it absorbs; nothing is lowered.
      patch.confidentiality = highestLevel([survivor, ...merged].map((c) => c.confidentiality));

      const now = this.rt.clock.now();
      const today = todayIn(this.rt);
      const mergeId = randomUUID();
      const plan = await planChildMoves(manager, survivor.id, mergedIds);
      const gained = await this.gainedFacts(manager, survivor, merged, plan);
      await retireMerged(manager, mergedIds, survivor.id, now, today, ctx.caller.id);
      await applyChildMoves(manager, plan, mergedIds, survivor.id);
      // The survivor takes the merged values (a bulk update: the merge's own audit entries name it).
      await updateCustomerRow(manager, survivor.id, patch, ctx.caller.id);
      await this.recomputeSurvivor(manager, survivor.id, gained, mergeId, today, ctx);
      const fresh = await customerById(manager, survivor.id);
      await rederiveVisitPlan(manager, this.rt, fresh, today);
      const taken = Object.fromEntries(MERGE_FIELDS.filter((f) => winners[f] !== survivor.id).map((f) => [f, winners[f]]));
      const merge = await saveNew(manager, CustomerMergeEntity, {
        id: mergeId,
        survivorId: survivor.id,
        mergedIds,
        fieldChoices: JSON.stringify(taken),
        mergedAt: now,
        mergedBy: ctx.caller.id,
      });
      // The row moves above are bulk updates; the trail names the merge they belong to, and every record the merge
      // left with a merged customer, so none stays behind unnoticed.
      await writeAudit(manager, [
        ...mergedIds.map((id) => ({
          entityType: 'customer',
          entityId: id,
          action: 'DELETE' as const,
          note: `merged into ${survivor.id} (merge ${merge.id})`,
        })),
        ...plan.notMoved.map((r) => ({
          entityType: 'customer',
          entityId: r.customerId,
          action: 'UPDATE' as const,
          note: unmovedNote(r, merge.id, survivor.id),
        })),
      ]);
      // the other subgraphs re-point their records and see the merged customers as merged away.
      await announceMerge(manager, this.rt.clock, survivor.id, mergedIds);
      await announceFilingState(
        manager,
        this.rt.clock,
        merged.map((m) => ({ ...m, deletedAt: now, mergedIntoId: survivor.id })),
      );
      return succeeded({
        survivor: await customerById(manager, survivor.id),
        merge,
        childRecords: movedCounts(plan),
        notMoved: plan.notMoved,
      });
    });
  }

  /**
   * What the survivor gains with the records that move, read before they move: the orders (CUS-033), and per
   * channel and handler the first and last communication (CUS-004 first contact, CUS-030 qualifying service).
   */
  private async gainedFacts(
    manager: EntityManager,
    survivor: CustomerEntity,
    merged: CustomerEntity[],
    plan: ChildMovePlan,
  ): Promise<GainedFacts> {
    const orderIds = movedIdsOf(plan, 'orders');
    const orders = orderIds?.length ? await ordersByIds(manager, orderIds) : [];
    const contacts = await communicationSpans(
      manager,
      merged.map((m) => m.id),
    );
    const policy = this.rt.policy;
    const served = contacts.filter(
      (c) => c.handlerId === survivor.ownerId && isQualifyingService(c.channel, c.attended === null ? null : Boolean(c.attended), policy),
    );
    return {
      orders,
      firstContactOn: earliest(contacts.map((c) => rawDate(c.first))),
      lastServiceOn: latest(served.map((c) => rawDate(c.last))),
      openValidComplaints: merged.reduce((n, m) => n + m.openValidComplaints, 0),
      validComplaintsLast12Months: merged.reduce((n, m) => n + m.validComplaintsLast12Months, 0),
      complaintFactsOn: earliest(merged.map((m) => m.complaintFactsOn)),
    };
  }

  /**
   * CUS-006 with CUS-030, CUS-033, CUS-034, CUS-035: the records the survivor gains count as if recorded on it — its
   * last order and first contact, its last qualifying service by its owner, each order moving the stage as an order
   * does (a churned customer is won back) and the complaint counts of both files — and then the lifecycle job's own
   * evaluation settles stage, churn risk, dormancy and the problem flag as of today.
   */
  private async recomputeSurvivor(
    manager: EntityManager,
    survivorId: string,
    gained: GainedFacts,
    mergeId: string,
    today: string,
    ctx: Ctx,
  ): Promise<void> {
    const survivor = await customerById(manager, survivorId);
    const stage = gained.orders.reduce((s, o) => stageAfterOrder(s, o.paid), survivor.lifecycleStage);
    const patch: Partial<CustomerEntity> = {
      lastOrderOn: latest([survivor.lastOrderOn, lastPaidOrderOn(gained.orders)]),
      firstContactOn: earliest([survivor.firstContactOn, gained.firstContactOn]),
      lastServiceOn: latest([survivor.lastServiceOn, gained.lastServiceOn]),
      openValidComplaints: survivor.openValidComplaints + gained.openValidComplaints,
      validComplaintsLast12Months: survivor.validComplaintsLast12Months + gained.validComplaintsLast12Months,
      complaintFactsOn: earliest([survivor.complaintFactsOn, gained.complaintFactsOn]),
    };
    if (stage !== survivor.lifecycleStage) {
      Object.assign(patch, { lifecycleStage: stage, churnReason: null });
      await recordStateChange(manager, {
        customerId: survivorId,
        field: 'LIFECYCLE_STAGE',
        from: survivor.lifecycleStage,
        to: stage,
        changedOn: today,
        reason: `MERGE ${mergeId}`,
        changedBy: ctx.caller.id,
      });
    }
    await updateCustomerBySystem(manager, survivor, patch, ctx.caller.id);
    await reevaluateLifecycle(manager, this.rt, [await customerById(manager, survivorId)], today, ctx.caller.id);
  }

  /** merges since an instant, for other subgraphs to re-point merged ids. */
  mergesSince(since: Date): Promise<CustomerMergeEntity[]> {
    return mergesAfter(this.rt.dataSource, since, this.rt.config.maxPageSize);
  }

  /** Both sides of the merge, found only within the caller's scope: one outside it is simply not found. */
  private async load(manager: EntityManager, input: MergeCustomersInput, ctx: Ctx): Promise<Outcome<Loaded>> {
    const problems: UserError[] = mergeRequestProblems(input.survivorId, input.mergedIds, input.fieldChoices ?? []).map((p) =>
      userError(ctx.lang, p.code, p.field, { zh: p.zh, en: p.en }),
    );
    if (problems.length) return refused(problems);
    const rows = await liveCustomersFor(manager, [input.survivorId, ...input.mergedIds], ctx.access, MERGE_PERMISSION, this.rt);
    const survivor = rows.find((r) => r.id === input.survivorId);
    if (!survivor) problems.push(notFound(ctx, { zh: '保留的客户', en: 'Surviving customer' }, ['input', 'survivorId']));
    input.mergedIds.forEach((id, index) => {
      if (!rows.some((r) => r.id === id))
        problems.push(notFound(ctx, { zh: '被合并的客户', en: 'Merged customer' }, ['input', 'mergedIds', String(index)]));
    });
    if (problems.length) return refused(problems);
    return succeeded({ survivor: survivor!, merged: input.mergedIds.map((id) => rows.find((r) => r.id === id)!) });
  }
}

function toRecord(customer: CustomerEntity): MergeRecord {
  const record = { id: customer.id } as MergeRecord;
  for (const field of MERGE_FIELDS) {
    const value = (customer as unknown as Record<string, unknown>)[field];
    (record as Record<string, string | null>)[field] = value === null || value === undefined ? null : String(value);
  }
  return record;
}

const choicesOf = (input: MergeCustomersInput): Map<string, string> =>
  new Map((input.fieldChoices ?? []).map((c) => [c.field, c.customerId]));

interface GainedFacts {
  orders: OrderFact[];
  firstContactOn: string | null;
  lastServiceOn: string | null;
  openValidComplaints: number;
  validComplaintsLast12Months: number;
  complaintFactsOn: string | null;
}

const present = (dates: readonly (string | null)[]): string[] => dates.filter((d): d is string => d !== null).sort();
const earliest = (dates: readonly (string | null)[]): string | null => present(dates)[0] ?? null;
const latest = (dates: readonly (string | null)[]): string | null => present(dates).at(-1) ?? null;
