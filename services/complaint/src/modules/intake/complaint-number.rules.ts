import { DEFAULT_BUSINESS_TIME_ZONE } from '@crm/platform';

/**
 * 客诉编号 (CMP-010, CMP-011, CMP-012, CMP-013): year and month of registration in the business time zone, then a serial that restarts
 * every month. One counter per month for all case types; the counter's name carries the month, so a new month
 * starts a new counter at 1.
 */
export interface ComplaintNumberingPolicy {
  /** Serial digits, zero-padded; a longer serial keeps all its digits (CMP-011, default 4). */
  serialWidth: number;
  /** Between the month and the serial (CMP-011: none, chosen). */
  separator: string;
}

export const COMPLAINT_NUMBERING_POLICY: ComplaintNumberingPolicy = {
  serialWidth: 4,
  separator: '',
};

const periodFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The numbering period (YYYYMM) of an instant in the business time zone (CMP-011, CMP-012): the platform's one
 * configured zone (BUSINESS_TIME_ZONE, X-010), its default when none is given.
 */
export function numberingPeriod(registeredAt: Date, timeZone: string = DEFAULT_BUSINESS_TIME_ZONE): string {
  let format = periodFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
    periodFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(registeredAt);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}${part('month')}`;
}

/** The number_sequence row of one period (CMP-012: one counter per month, CMP-010: shared by all case types). */
export function complaintNumberSequence(period: string): string {
  return `complaint.number.${period}`;
}

/** CMP-011: period + serial zero-padded to the policy width; 10000 and beyond keep all their digits. */
export function formatComplaintNumber(
  period: string,
  serial: number,
  policy: ComplaintNumberingPolicy = COMPLAINT_NUMBERING_POLICY,
): string {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`complaint serial must be a positive integer, got ${serial}`);
  return `${period}${policy.separator}${String(serial).padStart(policy.serialWidth, '0')}`;
}
