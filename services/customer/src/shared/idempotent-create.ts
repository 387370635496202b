import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { Message, Outcome } from '@crm/platform';
import { lostWriteRace, refused, succeeded, writeTransaction } from '@crm/platform';
import { invalid } from './refusals';
import { priorCreate } from './idempotent-create.store';
import type { Ctx, CustomerRuntime } from './runtime';

/** what finds an earlier create of the same caller: its table, the column naming the creator, its creation time. */
export interface IdempotentTarget<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  creator: keyof E & string;
  createdAt: keyof E & string;
  /** The record, for the refusal message ("客户", "Customer"). */
  what: Message;
}

const MAX_KEY_LENGTH = 64;

/** A concurrent create with the same key can lose at the unique index, or in a deadlock on MySQL: the retry replays. */
const ATTEMPTS = 3;

/**
 * runs `create` in one write transaction, at most once per (caller, idempotency key). A repeat within
 * `idempotency.windowHours` of the first create returns `replay` of the record it made and writes nothing; a repeat
 * after the window is refused with IDEMPOTENCY_KEY_REUSED. Two concurrent submits are settled by the table's unique
 * index on (creator, key): the loser rolls back and replays the winner. Without a key, `create` runs as it is.
 */
export async function createOnce<E extends ObjectLiteral, T>(
  rt: CustomerRuntime,
  target: IdempotentTarget<E>,
  rawKey: string | null | undefined,
  ctx: Ctx,
  replay: (prior: E, manager: EntityManager) => Promise<T>,
  create: (manager: EntityManager, key: string | null) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  const key = rawKey?.trim() || null;
  if (!key) return writeTransaction(rt.dataSource, (manager) => create(manager, null));
  if (key.length > MAX_KEY_LENGTH) {
    return refused([
      invalid(ctx, 'TOO_LONG', ['input', 'idempotencyKey'], {
        zh: `幂等键不能超过 ${MAX_KEY_LENGTH} 个字符`,
        en: `idempotencyKey must be at most ${MAX_KEY_LENGTH} characters`,
      }),
    ]);
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await writeTransaction(
        rt.dataSource,
        async (manager) => (await repeated(manager, rt, target, key, ctx, replay)) ?? create(manager, key),
      );
    } catch (error: unknown) {
      if (!lostWriteRace(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** The caller's earlier create with this key: replayed inside the window, refused after it; null when there is none. */
async function repeated<E extends ObjectLiteral, T>(
  manager: EntityManager,
  rt: CustomerRuntime,
  target: IdempotentTarget<E>,
  key: string,
  ctx: Ctx,
  replay: (prior: E, manager: EntityManager) => Promise<T>,
): Promise<Outcome<T> | null> {
  const where = { [target.creator]: ctx.caller.id, idempotencyKey: key } as unknown as FindOptionsWhere<E>;
  const prior = await priorCreate(manager, target.entity, where);
  if (!prior) return null;
  const hours = rt.policy.idempotency.windowHours;
  const createdAt = prior[target.createdAt] as Date;
  if (rt.clock.now().getTime() - createdAt.getTime() <= hours * 3_600_000) return succeeded(await replay(prior, manager));
  return refused([
    invalid(ctx, 'IDEMPOTENCY_KEY_REUSED', ['input', 'idempotencyKey'], {
      zh: `该幂等键已在 ${hours} 小时前用于创建${target.what.zh},请使用新的键`,
      en: `This idempotency key created a ${target.what.en.toLowerCase()} more than ${hours} hours ago; use a new key`,
    }),
  ]);
}
