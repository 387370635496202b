/**
 * Exact money arithmetic: amounts are decimal strings with at most two places, computed as integer cents in BigInt.
 * Never a float.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

export function toCents(amount: string): bigint {
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new RangeError(`not a decimal amount: ${amount}`);
  const [, sign, whole, fraction = ''] = match;
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -cents : cents;
}

/** Cents → canonical two-place decimal string ("-12.05"). */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/**
 * A whole number of cents as a SQL aggregate returns it: mysql2 gives DECIMAL sums as strings ("1234" or
 * "1234.00"), better-sqlite3 as numbers. Anything that is not a whole number is a bug upstream, so it throws.
 */
export function centsFromSql(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`cents sum is not a safe whole number: ${value}`);
    return BigInt(value);
  }
  if (typeof value === 'string') {
    const match = /^(-?\d+)(?:\.0*)?$/.exec(value.trim());
    if (match) return BigInt(match[1]);
  }
  throw new RangeError(`cents sum is not a whole number: ${String(value)}`);
}

/** The exact sum of decimal amounts. */
export function addMoney(...amounts: string[]): string {
  return formatCents(amounts.reduce((sum, amount) => sum + toCents(amount), 0n));
}

export function isNegativeMoney(amount: string): boolean {
  return toCents(amount) < 0n;
}
