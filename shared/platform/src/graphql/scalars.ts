import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

/** Money and other exact amounts: a decimal string in yuan with at most two places ("1234.50"); never a float. */
const DECIMAL = /^-?\d{1,16}(\.\d{1,2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind === Kind.STRING) return ast.value;
  if (scalar === 'Decimal' && (ast.kind === Kind.INT || ast.kind === Kind.FLOAT)) return ast.value;
  throw new GraphQLError(`${scalar} must be a string`, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
    throw new GraphQLError(`Decimal must look like "1234.56" (at most 2 decimal places), got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return normaliseDecimal(text.trim());
}

/** "12" → "12.00", "-0.5" → "-0.50": the canonical two-place form used in responses and storage. */
export function normaliseDecimal(text: string): string {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/^-/, '').split('.');
  const digits = whole.replace(/^0+(?=\d)/, '');
  const body = `${digits}.${fraction.padEnd(2, '0')}`;
  return negative && body !== '0.00' ? `-${body}` : body;
}

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'Exact decimal in yuan as a string with two places, e.g. "1234.50". Stored as DECIMAL(18,2).',
  serialize: (value) => parseDecimal(value),
  parseValue: (value) => parseDecimal(value),
  parseLiteral: (ast) => parseDecimal(literalString(ast, 'Decimal')),
});

export function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isValidDate(value)) {
    throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date YYYY-MM-DD with no time zone (business dates are in Asia/Shanghai).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literalString(ast, 'Date')),
});

function parseDateTime(value: unknown): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError(`DateTime must be ISO-8601 with a zone, e.g. 2026-03-01T08:00:00Z, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, serialised as UTC ISO-8601 (2026-03-01T08:00:00.000Z).',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError(`not a DateTime: ${String(value)}`);
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString(ast, 'DateTime')),
});

export const scalarResolvers = { Decimal: DecimalScalar, Date: DateScalar, DateTime: DateTimeScalar };
