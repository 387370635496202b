import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is writing: set per request by the platform, SYSTEM for jobs and start-up tasks. */
export interface AuditActor {
  /** Filled in once the caller of a request is verified. */
  actorId: string;
  requestId: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { actorId: 'SYSTEM', requestId: null };

const storage = new AsyncLocalStorage<AuditActor>();

/** Runs `work` with writes attributed to `actor` (the store may be filled in later, when the caller is known). */
export function runAs<T>(actor: AuditActor, work: () => T): T {
  return storage.run(actor, work);
}

export function currentActor(): AuditActor {
  return storage.getStore() ?? SYSTEM_ACTOR;
}
