import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageWindow } from '../src';

describe('connection helpers', () => {
  it('cursors round-trip their sort values', () => {
    expect(decodeCursor(encodeCursor(['华东', 'id-1']), 2)).toEqual(['华东', 'id-1']);
  });

  it('a tampered cursor is a BAD_USER_INPUT error, not a crash', () => {
    expect(() => decodeCursor('bm9wZQ', 2)).toThrow(GraphQLError);
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow('invalid cursor');
  });

  it('page size defaults to 20 and is capped by the hard maximum', () => {
    expect(pageWindow({}, 100)).toEqual({ size: 20, backward: false });
    expect(pageWindow({ last: 5, before: 'x' }, 100)).toEqual({ size: 5, backward: true });
    expect(() => pageWindow({ first: 101 }, 100)).toThrow('page size must be at most 100: first: 101');
    expect(() => pageWindow({ first: -1 }, 100)).toThrow('page size must be from 0 to 100');
    expect(() => pageWindow({ first: 1, last: 1 }, 100)).toThrow('either first or last');
  });
});
