import { GraphQLError } from 'graphql';
import { DateScalar, DateTimeScalar, DecimalScalar, normaliseDecimal } from '../src';

describe('scalars', () => {
  it('Decimal is a two-place string, never a float', () => {
    expect(DecimalScalar.parseValue('1234.5')).toBe('1234.50');
    expect(DecimalScalar.parseValue('0012')).toBe('12.00');
    expect(DecimalScalar.serialize('99999999999999.99')).toBe('99999999999999.99');
    expect(normaliseDecimal('-0.00')).toBe('0.00');
    expect(() => DecimalScalar.parseValue('1.234')).toThrow(GraphQLError);
    expect(() => DecimalScalar.parseValue('1e3')).toThrow(GraphQLError);
  });

  it('Date is a real calendar date without a time zone', () => {
    expect(DateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
    expect(() => DateScalar.parseValue('2026-02-29')).toThrow(GraphQLError);
    expect(() => DateScalar.parseValue('2026-3-1')).toThrow(GraphQLError);
  });

  it('DateTime needs a zone and is served in UTC', () => {
    expect(DateTimeScalar.serialize(DateTimeScalar.parseValue('2026-03-01T08:00:00+08:00'))).toBe('2026-03-01T00:00:00.000Z');
    expect(() => DateTimeScalar.parseValue('2026-03-01T08:00:00')).toThrow(GraphQLError);
  });
});
