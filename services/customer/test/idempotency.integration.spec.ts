import { DEFAULT_CUSTOMER_POLICY } from '../src';
import { codes, Harness, startHarness, staff } from './support/harness';

type Created = { customer: { id: string } | null; duplicates: { customerId: string }[] };

/** create mutations take an idempotency key; a repeat by the same caller within the window creates nothing. */
describe('idempotent creates (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-03-10T01:00:00Z');
  });
  afterAll(() => h.stop());

  const create = (input: Record<string, unknown>, caller = staff.rep) =>
    h.mutate<Created>(
      caller,
      'createCustomer',
      { entityKind: 'COMPANY', type: 'DEALER', ...input },
      'customer { id } duplicates { customerId }',
    );
  const countNamed = async (name: string) =>
    (
      await h.gql<{ customers: { totalCount: number } }>(
        staff.gm,
        'query($name: String) { customers(filter: { nameContains: $name }) { totalCount } }',
        { name },
      )
    ).customers.totalCount;

  it('X-080 a repeated createCustomer with the same key returns the same customer, with its warnings, and creates nothing', async () => {
    const earlier = await create({ name: '绍兴兰亭酒业有限公司' });
    const first = await create({ name: '绍兴兰亭酒业有限公司', idempotencyKey: 'form-7f3a' });
    expect(first.duplicates).toEqual([{ customerId: earlier.customer!.id }]);
    h.clock.set('2026-03-10T20:00:00Z');
    const repeat = await create({ name: '绍兴兰亭酒业有限公司', idempotencyKey: 'form-7f3a' });
    expect(repeat).toEqual({ ...first, userErrors: [] });
    expect(await countNamed('绍兴兰亭酒业')).toBe(2);

    // The key is the caller's: another person's same key is another create.
    const colleague = await create({ name: '绍兴兰亭酒业有限公司', idempotencyKey: 'form-7f3a' }, staff.rep2);
    expect(colleague.customer!.id).not.toBe(first.customer!.id);
  });

  it('X-080 a concurrent double submit creates one customer', async () => {
    const input = { name: '舟山海鲜冷链有限公司', idempotencyKey: 'double-click-1' };
    const results = await Promise.all([create(input), create(input), create(input)]);
    expect(results.map((r) => r.userErrors)).toEqual([[], [], []]);
    expect(new Set(results.map((r) => r.customer!.id)).size).toBe(1);
    expect(await countNamed('舟山海鲜冷链')).toBe(1);
  });

  it('X-080 reusing a key after idempotency.windowHours (24 h) is refused with IDEMPOTENCY_KEY_REUSED and creates nothing', async () => {
    h.clock.set('2026-03-11T01:00:00Z');
    const first = await create({ name: '宁波北仑港务有限公司', idempotencyKey: 'import-batch-9' });
    h.clock.set('2026-03-12T01:00:00Z'); // exactly 24 h later: still the same create
    expect((await create({ name: '宁波北仑港务有限公司', idempotencyKey: 'import-batch-9' })).customer!.id).toBe(first.customer!.id);
    h.clock.set('2026-03-12T01:00:01Z');
    const late = await create({ name: '宁波北仑港务有限公司', idempotencyKey: 'import-batch-9' }, staff.rep);
    expect(late.customer).toBeNull();
    expect(codes(late)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await countNamed('宁波北仑港务')).toBe(1);
    expect(codes(await create({ name: '超长键公司', idempotencyKey: 'k'.repeat(65) }))).toEqual(['TOO_LONG']);
  });

  it('X-080 the window is configuration (idempotency.windowHours)', async () => {
    const other = await startHarness('2026-03-10T01:00:00Z', { ...DEFAULT_CUSTOMER_POLICY, idempotency: { windowHours: 1 } });
    try {
      const input = { name: '衢州柑橘合作社', entityKind: 'COMPANY', type: 'DEALER', idempotencyKey: 'k-1' };
      await other.mutate(staff.rep, 'createCustomer', input, 'customer { id }');
      other.clock.set('2026-03-10T02:30:00Z');
      expect(codes(await other.mutate(staff.rep, 'createCustomer', input, 'customer { id }'))).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    } finally {
      await other.stop();
    }
  });

  it('X-080 contacts, customer events and communication records take the key too; a concurrent repeat creates one', async () => {
    h.clock.set('2026-03-13T01:00:00Z');
    const customerId = (await create({ name: '温州瓯江电器有限公司' })).customer!.id;
    const contact = { customerId, contact: { name: '郑经理', mobile: '13857712345' }, idempotencyKey: 'contact-1' };
    const contacts = await Promise.all(
      [1, 2].map(() => h.mutate<{ contact: { id: string } }>(staff.rep, 'addContact', contact, 'contact { id }')),
    );
    expect(contacts[0].contact.id).toBe(contacts[1].contact.id);

    const event = { customerId, type: 'MAJOR_CHANGE', occurredOn: '2026-03-12', summary: '法定代表人变更', idempotencyKey: 'event-1' };
    const events = await Promise.all(
      [1, 2].map(() => h.mutate<{ event: { id: string } }>(staff.rep, 'recordCustomerEvent', event, 'event { id }')),
    );
    expect(events[0].event.id).toBe(events[1].event.id);

    const call = {
      customerId,
      channel: 'PHONE',
      serviceType: 'PRE_SALE',
      occurredAt: '2026-03-13T02:00:00Z',
      subject: '询价',
      idempotencyKey: 'call-1',
    };
    const calls = await Promise.all(
      [1, 2].map(() => h.mutate<{ communication: { id: string } }>(staff.rep, 'recordCommunication', call, 'communication { id }')),
    );
    expect(calls[0].communication.id).toBe(calls[1].communication.id);

    const profile = await h.gql<{ customer: { contacts: unknown[]; events: unknown[]; communications: unknown[] } }>(
      staff.rep,
      'query($id: ID!) { customer(id: $id) { contacts { id } events { id } communications { id } } }',
      { id: customerId },
    );
    expect([profile.customer.contacts.length, profile.customer.events.length, profile.customer.communications.length]).toEqual([1, 1, 1]);
  });
});
