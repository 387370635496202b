import { addMoney, isNegativeMoney } from '../src/domain/money';
import { budgetOf } from '../src/domain/reception-budget';

describe('money arithmetic', () => {
  it('adds decimal strings exactly, without float error', () => {
    expect(addMoney('0.10', '0.20')).toBe('0.30');
    expect(addMoney('9999999999999999.99', '0.01')).toBe('10000000000000000.00');
    expect(addMoney('-1.50', '1.00')).toBe('-0.50');
    expect(addMoney()).toBe('0.00');
  });

  it('tells negative amounts apart from zero', () => {
    expect(isNegativeMoney('-0.01')).toBe(true);
    expect(isNegativeMoney('0.00')).toBe(false);
    expect(isNegativeMoney('12.30')).toBe(false);
  });

  it('a budget shows its four categories and their exact sum', () => {
    expect(budgetOf({ budgetHospitality: '2400.00', budgetLodging: '840.50', budgetTransport: '700.00', budgetGifts: '0.00' })).toEqual({
      hospitality: '2400.00',
      lodging: '840.50',
      transport: '700.00',
      gifts: '0.00',
      total: '3940.50',
    });
  });
});
