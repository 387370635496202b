import { groupLoader, rowLoader, valueLoader } from '../src';

describe('request-scoped loaders', () => {
  it('batch every key of one tick into one lookup and match rows back by key', async () => {
    const lookups: (readonly string[])[] = [];
    const loader = rowLoader(
      async (keys: readonly string[]) => {
        lookups.push(keys);
        return keys
          .filter((k) => k !== 'missing')
          .map((k) => ({ id: k }))
          .reverse();
      },
      (row) => row.id,
    );
    const rows = await Promise.all(['a', 'b', 'missing', 'a'].map((k) => loader.load(k)));
    expect(rows).toEqual([{ id: 'a' }, { id: 'b' }, null, { id: 'a' }]);
    expect(lookups).toEqual([['a', 'b', 'missing']]);
  });

  it('group rows per key and give a default value for keys without rows', async () => {
    const groups = groupLoader(
      async () => [
        { c: 'x', n: 1 },
        { c: 'x', n: 2 },
      ],
      (r) => r.c,
    );
    expect(await Promise.all([groups.load('x'), groups.load('y')])).toEqual([
      [
        { c: 'x', n: 1 },
        { c: 'x', n: 2 },
      ],
      [],
    ]);
    const counts = valueLoader(async () => new Map([['x', 3]]), 0);
    expect(await Promise.all([counts.load('x'), counts.load('y')])).toEqual([3, 0]);
  });
});
