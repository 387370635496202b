import type { EntityManager } from 'typeorm';
import { normaliseUscc } from '@crm/platform';
import { customersMatchingKeys } from './duplicates-merge.store';
import { customerPlacement } from '../../shared/customer-scope';
import type { DuplicateCandidate, DuplicateHit, DuplicateProbe } from './duplicates.rules';
import { matchKeys, normaliseName, normalisePhone, toHit } from './duplicates.rules';
import type { CustomerDuplicateCheckInput, DuplicateKey } from '../../generated/resolvers-types';
import type { Ctx, CustomerRuntime } from '../../shared/runtime';

const MAX_HITS = 20;

/** A hit of the duplicate check (CUS-005), as other areas receive it. */
export type { DuplicateHit } from './duplicates.rules';

/** CUS-005: the key a customer's name is matched on, kept on the customer (nameKey). */
export const nameKeyOf = (name: string): string => normaliseName(name);

/** CUS-005: the key a customer's phone is matched on, kept on the customer (phoneKey). */
export const phoneKeyOf = (phone: string): string => normalisePhone(phone);

/**
 * CUS-005: customers sharing the USCC, the normalised name or the phone digits with the probe, among non-deleted
 * customers, found through the indexed key columns. Hits outside the caller's scope are masked.
 */
export async function findDuplicates(
  manager: EntityManager,
  probe: DuplicateProbe,
  keys: readonly DuplicateKey[],
  ctx: Ctx,
  excludeId: string | null = null,
): Promise<DuplicateHit[]> {
  const uscc = probe.usccCode ? normaliseUscc(probe.usccCode) : null;
  const nameKey = probe.name ? normaliseName(probe.name) : null;
  const phoneKey = probe.phone ? normalisePhone(probe.phone) : null;
  const probes: [DuplicateKey, string, string | null][] = [
    ['USCC', 'usccCode', uscc],
    ['NAME', 'nameKey', nameKey],
    ['PHONE', 'phoneKey', phoneKey],
  ];
  const used = probes.filter(([key, , value]) => keys.includes(key) && value);
  if (!used.length) return [];
  const conditions = used.map(([, column]) => `c.${column} = :${column}`);
  const params = Object.fromEntries(used.map(([, column, value]) => [column, value]));
  const rows = await customersMatchingKeys(manager, conditions, params, excludeId, MAX_HITS);
  return rows.map((row) => {
    const candidate: DuplicateCandidate = row;
    return toHit(
      candidate,
      matchKeys({ ...probe, usccCode: uscc }, candidate, keys),
      ctx.access.covers('customer:READ', customerPlacement(row)),
    );
  });
}

/** The duplicates query (CUS-005): every match key. */
export class DuplicateService {
  constructor(private readonly rt: CustomerRuntime) {}

  check(input: CustomerDuplicateCheckInput, ctx: Ctx): Promise<DuplicateHit[]> {
    return findDuplicates(this.rt.dataSource.manager, input, ['USCC', 'NAME', 'PHONE'], ctx, input.excludeId ?? null);
  }
}
