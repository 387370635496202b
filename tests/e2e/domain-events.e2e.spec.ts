import { startStack, Stack } from '../support/stack';
import { deleteStreams } from '../support/nats-streams';

type UserErrors = { userErrors: { code: string; field: string[]; message: string }[] };
interface Customer {
  id: string;
  version: number;
  filingStatus: string;
  lifecycleStage: string;
  lastOrderOn: string | null;
  ownerDepartmentId: string | null;
}

/**
 * Domain events between the subgraphs, through the gateway as a frontend sees their effects: customer filing and
 * deletion reach reception's settlement check (CUS-004, REC-011), a merge re-points the other subgraphs' records
 * (CUS-006), credit's receivables move the customer's lifecycle (CUS-033, CUS-034).
 */
describe('domain events between subgraphs through the gateway', () => {
  let stack: Stack;
  const tokens: Record<string, string> = {};

  // With TEST_EVENTS=nats the five subgraphs exchange their events through NATS JetStream, on streams of their own.
  const nats = process.env.TEST_EVENTS === 'nats';
  const prefix =
    `E2E${(process.env.TEST_DATABASE_RUN ?? '').replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}_${Date.now().toString(36)}`.toUpperCase();

  beforeAll(async () => {
    stack = await startStack(
      nats ? { EVENTS_URL: process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222', EVENTS_STREAM_PREFIX: prefix } : {},
    );
    for (const role of ['GM', 'FINANCE']) tokens[role] = await stack.tokenFor(role);
  });
  afterAll(async () => {
    await stack?.stop();
    if (nats) await deleteStreams(prefix);
  });

  const as = async <T>(role: string, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await stack.request<T>(query, { token: tokens[role], variables });
    if (result.errors?.length) throw new Error(`${role}: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };
  const eventually = async (check: () => Promise<boolean>, what: string, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const customers = async () =>
    (
      await as<{ customers: { edges: { node: Customer }[] } }>(
        'GM',
        '{ customers(first: 100) { edges { node { id version filingStatus lifecycleStage lastOrderOn ownerDepartmentId } } } }',
      )
    ).customers.edges.map((e) => e.node);
  const customer = async (id: string) =>
    (
      await as<{ customer: Customer }>(
        'GM',
        'query($id: ID!) { customer(id: $id) { id version filingStatus lifecycleStage lastOrderOn ownerDepartmentId } }',
        {
          id,
        },
      )
    ).customer;
  const consumerCaughtUp = (service: string, consumer: string) => async () => {
    const status = await stack.subgraphs[service].events.status();
    const found = status.consumers.find((c) => c.name === consumer);
    return Boolean(found && found.lag === 0 && found.applied > 0);
  };

  describe('CUS-004 REC-011 settlement against reception’s projection of customer filing', () => {
    /** A completed reception of `customerId` (completion is not in the graph yet: the row is arranged directly). */
    const completedReception = async (customerId: string): Promise<{ id: string; version: number }> => {
      const reception = stack.subgraphs.reception.dataSource;
      const [row] = await reception.query<{ id: string }[]>(
        "SELECT id FROM reception WHERE state <> 'COMPLETED' AND customer_id IS NOT NULL ORDER BY id LIMIT 1",
      );
      await reception.query("UPDATE reception SET customer_id = ?, state = 'COMPLETED' WHERE id = ?", [customerId, row.id]);
      const read = await as<{ reception: { id: string; version: number } }>('GM', 'query($id: ID!) { reception(id: $id) { id version } }', {
        id: row.id,
      });
      return read.reception;
    };
    const settle = (reception: { id: string; version: number }) =>
      as<{ settleReception: { reception: { state: string } | null } & UserErrors }>(
        'GM',
        'mutation($input: SettleReceptionInput!) { settleReception(input: $input) { reception { state } userErrors { code field message } } }',
        { input: reception },
      ).then((r) => r.settleReception);
    const stateOf = async (id: string) =>
      (await as<{ reception: { state: string } }>('GM', 'query($id: ID!) { reception(id: $id) { state } }', { id })).reception.state;
    const projected = (customerId: string) =>
      stack.subgraphs.reception.dataSource.query<{ deleted: number | boolean }[]>(
        'SELECT deleted FROM customer_filing WHERE customer_id = ?',
        [customerId],
      );

    beforeAll(() => eventually(consumerCaughtUp('reception', 'reception-customer-filing'), 'reception knows the customers’ filing'));

    it('REC-011 a filed customer’s reception is settled, a draft customer’s is refused as not filed', async () => {
      const all = await customers();
      const filed = all.find((c) => c.filingStatus === 'FILED')!;
      const draft = all.find((c) => c.filingStatus === 'DRAFT')!;
      expect(await settle(await completedReception(filed.id))).toEqual({ reception: { state: 'SETTLED' }, userErrors: [] });
      const refused = await completedReception(draft.id);
      const answer = await settle(refused);
      expect(answer.userErrors.map((e) => e.code)).toEqual(['CUSTOMER_NOT_FILED']);
      expect(await stateOf(refused.id)).toBe('SETTLEMENT_REFUSED');
    });

    it('CUS-007 REC-011 a deleted customer is refused as not found once the deletion event arrived, and settles again once restored', async () => {
      const filed = (await customers()).filter((c) => c.filingStatus === 'FILED')[1];
      const deleted = await as<{ deleteCustomer: UserErrors }>(
        'GM',
        'mutation($input: DeleteCustomerInput!) { deleteCustomer(input: $input) { userErrors { code field message } } }',
        { input: { id: filed.id, version: filed.version, reason: 'duplicate file' } },
      );
      expect(deleted.deleteCustomer.userErrors).toEqual([]);
      await eventually(async () => (await projected(filed.id))[0]?.deleted == true, 'reception learns the deletion');
      expect((await settle(await completedReception(filed.id))).userErrors.map((e) => e.code)).toEqual(['CUSTOMER_NOT_FOUND']);

      const restored = await as<{ restoreCustomer: UserErrors }>(
        'GM',
        'mutation($input: RestoreCustomerInput!) { restoreCustomer(input: $input) { userErrors { code field message } } }',
        { input: { id: filed.id } },
      );
      expect(restored.restoreCustomer.userErrors).toEqual([]);
      await eventually(async () => (await projected(filed.id))[0]?.deleted == false, 'reception learns the restore');
      expect(await settle(await completedReception(filed.id))).toEqual({ reception: { state: 'SETTLED' }, userErrors: [] });
    });

    it('REC-011 a customer the customer subgraph never announced is refused as not found', async () => {
      expect((await settle(await completedReception('00000000-0000-4000-8000-00000000dead'))).userErrors.map((e) => e.code)).toEqual([
        'CUSTOMER_NOT_FOUND',
      ]);
    });
  });

  it('CUS-006 after a merge the survivor’s complaints, receptions and receivables include the merged customer’s', async () => {
    const counts = async (id: string) => {
      const read = await as<{
        customer: { complaints: { totalCount: number }; receptions: { totalCount: number } };
        receivables: { totalCount: number };
      }>(
        'GM',
        'query($id: ID!) { customer(id: $id) { complaints { totalCount } receptions { totalCount } } receivables(filter: { customerId: $id }) { totalCount } }',
        { id },
      );
      return {
        complaints: read.customer.complaints.totalCount,
        receptions: read.customer.receptions.totalCount,
        receivables: read.receivables.totalCount,
      };
    };
    const all = await customers();
    const withRecords: { id: string; c: Awaited<ReturnType<typeof counts>> }[] = [];
    for (const c of all.slice(0, 40)) {
      const found = await counts(c.id);
      if (found.complaints && found.receptions && found.receivables) withRecords.push({ id: c.id, c: found });
      if (withRecords.length === 2) break;
    }
    expect(withRecords).toHaveLength(2);
    const [survivor, merged] = withRecords;
    const result = await as<{ mergeCustomers: UserErrors }>(
      'GM',
      'mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) { userErrors { code field message } } }',
      { input: { survivorId: survivor.id, mergedIds: [merged.id] } },
    );
    expect(result.mergeCustomers.userErrors).toEqual([]);
    const expected = {
      complaints: survivor.c.complaints + merged.c.complaints,
      receptions: survivor.c.receptions + merged.c.receptions,
      receivables: survivor.c.receivables + merged.c.receivables,
    };
    await eventually(async () => JSON.stringify(await counts(survivor.id)) === JSON.stringify(expected), 'the records follow the survivor');
    expect(await counts(survivor.id)).toEqual(expected);
  });

  it('CUS-033 CUS-034 a paid receivable in credit makes a potential customer NEW with its last-order date; an unpaid one does not', async () => {
    const potential = (await customers()).filter((c) => c.lifecycleStage === 'POTENTIAL' && c.ownerDepartmentId);
    expect(potential.length).toBeGreaterThanOrEqual(2);
    const [paid, unpaid] = potential;
    const record = (c: Customer, invoiceRef: string, paidAmount: string) =>
      as<{ recordReceivable: UserErrors }>(
        'FINANCE',
        'mutation($input: RecordReceivableInput!) { recordReceivable(input: $input) { userErrors { code field message } } }',
        {
          input: {
            invoiceRef,
            customerId: c.id,
            departmentId: c.ownerDepartmentId,
            amount: '12000.00',
            paidAmount,
            invoiceDate: '2026-11-20',
            termDays: 30,
          },
        },
      );
    expect((await record(paid, 'INV-EV-PAID-1', '12000.00')).recordReceivable.userErrors).toEqual([]);
    expect((await record(unpaid, 'INV-EV-OPEN-1', '0.00')).recordReceivable.userErrors).toEqual([]);
    await eventually(async () => (await customer(paid.id)).lifecycleStage === 'NEW', 'the paid order reaches the customer');
    expect(await customer(paid.id)).toMatchObject({ lifecycleStage: 'NEW', lastOrderOn: '2026-11-20' });
    await eventually(consumerCaughtUp('customer', 'customer-credit-orders'), 'the customer subgraph read every receivable');
    expect(await customer(unpaid.id)).toMatchObject({ lifecycleStage: 'POTENTIAL' });
  });

  it('CUS-035 the customer subgraph keeps the complaint subgraph’s valid-complaint counts and flags customers with 3 or more as problem customers', async () => {
    await eventually(consumerCaughtUp('customer', 'customer-complaint-facts'), 'the customer subgraph read the complaint counts');
    const since = new Date(Date.now() - 365 * 86_400_000).toISOString();
    const read = await as<{
      customers: {
        edges: {
          node: {
            id: string;
            problemCustomer: boolean;
            validComplaintsLast12Months: number;
            complaints: { totalCount: number; edges: { node: { validity: string; receivedAt: string } }[] };
          };
        }[];
      };
    }>(
      'GM',
      `query($since: DateTime!) { customers(first: 20) { edges { node { id problemCustomer validComplaintsLast12Months
        complaints(first: 20, filter: { receivedFrom: $since }) { totalCount edges { node { validity receivedAt } } } } } } }`,
      { since },
    );
    const withComplaints = read.customers.edges.map((e) => e.node).filter((c) => c.complaints.totalCount > 0);
    expect(withComplaints.length).toBeGreaterThan(0);
    for (const c of withComplaints) {
      const valid = c.complaints.edges.filter((e) => e.node.validity === 'VALID' && e.node.receivedAt > since).length;
      expect({ id: c.id, count: c.validComplaintsLast12Months, problem: c.problemCustomer }).toEqual({
        id: c.id,
        count: valid,
        problem: valid >= 3,
      });
    }
  });
});
