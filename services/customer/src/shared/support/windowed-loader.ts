import DataLoader from 'dataloader';
import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';

export interface WindowSpec<E extends ObjectLiteral> {
  repository: Repository<E>;
  /** The entity property that groups rows, e.g. customerId. */
  groupBy: keyof E & string;
  /** Sort within a group, most relevant first; the id is appended as tie-breaker. */
  orderBy: readonly (readonly [keyof E & string, 'ASC' | 'DESC'])[];
  /** Extra conditions on the ranked rows (alias `w`), e.g. visibility. */
  restrict?: (qb: SelectQueryBuilder<E>, alias: string) => void;
}

/**
 * Per-request loaders of "the first N rows of each group" (a customer's last 20 records): one SQL statement for the
 * whole batch, ranking rows with ROW_NUMBER() OVER (PARTITION BY …) — supported by SQLite and MariaDB 10.11 — so a
 * list of 50 customers costs what a list of 1 costs. One loader per N, created on first use.
 */
export function windowedLoaders<E extends ObjectLiteral & { id: string }>(spec: WindowSpec<E>): (limit: number) => DataLoader<string, E[]> {
  const loaders = new Map<number, DataLoader<string, E[]>>();
  const order = [...spec.orderBy, ['id', spec.orderBy[0]?.[1] ?? 'DESC'] as const];
  const window = order.map(([property, direction]) => `w.${property} ${direction}`).join(', ');
  return (limit) => {
    let loader = loaders.get(limit);
    if (!loader) {
      loader = new DataLoader<string, E[]>(async (keys) => {
        if (limit <= 0) return keys.map(() => []);
        const rows = await spec.repository
          .createQueryBuilder('e')
          .innerJoin(
            (sub) => {
              const ranked = sub
                .select('w.id', 'id')
                .addSelect(`ROW_NUMBER() OVER (PARTITION BY w.${spec.groupBy} ORDER BY ${window})`, 'rn')
                .from(spec.repository.target, 'w')
                .where(`w.${spec.groupBy} IN (:...windowKeys)`, { windowKeys: [...keys] });
              spec.restrict?.(ranked as SelectQueryBuilder<E>, 'w');
              return ranked;
            },
            'ranked',
            'ranked.id = e.id',
          )
          .where('ranked.rn <= :windowLimit', { windowLimit: limit })
          .orderBy(
            order
              .map(([property, direction]) => [`e.${property}`, direction] as const)
              .reduce<Record<string, 'ASC' | 'DESC'>>((all, [k, d]) => ({ ...all, [k]: d }), {}),
          )
          .getMany();
        const byKey = new Map<string, E[]>();
        for (const row of rows) {
          const key = String(row[spec.groupBy]);
          const list = byKey.get(key);
          if (list) list.push(row);
          else byKey.set(key, [row]);
        }
        return keys.map((key) => byKey.get(key) ?? []);
      });
      loaders.set(limit, loader);
    }
    return loader;
  };
}
