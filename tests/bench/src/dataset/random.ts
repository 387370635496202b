/**
 * A small seeded generator (mulberry32), so the same seed always yields the same data set on every machine. Each
 * table draws from its own stream (seed + table name), so tables can be generated in any order.
 */
export class Random {
  private state: number;

  constructor(seed: number, stream = '') {
    let h = seed >>> 0;
    for (let i = 0; i < stream.length; i += 1) h = Math.imul(h ^ stream.charCodeAt(i), 0x9e3779b1) >>> 0;
    this.state = h;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of table) total += w;
    let r = this.next() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1][0];
  }

  /**
   * An index in [0, n) where low indexes are drawn more often (power-law skew), as a few customers account for many
   * invoices, complaints and visits. skew 1 = uniform.
   */
  skewedIndex(n: number, skew: number): number {
    return Math.min(n - 1, Math.floor(n * Math.pow(this.next(), skew)));
  }

  /** A version-4 UUID in lower-case hex (the shape randomUUID() gives the services). */
  uuid(): string {
    const hex = (digits: number) => {
      let s = '';
      for (let i = 0; i < digits; i += 1) s += Math.floor(this.next() * 16).toString(16);
      return s;
    };
    const variant = (8 + Math.floor(this.next() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  }
}

/**
 * `count` random version-4 UUIDs in ascending order: rows get random keys as the services give them, but arrive in
 * key order, so the clustered index is appended to instead of split (loading several times faster).
 */
export function sortedUuids(random: Random, count: number): string[] {
  return Array.from({ length: count }, () => random.uuid()).sort();
}

/** Shuffles in place with the given generator (Fisher–Yates). */
export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
