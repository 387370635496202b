import { ConfigError, resolveChain } from '@crm/platform';
import type { GiftItemModel } from '../gift-request.rules';
import { assessGifts, giftViolations, importantGiftReason, lineTotal } from '../gift-request.rules';
import type { ReceptionForApproval } from '../reception-approval.rules';
import { approvalsToSubmit } from '../reception-approval.rules';
import { receptionApprovalTemplates } from '../reception.approvals';
import type { ReceptionPolicy } from '../reception-policy';
import { DEFAULT_RECEPTION_POLICY } from '../reception-policy';
import { loadReceptionPolicy } from '../../../reception-config';

const policy = DEFAULT_RECEPTION_POLICY;
const gift = (name: string, unitValue: string, qty = 1): GiftItemModel => ({ name, unitValue, qty });

/** A class C reception within the hospitality standard, so only the gifts decide the extra approvals. */
const classC: ReceptionForApproval = {
  class: 'C',
  guestCount: 3,
  startOn: '2026-06-15',
  endOn: '2026-06-15',
  purpose: '季度供货计划确认',
  budgetHospitality: '800.00',
};
const templatesOf = (gifts: GiftItemModel[], p: ReceptionPolicy = policy) => approvalsToSubmit(classC, p, gifts).map((a) => a.template);

describe('REC-009 important gifts', () => {
  it('REC-009 one gift worth 800 is important and needs executive committee approval (worked example 6)', () => {
    const assessment = assessGifts([gift('景德镇青花瓷瓶', '800.00')], policy);
    expect(assessment).toMatchObject({ total: '800.00', important: true, totalReached: false });
    expect(assessment.valuableItems.map((i) => i.name)).toEqual(['景德镇青花瓷瓶']);
    const needed = approvalsToSubmit(classC, policy, [gift('景德镇青花瓷瓶', '800.00')]);
    expect(needed.map((a) => a.template)).toEqual(['RECEPTION', 'GIFT_IMPORTANT']);
    expect(needed[1]).toEqual({
      template: 'GIFT_IMPORTANT',
      attributes: { amount: '800.00' },
      reason: '重要礼品:「景德镇青花瓷瓶」单价 800.00 元(≥ 500.00 元)',
    });
    expect(resolveChain(receptionApprovalTemplates(policy), 'GIFT_IMPORTANT', needed[1].attributes)).toEqual(['EXEC_COMMITTEE']);
  });

  it('REC-009 three gifts of 300 each (900) are arranged by the supervisor: no extra approval (worked example 6)', () => {
    expect(assessGifts([gift('丝绸围巾', '300.00', 3)], policy)).toMatchObject({
      total: '900.00',
      important: false,
      valuableItems: [],
      totalReached: false,
    });
    expect(templatesOf([gift('丝绸围巾', '300.00', 3)])).toEqual(['RECEPTION']);
  });

  it('REC-009 ten gifts of 250 (2,500) reach the total threshold and need the executive committee (worked example 6)', () => {
    const assessment = assessGifts([gift('龙井茶礼盒', '250.00', 10)], policy);
    expect(assessment).toMatchObject({ total: '2500.00', important: true, valuableItems: [], totalReached: true });
    expect(importantGiftReason(assessment, policy)).toBe('重要礼品:礼品合计 2500.00 元(≥ 2000.00 元)');
    expect(approvalsToSubmit(classC, policy, [gift('龙井茶礼盒', '250.00', 10)])[1]).toMatchObject({
      template: 'GIFT_IMPORTANT',
      attributes: { amount: '2500.00' },
    });
  });

  it('REC-009 both thresholds are inclusive: 500.00 a piece or 2,000.00 in total is important, a cent less is not', () => {
    expect(assessGifts([gift('茶具', '500.00')], policy).important).toBe(true);
    expect(assessGifts([gift('茶具', '499.99')], policy).important).toBe(false);
    expect(assessGifts([gift('茶叶', '400.00', 5)], policy)).toMatchObject({ total: '2000.00', important: true });
    expect(assessGifts([gift('茶叶', '400.00', 4), gift('书签', '399.99')], policy)).toMatchObject({ total: '1999.99', important: false });
  });

  it('REC-009 the total adds every line exactly (unit value × quantity, in cents)', () => {
    const items = [gift('纪念册', '0.10', 3), gift('钢笔', '199.99', 7), gift('U 盘', '33.33', 3)];
    expect(assessGifts(items, policy).total).toBe('1500.22');
    expect(items.map(lineTotal)).toEqual(['0.30', '1399.93', '99.99']);
  });

  it('REC-009 no gifts need no gift approval', () => {
    expect(templatesOf([])).toEqual(['RECEPTION']);
  });

  it('REC-009 the thresholds are the policy’s: with 1,000 a piece and 5,000 in total, 800 and 2,500 are ordinary', () => {
    const raised: ReceptionPolicy = { ...policy, giftImportantUnitValue: '1000.00', giftImportantTotal: '5000.00' };
    expect(templatesOf([gift('景德镇青花瓷瓶', '800.00')], raised)).toEqual(['RECEPTION']);
    expect(templatesOf([gift('龙井茶礼盒', '250.00', 10)], raised)).toEqual(['RECEPTION']);
    expect(templatesOf([gift('红木摆件', '1000.00')], raised)).toEqual(['RECEPTION', 'GIFT_IMPORTANT']);
    expect(importantGiftReason(assessGifts([gift('茶叶', '500.00', 10)], raised), raised)).toBe(
      '重要礼品:礼品合计 5000.00 元(≥ 5000.00 元)',
    );
  });

  it('REC-008/REC-009 over-standard hospitality and important gifts open both extra approvals', () => {
    const lavish = { ...classC, budgetHospitality: '5000.00' };
    expect(approvalsToSubmit(lavish, policy, [gift('景德镇青花瓷瓶', '800.00')]).map((a) => a.template)).toEqual([
      'RECEPTION',
      'RECEPTION_OVER_STANDARD',
      'GIFT_IMPORTANT',
    ]);
  });
});

