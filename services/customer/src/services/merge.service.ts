import { randomUUID } from 'node:crypto';
import { EntityManager, In, IsNull, ObjectLiteral } from 'typeorm';
import { Outcome, Permission, refused, succeeded, UserError, userError, writeAudit, writeTransaction } from '@crm/platform';
import { AnnualRecordEntity } from '../entities/annual-record.entity';
import { CommunicationRecordEntity } from '../entities/communication-record.entity';
import { ContactEntity } from '../entities/contact.entity';
import { CustomerEntity } from '../entities/customer.entity';
import { CustomerEventEntity } from '../entities/customer-event.entity';
import { CustomerMergeEntity } from '../entities/customer-merge.entity';
import { CustomerStateChangeEntity } from '../entities/customer-state-change.entity';
import { CustomerTaskEntity } from '../entities/customer-task.entity';
import { FileAccessRequestEntity } from '../entities/file-access-request.entity';
import { FileLoanEntity } from '../entities/file-loan.entity';
import { GradeAssessmentEntity } from '../entities/grade-assessment.entity';
import { GradeHistoryEntity } from '../entities/grade-history.entity';
import { GradeOverrideEntity } from '../entities/grade-override.entity';
import { OrderRecordEntity } from '../entities/order-record.entity';
import { OwnershipChangeEntity } from '../entities/ownership-change.entity';
import { OwnershipClaimEntity } from '../entities/ownership-claim.entity';
import { OwnershipTransferItemEntity } from '../entities/ownership-transfer.entity';
import { PeriodicReportEntity } from '../entities/periodic-report.entity';
import { PointsEntryEntity } from '../entities/points-entry.entity';
import { SatisfactionSurveyEntity } from '../entities/satisfaction-survey.entity';
import { TerminationRequestEntity } from '../entities/termination-request.entity';
import { VisitPlanEntity } from '../entities/visit-plan.entity';
import { highestLevel } from '../domain/confidentiality';
import { normaliseName, normalisePhone } from '../domain/duplicates';
import { MERGE_FIELDS, MergeRecord, mergeRequestProblems, planMerge } from '../domain/merge';
import { holdsAny } from '../domain/roles';
import type { MergeCustomersInput } from '../generated/resolvers-types';
import type { MergePreviewModel } from '../models';
import { rederiveVisitPlan } from './customer-class';
import { scopeCustomers } from './customer-scope';
import { notFound, roleNotAllowed } from './refusals';
import type { Ctx, CustomerRuntime } from './runtime';
import { todayIn } from './runtime';

/** A kind of child record and how it moves: by its customer column; rows whose unique key the survivor already has stay behind. */
interface ChildKind {
  kind: string;
  entity: new () => ObjectLiteral;
  column: string;
  uniqueWith?: string[];
}

const CHILDREN: readonly ChildKind[] = [
  { kind: 'contacts', entity: ContactEntity, column: 'customerId' },
  { kind: 'events', entity: CustomerEventEntity, column: 'customerId' },
  { kind: 'communications', entity: CommunicationRecordEntity, column: 'customerId' },
  { kind: 'annualRecords', entity: AnnualRecordEntity, column: 'customerId', uniqueWith: ['year'] },
  { kind: 'orders', entity: OrderRecordEntity, column: 'customerId', uniqueWith: ['orderRef'] },
  { kind: 'surveys', entity: SatisfactionSurveyEntity, column: 'customerId' },
  { kind: 'points', entity: PointsEntryEntity, column: 'customerId' },
  { kind: 'pointsReferred', entity: PointsEntryEntity, column: 'referredCustomerId' },
  { kind: 'gradeAssessments', entity: GradeAssessmentEntity, column: 'customerId', uniqueWith: ['kind', 'periodFrom'] },
  { kind: 'gradeHistory', entity: GradeHistoryEntity, column: 'customerId' },
  { kind: 'gradeOverrides', entity: GradeOverrideEntity, column: 'customerId' },
  { kind: 'ownershipClaims', entity: OwnershipClaimEntity, column: 'customerId' },
  { kind: 'ownershipHistory', entity: OwnershipChangeEntity, column: 'customerId' },
  { kind: 'periodicReports', entity: PeriodicReportEntity, column: 'customerId', uniqueWith: ['period'] },
  { kind: 'stateChanges', entity: CustomerStateChangeEntity, column: 'customerId' },
  { kind: 'tasks', entity: CustomerTaskEntity, column: 'customerId' },
  { kind: 'fileAccessRequests', entity: FileAccessRequestEntity, column: 'customerId' },
  { kind: 'fileLoans', entity: FileLoanEntity, column: 'customerId' },
  { kind: 'terminationRequests', entity: TerminationRequestEntity, column: 'customerId' },
];

