import { codes, completeProfile, Harness, startHarness, staff, testUscc } from './support/harness';

/** CUS-005 under concurrency: the USCC check holds when the requests arrive together (SQLite and MariaDB). */
describe('CUS-005 one customer per USCC under concurrent writes (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  const countWith = async (usccCode: string) =>
    (
      await h.gql<{ customers: { totalCount: number } }>(
        staff.vp,
        'query($u: String) { customers(filter: { usccCode: $u }) { totalCount } }',
        { u: usccCode },
      )
    ).customers.totalCount;

  it('CUS-005 twenty concurrent creates with one USCC open one customer; the others are refused as duplicates', async () => {
    const usccCode = testUscc(9101, '330100');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.mutate<{ customer: { id: string } | null }>(
          staff.rep,
          'createCustomer',
          completeProfile({ name: `并发测试${i}有限公司`, usccCode }),
          'customer { id }',
        ),
      ),
    );
    expect(results.filter((r) => r.customer).length).toBe(1);
    expect(results.filter((r) => !r.customer).map(codes)).toEqual(Array.from({ length: 19 }, () => ['DUPLICATE_USCC']));
    expect(await countWith(usccCode)).toBe(1);
  });

  it('CUS-005 concurrent edits giving two customers one USCC: one edit succeeds, the other is refused', async () => {
    const usccCode = testUscc(9102, '330100');
    const ids = await Promise.all(
      [0, 1].map(
        async (i) =>
          (
            await h.mutate<{ customer: { id: string } }>(
              staff.rep,
              'createCustomer',
              completeProfile({ name: `并发修改${i}有限公司` }),
              'customer { id }',
            )
          ).customer.id,
      ),
    );
    const edits = await Promise.all(
      ids.map((id) =>
        h.mutate<{ customer: { id: string } | null }>(staff.rep, 'updateCustomer', { id, version: 1, usccCode }, 'customer { id }'),
      ),
    );
    expect(edits.map(codes).sort()).toEqual([[], ['DUPLICATE_USCC']]);
    expect(await countWith(usccCode)).toBe(1);
  });
});
