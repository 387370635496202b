import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { insertTaskUnlessTaken, taskKeyTaken } from './tasks.store';
import type { CustomerTaskKind } from '../generated/resolvers-types';

export interface TaskSpec {
  kind: CustomerTaskKind;
  customerId: string | null;
  assigneeId?: string | null;
  assigneeRole?: string | null;
  assigneeDepartmentId?: string | null;
  dueOn: string;
  title: string;
  relatedId?: string | null;
  /** What makes the task unique besides kind, customer, recipient and due date (e.g. the reminder number). */
  discriminator?: string;
}

/** one task per (kind, subject, recipient, due date). */
export function taskKey(spec: TaskSpec): string {
  const recipient = spec.assigneeId ?? spec.assigneeRole ?? spec.assigneeDepartmentId ?? '-';
  return [spec.kind, spec.customerId ?? '-', spec.relatedId ?? '-', recipient, spec.dueOn, spec.discriminator ?? ''].join('|');
}

/**
 * Opens the task unless it exists (X-072: a job run twice creates it once). The unique key also settles two runs
 * racing on MySQL: the loser's insert is ignored. Returns whether the task was new.
 */
export async function openTask(manager: EntityManager, spec: TaskSpec): Promise<boolean> {
  const dedupeKey = taskKey(spec);
  if (await taskKeyTaken(manager, dedupeKey)) return false;
  await insertTaskUnlessTaken(manager, {
    id: randomUUID(),
    customerId: spec.customerId,
    kind: spec.kind,
    assigneeId: spec.assigneeId ?? null,
    assigneeRole: spec.assigneeRole ?? null,
    assigneeDepartmentId: spec.assigneeDepartmentId ?? null,
    dueOn: spec.dueOn,
    title: spec.title.slice(0, 300),
    relatedId: spec.relatedId ?? null,
    dedupeKey,
    state: 'OPEN',
  });
  return true;
}