/** a merge reaches only customers the caller may delete (what mergeCustomers and its dry run require). */
const MERGE_PERMISSION: Permission = 'customer:DELETE';

interface Loaded {
  survivor: CustomerEntity;
  merged: CustomerEntity[];
}

/**
 * 合并 (CUS-006, X-004): a dry run lists the field conflicts and the child records that would move; the merge itself
 * is one transaction that applies the chosen fields, moves every child record to the survivor, and turns the merged
 * customers into soft-deleted aliases whose ids resolve to the survivor. The CustomerMerge row is what other
 * subgraphs read to re-point their references.
 */
export class MergeService {
  constructor(private readonly rt: CustomerRuntime) {}

  async preview(input: MergeCustomersInput, ctx: Ctx): Promise<MergePreviewModel> {
    const manager = this.rt.dataSource.manager;
    const loaded = await this.load(manager, input, ctx);
    if (!loaded.ok) return { survivor: null, merged: [], conflicts: [], childRecords: [], problems: loaded.userErrors };
    const { survivor, merged } = loaded.value;
    const { conflicts } = planMerge(toRecord(survivor), merged.map(toRecord), choicesOf(input));
    const childRecords: { kind: string; count: number }[] = [];
    for (const child of CHILDREN) {
      const count = await manager.getRepository(child.entity).countBy({ [child.column]: In(merged.map((m) => m.id)) });
      if (count) childRecords.push({ kind: child.kind, count });
    }
    return { survivor, merged, conflicts, childRecords, problems: [] };
  }

