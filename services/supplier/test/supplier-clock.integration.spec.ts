import { randomUUID } from 'node:crypto';
import { Caller, DEV_INTERNAL_SECRET, usccCheckCharacter } from '@crm/platform';
import { callSubgraph, startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';
import { BlacklistEntryEntity } from '../src/modules/blacklist/entities/blacklist-entry.entity';

const buyer: Caller = { id: 's-majie', name: '马杰', roles: ['PROCUREMENT_UNIT'], departmentId: 'd-procurement' };

const REGISTER = `mutation($input: RegisterSupplierInput!) { registerSupplier(input: $input) { supplier { status } userErrors { code field } } }`;
const ENTRIES = `query($uscc: String!, $activeOnly: Boolean) { blacklistEntries(filter: { usccCode: $uscc, activeOnly: $activeOnly }) { totalCount edges { node { active } } } }`;

const BANNED_USCC = (() => {
  const first17 = '91130200MA7030110';
  return first17 + usccCheckCharacter(first17);
})();

/** A request run as of an instant (CLOCK_OVERRIDE) decides which day a ban is judged on, in the business time zone. */
describe('supplier on the request clock (CLOCK_OVERRIDE)', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('supplier', loadConfig, start, { CLOCK_OVERRIDE: 'true' });
    await svc.dataSource.getRepository(BlacklistEntryEntity).insert({
      id: randomUUID(),
      supplierId: null,
      usccCode: BANNED_USCC,
      bankAccountNo: null,
      reason: 'FROZEN_TWICE',
      listedOn: '2027-01-10',
      bannedThrough: '2030-01-10',
      createdBy: 'SYSTEM',
    });
  });
  afterAll(() => svc.stop());

  const asOf = <T>(instant: string, query: string, variables: Record<string, unknown>) =>
    callSubgraph<T>(svc.url, DEV_INTERNAL_SECRET, buyer, query, variables, {}, new Date(instant));
  const entries = async (instant: string, activeOnly: boolean | null) =>
    (
      await asOf<{ blacklistEntries: { totalCount: number; edges: { node: { active: boolean } }[] } }>(instant, ENTRIES, {
        uscc: BANNED_USCC,
        activeOnly,
      })
    ).data!.blacklistEntries;
  const registerAsOf = async (instant: string, accountNo: string) => {
    const input = {
      name: '唐山时点耐火材料有限公司',
      usccCode: BANNED_USCC,
      kind: 'PRODUCER',
      scopes: ['PRODUCT'],
      bankAccount: { bank: '中国工商银行唐山分行', accountNo },
    };
    return (
      await asOf<{ registerSupplier: { supplier: { status: string } | null; userErrors: { code: string }[] } }>(instant, REGISTER, {
        input,
      })
    ).data!.registerSupplier;
  };

  it('SUP-013 a ban through 10 January 2030 holds as of 23:30 that day in Shanghai and has ended as of 00:10 the next', async () => {
    const lastDay = '2030-01-10T23:30:00+08:00';
    // 16:10 UTC on 10 January is already 11 January in the business time zone.
    const dayAfter = '2030-01-10T16:10:00Z';
    expect(await entries(lastDay, true)).toEqual({ totalCount: 1, edges: [{ node: { active: true } }] });
    expect(await entries(dayAfter, true)).toEqual({ totalCount: 0, edges: [] });
    expect(await entries(dayAfter, null)).toEqual({ totalCount: 1, edges: [{ node: { active: false } }] });
    expect((await registerAsOf(lastDay, '621799990000000011')).userErrors.map((e) => e.code)).toEqual(['SUPPLIER_BLACKLISTED']);
    expect(await registerAsOf(dayAfter, '621799990000000012')).toEqual({ supplier: { status: 'APPLYING' }, userErrors: [] });
  });
});
