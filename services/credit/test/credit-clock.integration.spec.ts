import { Caller, DEV_INTERNAL_SECRET } from '@crm/platform';
import { callSubgraph, startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';

const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance' };

const RECORD = `mutation($input: RecordReceivableInput!) { recordReceivable(input: $input) { receivable { dueDate state } userErrors { code field } } }`;

/** A request run as of an instant (CLOCK_OVERRIDE) decides "today" for the credit rules, in the business time zone. */
describe('credit on the request clock (CLOCK_OVERRIDE)', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('credit', loadConfig, start, { CLOCK_OVERRIDE: 'true' });
  });
  afterAll(() => svc.stop());

  let invoiceNo = 0;
  const recordAsOf = async (instant: string) => {
    invoiceNo += 1;
    const input = {
      invoiceRef: `FP-CLOCK-${invoiceNo}`,
      customerId: '00000000-0000-4000-8000-000000000031',
      departmentId: 'd-sales-east',
      amount: '800.00',
      invoiceDate: '2026-01-01',
      termDays: 30,
    };
    const result = await callSubgraph<{
      recordReceivable: { receivable: { dueDate: string; state: string } | null; userErrors: unknown[] };
    }>(svc.url, DEV_INTERNAL_SECRET, finance, RECORD, { input }, {}, new Date(instant));
    expect(result.data!.recordReceivable.userErrors).toEqual([]);
    return result.data!.recordReceivable.receivable!;
  };

  it('CRD-029 an unpaid invoice due 31 January is CURRENT as of 23:30 that day in Shanghai and OVERDUE as of 00:10 the next', async () => {
    expect(await recordAsOf('2026-01-31T23:30:00+08:00')).toEqual({ dueDate: '2026-01-31', state: 'CURRENT' });
    // 16:10 UTC on 31 January is already 1 February in the business time zone.
    expect(await recordAsOf('2026-01-31T16:10:00Z')).toEqual({ dueDate: '2026-01-31', state: 'OVERDUE' });
  });
});