  async merge(input: MergeCustomersInput, ctx: Ctx): Promise<Outcome<{ survivor: CustomerEntity; merge: CustomerMergeEntity }>> {
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
      for (const field of MERGE_FIELDS) (patch as Record<string, unknown>)[field] = (byId.get(winners[field]) as unknown as Record<string, unknown>)[field];
      patch.nameKey = normaliseName(patch.name!);
      patch.phoneKey = patch.phone ? normalisePhone(patch.phone) : null;
      // the survivor keeps the highest level of the files it absorbs; nothing is lowered.
      patch.confidentiality = highestLevel([survivor, ...merged].map((c) => c.confidentiality));

      const now = this.rt.clock.now();
      await manager.update(CustomerEntity, { id: In(mergedIds) }, { mergedIntoId: survivor.id, deletedAt: now, deletedBy: ctx.caller.id, version: () => 'version + 1', updatedBy: ctx.caller.id });
      // Earlier aliases of the merged customers now point straight at the survivor (one hop to resolve).
      await manager.update(CustomerEntity, { mergedIntoId: In(mergedIds) }, { mergedIntoId: survivor.id });
      await manager.update(GradeHistoryEntity, { customerId: In(mergedIds), effectiveTo: IsNull() }, { effectiveTo: todayIn(this.rt) });
      await manager.delete(VisitPlanEntity, { customerId: In(mergedIds) });
      for (const child of CHILDREN) await moveChildren(manager, child, mergedIds, survivor.id);
      await moveTransferItems(manager, mergedIds, survivor.id);
      await manager.update(CustomerEntity, { id: survivor.id }, { ...patch, version: () => 'version + 1', updatedBy: ctx.caller.id });
      const fresh = await manager.findOneByOrFail(CustomerEntity, { id: survivor.id });
      await rederiveVisitPlan(manager, this.rt, fresh, todayIn(this.rt));
      const taken = Object.fromEntries(MERGE_FIELDS.filter((f) => winners[f] !== survivor.id).map((f) => [f, winners[f]]));
      const merge = manager.create(CustomerMergeEntity, { id: randomUUID(), survivorId: survivor.id, mergedIds, fieldChoices: JSON.stringify(taken), mergedAt: now, mergedBy: ctx.caller.id });
      await manager.save(merge);
      // The row moves above are bulk updates; the trail names the merge they belong to.
      await writeAudit(manager, mergedIds.map((id) => ({ entityType: 'customer', entityId: id, action: 'DELETE' as const, note: `merged into ${survivor.id} (merge ${merge.id})` })));
      return succeeded({ survivor: fresh, merge });
    });
  }

  /** merges since an instant, for other subgraphs to re-point merged ids. */
  mergesSince(since: Date): Promise<CustomerMergeEntity[]> {
    return this.rt.dataSource
      .getRepository(CustomerMergeEntity)
      .createQueryBuilder('m')
      .where('m.mergedAt > :since', { since })
      .orderBy('m.mergedAt', 'ASC')
      .limit(this.rt.config.maxPageSize)
      .getMany();
  }

  /** Both sides of the merge, found only within the caller's scope: one outside it is simply not found. */
  private async load(manager: EntityManager, input: MergeCustomersInput, ctx: Ctx): Promise<Outcome<Loaded>> {
    const problems: UserError[] = mergeRequestProblems(input.survivorId, input.mergedIds, input.fieldChoices ?? []).map((p) =>
      userError(ctx.lang, p.code, p.field, { zh: p.zh, en: p.en }),
    );
    if (problems.length) return refused(problems);
    const qb = manager
      .getRepository(CustomerEntity)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids)', { ids: [input.survivorId, ...input.mergedIds] })
      .andWhere('c.deletedAt IS NULL');
    const rows = await scopeCustomers(qb, ctx.access, MERGE_PERMISSION).getMany();
    const survivor = rows.find((r) => r.id === input.survivorId);
    if (!survivor) problems.push(notFound(ctx, { zh: '保留的客户', en: 'Surviving customer' }, ['input', 'survivorId']));
    input.mergedIds.forEach((id, index) => {
      if (!rows.some((r) => r.id === id)) problems.push(notFound(ctx, { zh: '被合并的客户', en: 'Merged customer' }, ['input', 'mergedIds', String(index)]));
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

const choicesOf = (input: MergeCustomersInput): Map<string, string> => new Map((input.fieldChoices ?? []).map((c) => [c.field, c.customerId]));

/** Moves a kind of child record; with a unique key, rows the survivor already has (or an earlier merged one) stay put. */
async function moveChildren(manager: EntityManager, child: ChildKind, mergedIds: string[], survivorId: string): Promise<void> {
  const repo = manager.getRepository(child.entity);
  if (!child.uniqueWith) {
    await repo.update({ [child.column]: In(mergedIds) }, { [child.column]: survivorId });
    return;
  }
  const keyOf = (row: ObjectLiteral) => child.uniqueWith!.map((k) => String(row[k])).join('|');
  const select = Object.fromEntries(['id', ...child.uniqueWith].map((k) => [k, true]));
  const taken = new Set((await repo.find({ where: { [child.column]: survivorId }, select })).map(keyOf));
  const movable: string[] = [];
  for (const row of await repo.find({ where: { [child.column]: In(mergedIds) }, select })) {
    if (taken.has(keyOf(row))) continue;
    taken.add(keyOf(row));
    movable.push(String(row.id));
  }
  if (movable.length) await repo.update({ id: In(movable) }, { [child.column]: survivorId });
}

/** A transfer's customer list is keyed by (transfer, customer): a merged customer in the same transfer as the survivor stays listed. */
async function moveTransferItems(manager: EntityManager, mergedIds: string[], survivorId: string): Promise<void> {
  const items = await manager.findBy(OwnershipTransferItemEntity, { customerId: In(mergedIds) });
  const survivorTransfers = new Set((await manager.findBy(OwnershipTransferItemEntity, { customerId: survivorId })).map((i) => i.transferId));
  for (const item of items) {
    if (survivorTransfers.has(item.transferId)) continue;
    survivorTransfers.add(item.transferId);
    await manager.update(OwnershipTransferItemEntity, { transferId: item.transferId, customerId: item.customerId }, { customerId: survivorId });
  }
}
