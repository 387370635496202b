import { formatCents, toCents } from '@crm/platform';
import type { ReceptionPolicy } from './reception-policy';
import type { ReceptionViolation } from './reception-request.rules';

/** One gift (礼品) planned for the guests: what it is, its value per piece in yuan, how many. */
export interface GiftItemModel {
  name: string;
  /** Two-place decimal string, as the Decimal scalar gives it. */
  unitValue: string;
  qty: number;
}

/** Input bounds (not rule-book numbers): they keep a gift list a clear userError instead of a database error. */
export const GIFT_LIMITS = {
  /** The items are one JSON text column; 50 lines is far beyond any real gift list. */
  maxItems: 50,
  nameLength: 100,
  /**
   * Largest unit value or total accepted. DECIMAL(18,2) would hold more, but SQLite hands decimals back as doubles,
   * exact in cents only up to about 9 × 10^13 cents; 10 billion yuan stays well inside.
   */
  maxAmount: '9999999999.99',
} as const;

/** What REC-009 makes of a gift list under a policy. */
export interface GiftAssessment {
  /** Σ unit value × quantity, computed here and never taken from the client. */
  total: string;
  /** Items whose unit value reaches the important-gift threshold. */
  valuableItems: GiftItemModel[];
  /** The total reaches the important-total threshold. */
  totalReached: boolean;
  /** 重要礼品: needs GIFT_IMPORTANT (executive committee) approval; otherwise the department supervisor arranges it. */
  important: boolean;
}

const v = (field: string[], code: string, zh: string, en: string): ReceptionViolation => ({ field, code, message: { zh, en } });

/** unit value × quantity of one line, in yuan. */
export const lineTotal = (item: GiftItemModel): string => formatCents(toCents(item.unitValue) * BigInt(item.qty));

const totalCents = (items: readonly GiftItemModel[]): bigint =>
  items.reduce((sum, item) => sum + toCents(item.unitValue) * BigInt(item.qty), 0n);

/**
 * REC-009: the gifts of one reception are important when any unit value is at least `giftImportantUnitValue` or
 * their total at least `giftImportantTotal` (both inclusive, both configuration).
 */
export function assessGifts(items: readonly GiftItemModel[], policy: ReceptionPolicy): GiftAssessment {
  const total = totalCents(items);
  const unitThreshold = toCents(policy.giftImportantUnitValue);
  const valuableItems = items.filter((item) => toCents(item.unitValue) >= unitThreshold);
  const totalReached = total >= toCents(policy.giftImportantTotal);
  return { total: formatCents(total), valuableItems, totalReached, important: valuableItems.length > 0 || totalReached };
}

/** Why the gifts need the executive committee, as the approver reads it (empty when they do not). */
export function importantGiftReason(assessment: GiftAssessment, policy: ReceptionPolicy): string {
  const parts = assessment.valuableItems.map((item) => `「${item.name}」单价 ${item.unitValue} 元(≥ ${policy.giftImportantUnitValue} 元)`);
  if (assessment.totalReached) parts.push(`礼品合计 ${assessment.total} 元(≥ ${policy.giftImportantTotal} 元)`);
  return parts.length ? `重要礼品:${parts.join(';')}` : '';
}

/**
 * Checks a gift list before it is saved. Pure: the service maps the violations to userErrors under `input`. Names are
 * expected trimmed; amounts are two-place decimal strings.
 */
export function giftViolations(items: readonly GiftItemModel[]): ReceptionViolation[] {
  if (items.length === 0) return [v(['items'], 'EMPTY_GIFT_LIST', '礼品清单不能为空', 'The gift list needs at least one gift')];
  const out: ReceptionViolation[] = [];
  if (items.length > GIFT_LIMITS.maxItems) {
    out.push(
      v(['items'], 'TOO_MANY_GIFTS', `礼品清单最多 ${GIFT_LIMITS.maxItems} 项`, `A gift list has at most ${GIFT_LIMITS.maxItems} lines`),
    );
  }
  const max = toCents(GIFT_LIMITS.maxAmount);
  items.forEach((item, i) => {
    const at = (field: string) => ['items', String(i), field];
    if (item.name === '') out.push(v(at('name'), 'REQUIRED', '礼品名称不能为空', 'The gift name is required'));
    if (item.name.length > GIFT_LIMITS.nameLength) {
      out.push(
        v(
          at('name'),
          'TOO_LONG',
          `礼品名称不能超过 ${GIFT_LIMITS.nameLength} 个字符`,
          `The gift name must be at most ${GIFT_LIMITS.nameLength} characters`,
        ),
      );
    }
    if (!Number.isInteger(item.qty) || item.qty < 1)
      out.push(v(at('qty'), 'INVALID_QUANTITY', '礼品数量至少为 1', 'The quantity must be at least 1'));
    const unit = toCents(item.unitValue);
    if (unit <= 0n) out.push(v(at('unitValue'), 'INVALID_UNIT_VALUE', '礼品单价必须大于 0', 'The unit value must be greater than 0'));
    else if (unit > max)
      out.push(
        v(
          at('unitValue'),
          'AMOUNT_TOO_LARGE',
          `礼品单价不能超过 ${GIFT_LIMITS.maxAmount} 元`,
          `The unit value cannot exceed ${GIFT_LIMITS.maxAmount}`,
        ),
      );
  });
  // The total is only meaningful once every line is valid.
  if (out.length === 0 && totalCents(items) > max) {
    out.push(
      v(
        ['items'],
        'AMOUNT_TOO_LARGE',
        `礼品合计不能超过 ${GIFT_LIMITS.maxAmount} 元`,
        `The gift total cannot exceed ${GIFT_LIMITS.maxAmount}`,
      ),
    );
  }
  return out;
}
