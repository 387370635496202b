/**
 * Exact arithmetic on Decimal strings ("1234.50") in fen, through BigInt: money never becomes a float.
 * The inputs are canonical amounts as the Decimal scalar and the money columns produce them.
 */
function toFen(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = amount.replace(/^-/, '').split('.');
  const fen = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -fen : fen;
}

function fromFen(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

export function addMoney(...amounts: string[]): string {
  return fromFen(amounts.reduce((sum, amount) => sum + toFen(amount), 0n));
}

export function isNegativeMoney(amount: string): boolean {
  return toFen(amount) < 0n;
}
