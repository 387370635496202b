/** The rows a DataLoader's loadMany found, in the order given, without misses or failures. */
export function present<T>(results: readonly (T | null | Error)[]): T[] {
  return results.filter((r): r is T => r !== null && !(r instanceof Error));
}

export const byCode = <T extends { code: string }>(a: T, b: T): number => a.code.localeCompare(b.code);
