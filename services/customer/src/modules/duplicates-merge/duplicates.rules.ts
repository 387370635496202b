import { maskPhone, maskTail4 } from '@crm/platform';
import type { DuplicateKey } from '../../generated/resolvers-types';

/**
 * CUS-005 match keys. Names match after removing spaces, punctuation and the usual legal-form suffixes, so
 * "杭州恒信机械制造有限公司" and "杭州恒信机械制造 有限公司" are the same name; phones match on their digits.
 */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '公司', 'co.,ltd', 'co.ltd', 'coltd', 'ltd', 'inc', 'corp'];

export function normaliseName(name: string): string {
  let text = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
  for (const form of LEGAL_FORMS) {
    const compact = form.replace(/[.,]/g, '');
    if (text.endsWith(compact) && text.length > compact.length) {
      text = text.slice(0, -compact.length);
      break;
    }
  }
  return text;
}

/**
 * Digits only, in the domestic form: the +86 / 0086 country code dropped and the trunk 0 of an area code restored,
 * so +86 571 8600 1234, +86 (0571) 86001234 and 0571-86001234 match; mobiles keep their 11 digits.
 */
export function normalisePhone(phone: string): string {
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length >= 11) digits = digits.slice(2);
  if (!digits.startsWith('0') && !/^1\d{10}$/.test(digits) && digits.length >= 10) digits = `0${digits}`;
  return digits;
}

/** A name outside the caller's scope keeps its first character (X-022 masks the rest). */
export function maskName(name: string): string {
  return name.length <= 1 ? '*' : `${name[0]}${'*'.repeat(Math.min(name.length - 1, 8))}`;
}

/** A possible duplicate as the API reports it. */
export interface DuplicateHit {
  matchedOn: DuplicateKey[];
  customerId: string;
  code: string;
  name: string;
  phone: string | null;
  usccCode: string | null;
  ownerId: string | null;
  masked: boolean;
}

export interface DuplicateCandidate {
  id: string;
  code: string;
  name: string;
  phone: string | null;
  usccCode: string | null;
  ownerId: string | null;
}

export interface DuplicateProbe {
  name?: string | null;
  phone?: string | null;
  usccCode?: string | null;
}

/** Which keys a candidate shares with the probe (empty when none). */
export function matchKeys(probe: DuplicateProbe, candidate: DuplicateCandidate, keys: readonly DuplicateKey[]): DuplicateKey[] {
  const matched: DuplicateKey[] = [];
  if (keys.includes('USCC') && probe.usccCode && candidate.usccCode === probe.usccCode) matched.push('USCC');
  if (keys.includes('NAME') && probe.name && normaliseName(candidate.name) === normaliseName(probe.name)) matched.push('NAME');
  if (keys.includes('PHONE') && probe.phone && candidate.phone && normalisePhone(candidate.phone) === normalisePhone(probe.phone))
    matched.push('PHONE');
  return matched;
}

/** The hit, masked when the caller may not see the record. */
export function toHit(candidate: DuplicateCandidate, matchedOn: DuplicateKey[], visible: boolean): DuplicateHit {
  return {
    matchedOn,
    customerId: candidate.id,
    code: candidate.code,
    name: visible ? candidate.name : maskName(candidate.name),
    phone: visible || !candidate.phone ? candidate.phone : maskPhone(candidate.phone),
    usccCode: visible || !candidate.usccCode ? candidate.usccCode : maskTail4(candidate.usccCode),
    ownerId: visible ? candidate.ownerId : null,
    masked: !visible,
  };
}
