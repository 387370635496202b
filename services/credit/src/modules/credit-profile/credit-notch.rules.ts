import type { CreditGrade, CreditNotch } from '../../generated/resolvers-types';

/** CRD-014: the grade class of each notch (AAA, AA, A → A; BBB+ … B− → B; CCC, CC, C → C; D → D). */
export const NOTCH_CLASS: Readonly<Record<CreditNotch, CreditGrade>> = Object.freeze({
  AAA: 'A',
  AA: 'A',
  A: 'A',
  BBB_PLUS: 'B',
  BBB: 'B',
  BBB_MINUS: 'B',
  BB_PLUS: 'B',
  BB: 'B',
  BB_MINUS: 'B',
  B_PLUS: 'B',
  B_MINUS: 'B',
  CCC: 'C',
  CC: 'C',
  C: 'C',
  D: 'D',
});

export function notchClass(notch: CreditNotch): CreditGrade {
  return NOTCH_CLASS[notch];
}
