import { budgetOf } from '../reception-budget.rules';

describe('reception budget', () => {
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
