import type { EntityManager, ObjectLiteral } from 'typeorm';
import { CustomerStateChangeEntity } from '../../shared/entities/customer-state-change.entity';
import { CustomerTaskEntity } from '../../shared/entities/customer-task.entity';
import { FileAccessRequestEntity } from '../../shared/entities/file-access-request.entity';
import { PeriodicReportEntity } from '../../shared/entities/periodic-report.entity';
import { childRowsOf, countChildRows, deleteVisitPlansOf, moveChildRows, visitPlansOf } from './duplicates-merge.store';
import type { CustomerChildKind } from '../../shared/customer-children';
import type { MergeUnmovedReason } from '../../generated/resolvers-types';
import { CONTACTS_RECORDS_CHILD_RECORDS } from '../contacts-records/contacts-records.service';
import { FACTS_CHILD_RECORDS } from '../facts/facts-records.service';
import { GRADING_CHILD_RECORDS } from '../grading/grading.service';
import { OWNERSHIP_CHILD_RECORDS } from '../ownership/ownership-changes.service';
import { CONFIDENTIALITY_CHILD_RECORDS } from '../confidentiality/confidentiality.service';
import { LIFECYCLE_CHILD_RECORDS } from '../lifecycle/lifecycle.service';
import type { TransferListing } from '../ownership/ownership-transfers.service';
import { moveTransferListing, transferListingsOf } from '../ownership/ownership-transfers.service';

type ChildKind = CustomerChildKind;

/** Every kind of child record, each declared by the area that owns it (CUS-006). */
const CHILDREN: readonly ChildKind[] = [
  ...CONTACTS_RECORDS_CHILD_RECORDS,
  ...FACTS_CHILD_RECORDS,
  ...GRADING_CHILD_RECORDS,
  ...OWNERSHIP_CHILD_RECORDS,
  { kind: 'periodicReports', entity: PeriodicReportEntity, column: 'customerId', uniqueWith: ['period'] },
  { kind: 'stateChanges', entity: CustomerStateChangeEntity, column: 'customerId' },
  { kind: 'tasks', entity: CustomerTaskEntity, column: 'customerId' },
  // CUS-042 X-032: a grant opens the file it names; moved, it would open the survivor's file to its holder.
  { kind: 'fileAccessRequests', entity: FileAccessRequestEntity, column: 'customerId', staysWith: 'GRANT_NAMES_ITS_FILE' },
  ...CONFIDENTIALITY_CHILD_RECORDS,
  ...LIFECYCLE_CHILD_RECORDS,
];

const TRANSFERS = 'ownershipTransfers';
const VISIT_PLAN = 'visitPlan';

/** A child record of a merged customer that the merge leaves with it, and why. */
export interface UnmovedRecord {
  kind: string;
  id: string;
  customerId: string;
  /** What it collides on (order reference, year, period, …); null when nothing collides. */
  key: string | null;
  reason: MergeUnmovedReason;
}

interface KindMove {
  child: ChildKind;
  /** The rows that move; null: every row of the merged customers (no unique key to respect). */
  ids: string[] | null;
  count: number;
}

/**
 * CUS-006: what a merge does with the merged customers' child records, worked out once so that the dry run reports
 * exactly what the merge then does: the rows that move per kind, and the rows that stay with their merged customer.
 */
export interface ChildMovePlan {
  moves: KindMove[];
  transferItems: TransferListing[];
  notMoved: UnmovedRecord[];
}

