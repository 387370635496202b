import { codes, Harness, startHarness, staff, testUscc } from './support/harness';

/** Merging duplicates through GraphQL: dry run, one transaction, merged ids as aliases (CUS-006, X-004). */
describe('merge (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-05-01T02:00:00Z');
  });
  afterAll(() => h.stop());

  const create = async (input: Record<string, unknown>) =>
    (await h.mutate<{ customer: { id: string } }>(staff.rep, 'createCustomer', { entityKind: 'COMPANY', type: 'DEALER', ...input }, 'customer { id }')).customer.id;

  let survivor: string;
  let duplicate: string;
  const survivorUscc = testUscc(701, '330100');

  beforeAll(async () => {
    survivor = await create({ name: '杭州华越商贸有限公司', usccCode: survivorUscc, phone: '0571-88001111', legalRepresentative: '赵文静', contacts: [{ name: '孙经理', mobile: '13900000001' }] });
    duplicate = await create({ name: '杭州华越商贸', phone: '0571-88002222', address: '杭州市西湖区文三路90号', contacts: [{ name: '钱会计', mobile: '13900000002' }] });
    for (const [customerId, orderRef] of [
      [survivor, 'SO-1'],
      [duplicate, 'SO-1'],
      [duplicate, 'SO-2'],
    ]) {
      await h.mutate(staff.rep, 'recordCustomerOrder', { customerId, orderRef, orderedOn: '2026-04-20', amount: '1000', paid: true }, 'order { id }');
    }
    await h.mutate(staff.rep, 'recordCommunication', { customerId: duplicate, channel: 'PHONE', serviceType: 'PRE_SALE', occurredAt: '2026-04-21T02:00:00Z', subject: '报价' }, 'communication { id }');
  });

  const PREVIEW = `query($input: MergeCustomersInput!) { customerMergePreview(input: $input) {
    survivor { id } merged { id } conflicts { field chosenCustomerId values { customerId value } } childRecords { kind count } problems { code field }
  } }`;
  type Preview = { customerMergePreview: { survivor: { id: string } | null; conflicts: { field: string; chosenCustomerId: string }[]; childRecords: { kind: string; count: number }[]; problems: { code: string }[] } };

  it('CUS-006 the dry run lists field conflicts and the child records that would move, and saves nothing', async () => {
    const preview = (await h.gql<Preview>(staff.infoSpecialist, PREVIEW, { input: { survivorId: survivor, mergedIds: [duplicate], fieldChoices: [{ field: 'phone', customerId: duplicate }] } })).customerMergePreview;
    expect(preview.problems).toEqual([]);
    expect(preview.conflicts.map((c) => [c.field, c.chosenCustomerId])).toEqual([
      ['name', survivor],
      ['phone', duplicate],
    ]);
    expect(preview.childRecords).toEqual(
      expect.arrayContaining([
        { kind: 'contacts', count: 1 },
        { kind: 'communications', count: 1 },
        { kind: 'orders', count: 2 },
      ]),
    );
    expect((await h.gql<{ customer: { id: string } }>(staff.rep, 'query($id: ID!) { customer(id: $id) { id } }', { id: duplicate })).customer.id).toBe(duplicate);
  });

  it('CUS-006 a merge request is checked before anything is read', async () => {
    const bad = (await h.gql<Preview>(staff.infoSpecialist, PREVIEW, { input: { survivorId: survivor, mergedIds: [survivor, 'no-such-id'] } })).customerMergePreview;
    expect(bad.problems.map((p) => p.code)).toEqual(['SURVIVOR_IN_MERGED']);
    const missing = (await h.gql<Preview>(staff.infoSpecialist, PREVIEW, { input: { survivorId: survivor, mergedIds: ['no-such-id'] } })).customerMergePreview;
    expect(missing.problems.map((p) => p.code)).toEqual(['NOT_FOUND']);
  });

  it('CUS-006 / X-004 the merge moves every child record in one transaction and the merged id resolves to the survivor', async () => {
    const input = { survivorId: survivor, mergedIds: [duplicate], fieldChoices: [{ field: 'phone', customerId: duplicate }] };
    await expect(h.mutate(staff.rep, 'mergeCustomers', input, 'survivor { id }')).rejects.toThrow('FORBIDDEN');
    const merged = await h.mutate<{ survivor: { id: string; name: string; phone: string; address: string; legalRepresentative: string; usccCode: string; mergedIds: string[] }; merge: { survivorId: string; mergedIds: string[] } }>(
      staff.infoSpecialist,
      'mergeCustomers',
      input,
      'survivor { id name phone address legalRepresentative usccCode mergedIds } merge { survivorId mergedIds }',
    );
    expect(merged.userErrors).toEqual([]);
    expect(merged.survivor).toEqual({
      id: survivor,
      name: '杭州华越商贸有限公司',
      phone: '0571-88002222',
      address: '杭州市西湖区文三路90号',
      legalRepresentative: '赵文静',
      usccCode: survivorUscc,
      mergedIds: [duplicate],
    });
    expect(merged.merge).toEqual({ survivorId: survivor, mergedIds: [duplicate] });

    const alias = await h.gql<{ customer: { id: string; contacts: { name: string }[]; orders: { orderRef: string }[]; communications: { subject: string }[] } }>(
      staff.rep,
      'query($id: ID!) { customer(id: $id) { id contacts { name } orders { orderRef } communications { subject } } }',
      { id: duplicate },
    );
    expect(alias.customer.id).toBe(survivor);
    expect(alias.customer.contacts.map((c) => c.name).sort()).toEqual(['孙经理', '钱会计']);
    expect(alias.customer.orders.map((o) => o.orderRef).sort()).toEqual(['SO-1', 'SO-2']);
    expect(alias.customer.communications.map((c) => c.subject)).toEqual(['报价']);

    const entities = await h.gql<{ _entities: { id: string; name: string }[] }>(
      staff.rep,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id name } } }',
      { r: [{ __typename: 'Customer', id: duplicate }] },
    );
    expect(entities._entities).toEqual([{ id: survivor, name: '杭州华越商贸有限公司' }]);
    const since = await h.gql<{ customerMerges: { survivorId: string; mergedIds: string[] }[] }>(staff.rep, '{ customerMerges(since: "2026-01-01T00:00:00Z") { survivorId mergedIds } }');
    expect(since.customerMerges).toEqual([{ survivorId: survivor, mergedIds: [duplicate] }]);
    expect(codes(await h.mutate(staff.infoSpecialist, 'restoreCustomer', { id: duplicate }, 'customer { id }'))).toEqual(['MERGED']);
    const list = await h.gql<{ customers: { edges: { node: { id: string } }[] } }>(staff.rep, '{ customers(filter: { nameContains: "华越商贸" }) { edges { node { id } } } }');
    expect(list.customers.edges.map((e) => e.node.id)).toEqual([survivor]);
  });

  it('X-004 merged ids keep resolving after the survivor is itself merged', async () => {
    const third = await create({ name: '华越商贸(杭州)集团' });
    await h.mutate(staff.infoSpecialist, 'mergeCustomers', { survivorId: third, mergedIds: [survivor] }, 'survivor { id }');
    for (const id of [duplicate, survivor]) {
      expect((await h.gql<{ customer: { id: string } }>(staff.rep, 'query($id: ID!) { customer(id: $id) { id } }', { id })).customer.id).toBe(third);
    }
    const aliases = await h.gql<{ customer: { mergedIds: string[] } }>(staff.rep, 'query($id: ID!) { customer(id: $id) { mergedIds } }', { id: third });
    expect(aliases.customer.mergedIds.sort()).toEqual([duplicate, survivor].sort());
  });
});
