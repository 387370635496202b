/** Trims every string of an input (a name typed with trailing spaces is the same name); other values are kept. */
export function trimmed<T extends object>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) out[key] = typeof value === 'string' ? value.trim() : value;
  return out as T;
}
