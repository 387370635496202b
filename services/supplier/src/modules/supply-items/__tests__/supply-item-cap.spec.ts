import { supplyItemCap } from '../supply-items.rules';
import { DEFAULT_SUPPLIER_POLICY } from '../../../shared/supplier-policy';

const cap = (spend: string) => supplyItemCap('GOODS', spend, DEFAULT_SUPPLIER_POLICY);

describe('SUP-020 supplier cap per item', () => {
  it.each([
    ['25000000.00', 8],
    ['20000000.00', 8],
    ['19999999.99', 7],
    ['3000000.00', 7],
    ['2999999.99', 6],
    ['100000000.00', 8],
    ['100000000.01', null],
    ['0.00', 6],
  ])('SUP-020 annual spend %s → cap %s', (spend, expected) => {
    expect(cap(spend)).toBe(expected);
  });

  it('SUP-020 construction, labour and service items have no cap unless configured', () => {
    expect(supplyItemCap('SERVICE', '25000000.00', DEFAULT_SUPPLIER_POLICY)).toBeNull();
    expect(supplyItemCap('CONSTRUCTION', '1000.00', DEFAULT_SUPPLIER_POLICY)).toBeNull();
    expect(supplyItemCap('LABOUR', '1000.00', { ...DEFAULT_SUPPLIER_POLICY, cappedCategories: ['GOODS', 'LABOUR'] })).toBe(6);
  });

  it('SUP-020 the bands are configuration', () => {
    const bands = [
      { fromSpend: '1000000.00', cap: 3 },
      { fromSpend: '0.00', cap: 2 },
    ];
    expect(supplyItemCap('GOODS', '999999.99', { ...DEFAULT_SUPPLIER_POLICY, capBands: bands })).toBe(2);
    expect(supplyItemCap('GOODS', '1000000.00', { ...DEFAULT_SUPPLIER_POLICY, capBands: bands })).toBe(3);
  });
});
