import { addMoney, centsFromSql, formatCents, isNegativeMoney, toCents } from '../src';

describe('exact money arithmetic', () => {
  it('computes with integer cents, never floats', () => {
    expect(formatCents(toCents('0.10') + toCents('0.20'))).toBe('0.30');
    expect(formatCents(toCents('9999999999999999.99') - toCents('0.01'))).toBe('9999999999999999.98');
    expect(formatCents(toCents('100.00') - toCents('1234.5'))).toBe('-1134.50');
    expect(formatCents(toCents('-0.05'))).toBe('-0.05');
    expect(formatCents(0n)).toBe('0.00');
  });

  it('reads a cents sum as each database returns it and refuses anything fractional', () => {
    expect(centsFromSql('123400')).toBe(123400n);
    expect(centsFromSql('123400.00')).toBe(123400n);
    expect(centsFromSql(123400)).toBe(123400n);
    expect(centsFromSql(null)).toBe(0n);
    expect(() => centsFromSql(1.5)).toThrow(RangeError);
    expect(() => centsFromSql('12.50')).toThrow(RangeError);
    expect(() => toCents('1.234')).toThrow(RangeError);
  });

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
});