export async function planChildMoves(manager: EntityManager, survivorId: string, mergedIds: string[]): Promise<ChildMovePlan> {
  const moves: KindMove[] = [];
  const notMoved: UnmovedRecord[] = [];
  for (const child of CHILDREN) {
    if (child.staysWith) {
      const reason = child.staysWith;
      const rows = await childRowsOf(manager, child, mergedIds, []);
      notMoved.push(
        ...rows.map((row) => ({ kind: child.kind, id: String(row.id), customerId: String(row[child.column]), key: null, reason })),
      );
      continue;
    }
    if (!child.uniqueWith) {
      const count = await countChildRows(manager, child, mergedIds);
      if (count) moves.push({ child, ids: null, count });
      continue;
    }
    const keyOf = (row: ObjectLiteral) => child.uniqueWith!.map((k) => String(row[k])).join(' ');
    const taken = new Set((await childRowsOf(manager, child, survivorId, child.uniqueWith)).map(keyOf));
    const ids: string[] = [];
    // Merged customers in the order given: of two merged rows with one key, the first moves.
    const rows = await childRowsOf(manager, child, mergedIds, child.uniqueWith);
    for (const row of rows.sort((a, b) => mergedIds.indexOf(a[child.column]) - mergedIds.indexOf(b[child.column]))) {
      const key = keyOf(row);
      if (taken.has(key)) {
        notMoved.push({ kind: child.kind, id: String(row.id), customerId: String(row[child.column]), key, reason: 'SAME_KEY_ON_SURVIVOR' });
        continue;
      }
      taken.add(key);
      ids.push(String(row.id));
    }
    if (ids.length) moves.push({ child, ids, count: ids.length });
  }
  const transferItems = await planTransferItems(manager, survivorId, mergedIds, notMoved);
  // CUS-039: a visit plan follows the survivor's own size and grade and is derived again after the merge.
  for (const plan of await visitPlansOf(manager, mergedIds)) {
    notMoved.push({ kind: VISIT_PLAN, id: plan.id, customerId: plan.customerId, key: null, reason: 'REDERIVED_FOR_SURVIVOR' });
  }
  return { moves, transferItems, notMoved };
}

/** A transfer's customer list is keyed by (transfer, customer): a merged customer in the same transfer as the survivor stays listed. */
async function planTransferItems(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
  notMoved: UnmovedRecord[],
): Promise<TransferListing[]> {
  const items = await transferListingsOf(manager, mergedIds);
  const survivorTransfers = new Set((await transferListingsOf(manager, survivorId)).map((i) => i.transferId));
  const movable: TransferListing[] = [];
  for (const item of items) {
    if (survivorTransfers.has(item.transferId)) {
      notMoved.push({
        kind: TRANSFERS,
        id: item.transferId,
        customerId: item.customerId,
        key: item.transferId,
        reason: 'SAME_KEY_ON_SURVIVOR',
      });
      continue;
    }
    survivorTransfers.add(item.transferId);
    movable.push(item);
  }
  return movable;
}

/** Per kind, the rows that move (what the dry run and the merge payload report). */
export function movedCounts(plan: ChildMovePlan): { kind: string; count: number }[] {
  const counts = plan.moves.map((m) => ({ kind: m.child.kind, count: m.count }));
  if (plan.transferItems.length) counts.push({ kind: TRANSFERS, count: plan.transferItems.length });
  return counts;
}

/** Carries the plan out, inside the merge's transaction; the merged customers' visit plans are closed. */
export async function applyChildMoves(manager: EntityManager, plan: ChildMovePlan, mergedIds: string[], survivorId: string): Promise<void> {
  await deleteVisitPlansOf(manager, mergedIds);
  for (const { child, ids } of plan.moves) await moveChildRows(manager, child, ids, mergedIds, survivorId);
  for (const item of plan.transferItems) {
    await moveTransferListing(manager, item, survivorId);
  }
}

/** The ids of one kind's rows that move (null: every row of the merged customers). */
export const movedIdsOf = (plan: ChildMovePlan, kind: string): string[] | null | undefined =>
  plan.moves.find((m) => m.child.kind === kind)?.ids;

/** the audit note that names a record the merge left with its merged customer. */
export function unmovedNote(record: UnmovedRecord, mergeId: string, survivorId: string): string {
  const what = record.key === null ? `${record.kind} ${record.id}` : `${record.kind} ${record.key} (${record.id})`;
  const why = {
    SAME_KEY_ON_SURVIVOR: `the survivor ${survivorId} already has the same`,
    REDERIVED_FOR_SURVIVOR: `derived again for the survivor ${survivorId}, this one closed`,
    GRANT_NAMES_ITS_FILE: `a file-access grant stays with the file it names, not the survivor ${survivorId}`,
  }[record.reason];
  return `merge ${mergeId}: ${what} not moved: ${why}`;
}
