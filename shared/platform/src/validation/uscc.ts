/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Y without I, O, S, V, Z; the last one is a check
 * character computed from the first 17 with weights 3^i mod 31. (CUS-003)
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export type UsccProblem = 'FORMAT' | 'CHECK_DIGIT';

/** The check character for the first 17 characters of a USCC. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Null when the code is valid, otherwise what is wrong with it. Lower case is not accepted: codes are printed upper case. */
export function usccProblem(code: string): UsccProblem | null {
  if (!FORMAT.test(code)) return 'FORMAT';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'CHECK_DIGIT';
}

/** Normalises what a user typed: trims and upper-cases (O and I stay invalid rather than being guessed). */
export function normaliseUscc(input: string): string {
  return input.trim().toUpperCase();
}