describe('REC-009 gift list validation', () => {
  const codes = (items: GiftItemModel[]) => giftViolations(items).map((v) => [v.code, v.field.join('.')]);

  it('REC-009 a gift list needs at least one gift', () => {
    expect(codes([])).toEqual([['EMPTY_GIFT_LIST', 'items']]);
  });

  it('REC-009 each gift needs a name of at most 100 characters, a quantity of at least 1 and a unit value above 0', () => {
    expect(
      codes([gift('', '10.00'), gift('礼'.repeat(101), '10.00'), gift('笔', '10.00', 0), gift('本', '0.00'), gift('袋', '-5.00')]),
    ).toEqual([
      ['REQUIRED', 'items.0.name'],
      ['TOO_LONG', 'items.1.name'],
      ['INVALID_QUANTITY', 'items.2.qty'],
      ['INVALID_UNIT_VALUE', 'items.3.unitValue'],
      ['INVALID_UNIT_VALUE', 'items.4.unitValue'],
    ]);
    expect(codes([gift('礼'.repeat(100), '0.01', 1)])).toEqual([]);
  });

  it('REC-009 a list longer than 50 lines or a total beyond 10 billion yuan is refused', () => {
    expect(codes(Array.from({ length: 51 }, (_, i) => gift(`礼品${i}`, '1.00')))).toEqual([['TOO_MANY_GIFTS', 'items']]);
    expect(codes([gift('金条', '10000000000.00')])).toEqual([['AMOUNT_TOO_LARGE', 'items.0.unitValue']]);
    expect(codes([gift('金条', '9999999999.99', 2)])).toEqual([['AMOUNT_TOO_LARGE', 'items']]);
  });

  it('REC-009 messages come in Chinese and English', () => {
    expect(giftViolations([gift('笔', '10.00', 0)])[0].message).toEqual({ zh: '礼品数量至少为 1', en: 'The quantity must be at least 1' });
  });
});

describe('REC-009 gift thresholds from the environment', () => {
  it('REC-009 defaults to 500 a piece and 2,000 in total when nothing is set', () => {
    expect(loadReceptionPolicy({})).toMatchObject({ giftImportantUnitValue: '500.00', giftImportantTotal: '2000.00' });
  });

  it('REC-009 RECEPTION_GIFT_IMPORTANT_UNIT_VALUE and RECEPTION_GIFT_IMPORTANT_TOTAL override them, other values stay', () => {
    const loaded = loadReceptionPolicy({ RECEPTION_GIFT_IMPORTANT_UNIT_VALUE: '800', RECEPTION_GIFT_IMPORTANT_TOTAL: ' 3000.5 ' });
    expect(loaded).toEqual({ ...DEFAULT_RECEPTION_POLICY, giftImportantUnitValue: '800.00', giftImportantTotal: '3000.50' });
  });

  it.each(['0', '-1', 'abc', '12.345', '1e3'])('REC-009 a threshold of %p stops the service with a line naming the variable', (value) => {
    expect(() => loadReceptionPolicy({ RECEPTION_GIFT_IMPORTANT_TOTAL: value })).toThrow(ConfigError);
    expect(() => loadReceptionPolicy({ RECEPTION_GIFT_IMPORTANT_TOTAL: value })).toThrow(/RECEPTION_GIFT_IMPORTANT_TOTAL/);
  });
});
