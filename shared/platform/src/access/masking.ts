/**
 * X-022 masking patterns: what a caller without the field's permission sees instead of the value.
 * PHONE keeps the first 3 and last 4 digits (138****5678), TAIL4 keeps the last 4 characters (USCC, bank account),
 * HIDE gives null (amounts, ratings, free text).
 */
export const MASK_STYLES = ['PHONE', 'TAIL4', 'HIDE'] as const;
export type MaskStyle = (typeof MASK_STYLES)[number];

export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length <= 7) return '*'.repeat(Math.max(digits.length, 4));
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

export function maskTail4(value: string): string {
  return value.length <= 4 ? '*'.repeat(value.length) : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

/** The masked form of a field value; HIDE gives null for anything, lists of phones or codes are masked per element. */
export function maskValue(value: unknown, style: MaskStyle): unknown {
  if (value === null || value === undefined || style === 'HIDE') return null;
  if (Array.isArray(value)) return value.map((v) => maskValue(v, style));
  if (typeof value !== 'string') return null;
  return style === 'PHONE' ? maskPhone(value) : maskTail4(value);
}
