import type { Caller } from '@crm/platform';
import { codes, Harness, startHarness, staff, testUscc } from './support/harness';

/** Merging duplicates through GraphQL: dry run, one transaction, merged ids as aliases (CUS-006, X-004). */
describe('merge (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-05-01T02:00:00Z');
  });
  afterAll(() => h.stop());

  const create = async (input: Record<string, unknown>) =>
    (
      await h.mutate<{ customer: { id: string } }>(
        staff.rep,
        'createCustomer',
        { entityKind: 'COMPANY', type: 'DEALER', ...input },
        'customer { id }',
      )
    ).customer.id;

  let survivor: string;
  let duplicate: string;
  const survivorUscc = testUscc(701, '330100');

  beforeAll(async () => {
    survivor = await create({
      name: '杭州华越商贸有限公司',
      usccCode: survivorUscc,
      phone: '0571-88001111',
      legalRepresentative: '赵文静',
      contacts: [{ name: '孙经理', mobile: '13900000001' }],
    });
    duplicate = await create({
      name: '杭州华越商贸',
      phone: '0571-88002222',
      address: '杭州市西湖区文三路90号',
      contacts: [{ name: '钱会计', mobile: '13900000002' }],
    });
    for (const [customerId, orderRef] of [
      [survivor, 'SO-1'],
      [duplicate, 'SO-1'],
      [duplicate, 'SO-2'],
    ]) {
      await h.mutate(
        staff.rep,
        'recordCustomerOrder',
        { customerId, orderRef, orderedOn: '2026-04-20', amount: '1000', paid: true },
        'order { id }',
      );
    }
    await h.mutate(
      staff.rep,
      'recordCommunication',
      { customerId: duplicate, channel: 'PHONE', serviceType: 'PRE_SALE', occurredAt: '2026-04-21T02:00:00Z', subject: '报价' },
      'communication { id }',
    );
  });

  const PREVIEW = `query($input: MergeCustomersInput!) { customerMergePreview(input: $input) {
    survivor { id } merged { id } conflicts { field chosenCustomerId values { customerId value } } childRecords { kind count } problems { code field }
  } }`;
  type Preview = {
    customerMergePreview: {
      survivor: { id: string } | null;
      conflicts: { field: string; chosenCustomerId: string }[];
      childRecords: { kind: string; count: number }[];
      problems: { code: string }[];
    };
  };

  it('CUS-006 the dry run lists field conflicts and the child records that would move, and saves nothing', async () => {
    const preview = (
      await h.gql<Preview>(staff.infoSpecialist, PREVIEW, {
        input: { survivorId: survivor, mergedIds: [duplicate], fieldChoices: [{ field: 'phone', customerId: duplicate }] },
      })
    ).customerMergePreview;
    expect(preview.problems).toEqual([]);
    expect(preview.conflicts.map((c) => [c.field, c.chosenCustomerId])).toEqual([
      ['name', survivor],
      ['phone', duplicate],
    ]);
    // The duplicate's SO-1 is the order the survivor already has: only SO-2 moves (see the next spec).
    expect(preview.childRecords).toEqual(
      expect.arrayContaining([
        { kind: 'contacts', count: 1 },
        { kind: 'communications', count: 1 },
        { kind: 'orders', count: 1 },
      ]),
    );
    expect(
      (await h.gql<{ customer: { id: string } }>(staff.rep, 'query($id: ID!) { customer(id: $id) { id } }', { id: duplicate })).customer.id,
    ).toBe(duplicate);
  });

  it('CUS-006 a merge request is checked before anything is read', async () => {
    const bad = (
      await h.gql<Preview>(staff.infoSpecialist, PREVIEW, { input: { survivorId: survivor, mergedIds: [survivor, 'no-such-id'] } })
    ).customerMergePreview;
    expect(bad.problems.map((p) => p.code)).toEqual(['SURVIVOR_IN_MERGED']);
    const missing = (await h.gql<Preview>(staff.infoSpecialist, PREVIEW, { input: { survivorId: survivor, mergedIds: ['no-such-id'] } }))
      .customerMergePreview;
    expect(missing.problems.map((p) => p.code)).toEqual(['NOT_FOUND']);
  });

  it('CUS-006 / X-004 the merge moves every child record in one transaction and the merged id resolves to the survivor', async () => {
    const input = { survivorId: survivor, mergedIds: [duplicate], fieldChoices: [{ field: 'phone', customerId: duplicate }] };
    await expect(h.mutate(staff.rep, 'mergeCustomers', input, 'survivor { id }')).rejects.toThrow('FORBIDDEN');
    const merged = await h.mutate<{
      survivor: {
        id: string;
        name: string;
        phone: string;
        address: string;
        legalRepresentative: string;
        usccCode: string;
        mergedIds: string[];
      };
      merge: { survivorId: string; mergedIds: string[] };
    }>(
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

    const alias = await h.gql<{
      customer: { id: string; contacts: { name: string }[]; orders: { orderRef: string }[]; communications: { subject: string }[] };
    }>(staff.rep, 'query($id: ID!) { customer(id: $id) { id contacts { name } orders { orderRef } communications { subject } } }', {
      id: duplicate,
    });
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
    const since = await h.gql<{ customerMerges: { survivorId: string; mergedIds: string[] }[] }>(
      staff.rep,
      '{ customerMerges(since: "2026-01-01T00:00:00Z") { survivorId mergedIds } }',
    );
    expect(since.customerMerges).toEqual([{ survivorId: survivor, mergedIds: [duplicate] }]);
    expect(codes(await h.mutate(staff.infoSpecialist, 'restoreCustomer', { id: duplicate }, 'customer { id }'))).toEqual(['MERGED']);
    const list = await h.gql<{ customers: { edges: { node: { id: string } }[] } }>(
      staff.rep,
      '{ customers(filter: { nameContains: "华越商贸" }) { edges { node { id } } } }',
    );
    expect(list.customers.edges.map((e) => e.node.id)).toEqual([survivor]);
  });

  it('X-004 merged ids keep resolving after the survivor is itself merged', async () => {
    const third = await create({ name: '华越商贸(杭州)集团' });
    await h.mutate(staff.infoSpecialist, 'mergeCustomers', { survivorId: third, mergedIds: [survivor] }, 'survivor { id }');
    for (const id of [duplicate, survivor]) {
      expect(
        (await h.gql<{ customer: { id: string } }>(staff.rep, 'query($id: ID!) { customer(id: $id) { id } }', { id })).customer.id,
      ).toBe(third);
    }
    const aliases = await h.gql<{ customer: { mergedIds: string[] } }>(staff.rep, 'query($id: ID!) { customer(id: $id) { mergedIds } }', {
      id: third,
    });
    expect(aliases.customer.mergedIds.sort()).toEqual([duplicate, survivor].sort());
  });
});

/** CUS-006 with X-021, CUS-030, CUS-033, CUS-034: what a merge may reach, what it moves, and what it recomputes. */
describe('merge rules (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-05-01T02:00:00Z');
  });
  afterAll(() => h.stop());

  /** A SALES_DEPT_MANAGER whose scope is the east sales department only. */
  const eastManager: Caller = {
    id: 's-east-manager',
    name: '郑东',
    roles: ['SALES_DEPT_MANAGER'],
    departmentId: 'd-sales-east',
    departmentTree: ['d-sales-east'],
  };

  const create = async (caller: Caller, name: string) =>
    (
      await h.mutate<{ customer: { id: string } }>(
        caller,
        'createCustomer',
        { entityKind: 'COMPANY', type: 'DEALER', name },
        'customer { id }',
      )
    ).customer.id;
  const order = async (customerId: string, orderRef: string, orderedOn: string) =>
    expect(
      codes(
        await h.mutate(staff.gm, 'recordCustomerOrder', { customerId, orderRef, orderedOn, amount: '5000', paid: true }, 'order { id }'),
      ),
    ).toEqual([]);
  const CHILDREN = 'childRecords { kind count } notMoved { kind customerId key reason }';
  const previewOf = (children: string) =>
    `query($input: MergeCustomersInput!) { customerMergePreview(input: $input) { survivor { id } merged { id } conflicts { field } ${children} problems { code field } } }`;
  type Children = {
    childRecords: { kind: string; count: number }[];
    notMoved: { kind: string; customerId: string; key: string; reason: string }[];
  };
  type Preview = {
    customerMergePreview: Children & {
      survivor: { id: string } | null;
      merged: { id: string }[];
      conflicts: { field: string }[];
      problems: { code: string; field: string[] }[];
    };
  };
  const preview = async (caller: Caller, survivorId: string, mergedIds: string[], children = CHILDREN) =>
    (await h.gql<Preview>(caller, previewOf(children), { input: { survivorId, mergedIds } })).customerMergePreview;
  const read = (id: string) =>
    h.gql<{ customer: { id: string; name: string; deletedAt: string | null; orders: { orderRef: string }[] } | null }>(
      staff.gm,
      'query($id: ID!) { customer(id: $id) { id name deletedAt orders { orderRef } } }',
      { id },
    );

  it("CUS-006 X-021 a department-scoped manager cannot preview or merge another department's customer: not found, nothing changes", async () => {
    const own = await create(staff.rep, '宁波东润贸易有限公司');
    const other = await create(staff.southRep, '宁波东润贸易');
    await order(other, 'SO-S1', '2026-04-02');

    const dryRun = await preview(eastManager, own, [other], 'childRecords { kind count }');
    expect(dryRun.problems.map((p) => [p.code, p.field])).toEqual([['NOT_FOUND', ['input', 'mergedIds', '0']]]);
    expect(dryRun).toMatchObject({ survivor: null, merged: [], conflicts: [], childRecords: [] });
    // Out of scope as survivor too, looking exactly like an id that does not exist.
    const asSurvivor = await preview(eastManager, other, [own], 'childRecords { kind count }');
    const missing = await preview(eastManager, 'no-such-customer', [own], 'childRecords { kind count }');
    expect(asSurvivor.problems).toEqual(missing.problems);
    expect(asSurvivor.problems.map((p) => p.code)).toEqual(['NOT_FOUND']);

    for (const input of [
      { survivorId: own, mergedIds: [other] },
      { survivorId: other, mergedIds: [own] },
    ]) {
      const refused = await h.mutate<{ survivor: { id: string } | null; merge: { id: string } | null }>(
        eastManager,
        'mergeCustomers',
        input,
        'survivor { id } merge { id }',
      );
      expect(codes(refused)).toEqual(['NOT_FOUND']);
      expect(refused).toMatchObject({ survivor: null, merge: null });
    }
    expect((await read(other)).customer).toEqual({ id: other, name: '宁波东润贸易', deletedAt: null, orders: [{ orderRef: 'SO-S1' }] });
    expect((await read(own)).customer).toMatchObject({ id: own, deletedAt: null, orders: [] });
  });

  it('CUS-006 X-021 a department-scoped manager merges two customers of their own department', async () => {
    const survivor = await create(staff.rep, '温州瓯江电器有限公司');
    const duplicate = await create(staff.rep2, '温州瓯江电器');
    await order(duplicate, 'SO-E1', '2026-04-03');
    expect((await preview(eastManager, survivor, [duplicate], 'childRecords { kind count }')).problems).toEqual([]);
    const merged = await h.mutate<{ survivor: { id: string } }>(
      eastManager,
      'mergeCustomers',
      { survivorId: survivor, mergedIds: [duplicate] },
      'survivor { id }',
    );
    expect(merged.userErrors).toEqual([]);
    expect((await read(duplicate)).customer).toMatchObject({ id: survivor, orders: [{ orderRef: 'SO-E1' }] });
  });

  it('CUS-006 the dry run counts only the rows the merge moves', async () => {
    const survivor = await create(staff.rep, '嘉兴禾丰农资有限公司');
    const duplicate = await create(staff.rep, '嘉兴禾丰农资');
    await order(survivor, 'SO-100', '2026-03-01');
    await order(duplicate, 'SO-100', '2026-03-01');
    await order(duplicate, 'SO-101', '2026-03-15');
    for (const customerId of [survivor, duplicate]) {
      await h.mutate(staff.rep, 'recordAnnualRecord', { customerId, year: 2025, salesAmount: '300000' }, 'annualRecord { id }');
    }
    await h.mutate(staff.rep, 'recordAnnualRecord', { customerId: duplicate, year: 2024, salesAmount: '200000' }, 'annualRecord { id }');

    const dryRun = await preview(staff.infoSpecialist, survivor, [duplicate]);
    expect(dryRun.problems).toEqual([]);
    const byKind = Object.fromEntries(dryRun.childRecords.map((c) => [c.kind, c.count]));
    expect(byKind).toMatchObject({ orders: 1, annualRecords: 1 });
    expect(dryRun.notMoved).toEqual(
      expect.arrayContaining([
        { kind: 'orders', customerId: duplicate, key: 'SO-100', reason: 'SAME_KEY_ON_SURVIVOR' },
        { kind: 'annualRecords', customerId: duplicate, key: '2025', reason: 'SAME_KEY_ON_SURVIVOR' },
      ]),
    );

    const merged = await h.mutate<Children>(
      staff.infoSpecialist,
      'mergeCustomers',
      { survivorId: survivor, mergedIds: [duplicate] },
      CHILDREN,
    );
    expect(merged.userErrors).toEqual([]);
    // The merge moves exactly what the dry run listed, and names what it left.
    expect(merged.childRecords).toEqual(dryRun.childRecords);
    expect(merged.notMoved).toEqual(dryRun.notMoved);
    const after = await h.gql<{ customer: { orders: { orderRef: string }[]; annualRecords: { year: number }[] } }>(
      staff.gm,
      'query($id: ID!) { customer(id: $id) { orders { orderRef } annualRecords { year } } }',
      { id: survivor },
    );
    expect(after.customer.orders.map((o) => o.orderRef).sort()).toEqual(['SO-100', 'SO-101']);
    expect(after.customer.annualRecords.map((a) => a.year)).toEqual([2025, 2024]);
    // Nothing is left silently: the trail of the merged customer names every record that stayed with it.
    const trail = await h.gql<{ customerAuditTrail: { edges: { node: { note: string | null } }[] } }>(
      staff.gm,
      'query($f: AuditFilter) { customerAuditTrail(filter: $f, first: 50) { edges { node { note } } } }',
      { f: { entityType: 'customer', entityId: duplicate } },
    );
    const notes = trail.customerAuditTrail.edges.map((e) => e.node.note ?? '').join('\n');
    expect(notes).toContain('orders SO-100');
    expect(notes).toContain('annualRecords 2025');
  });

  it("CUS-006 CUS-030 a merge recomputes the survivor's last order date and lifecycle stage", async () => {
    const survivor = await create(staff.rep, '湖州太湖建材有限公司');
    const duplicate = await create(staff.rep, '湖州太湖建材');
    for (const [ref, on] of [
      ['SO-H1', '2026-01-15'],
      ['SO-H2', '2026-03-10'],
      ['SO-H3', '2026-04-20'],
    ]) {
      await order(duplicate, ref, on);
    }
    await h.mutate(
      staff.rep,
      'recordCommunication',
      { customerId: duplicate, channel: 'PHONE', serviceType: 'IN_SALE', occurredAt: '2026-04-22T02:00:00Z', subject: '回访' },
      'communication { id }',
    );
    await h.mutate(staff.rep, 'recordSatisfactionSurvey', { customerId: duplicate, score: 5, surveyedOn: '2026-04-22' }, 'survey { id }');
    type Facts = {
      customer: { lifecycleStage: string; lastOrderOn: string | null; lastServiceOn: string | null; dormant: boolean; churnRisk: boolean };
    };
    const FACTS = 'query($id: ID!) { customer(id: $id) { lifecycleStage lastOrderOn lastServiceOn dormant churnRisk } }';
    expect((await h.gql<Facts>(staff.gm, FACTS, { id: survivor })).customer).toMatchObject({
      lifecycleStage: 'POTENTIAL',
      lastOrderOn: null,
      lastServiceOn: null,
    });

    const merged = await h.mutate(
      staff.infoSpecialist,
      'mergeCustomers',
      { survivorId: survivor, mergedIds: [duplicate] },
      'survivor { id }',
    );
    expect(merged.userErrors).toEqual([]);
    // Three paid orders in 24 months, very satisfied, no complaint: LOYAL, as the lifecycle job would find it (CUS-033).
    expect((await h.gql<Facts>(staff.gm, FACTS, { id: survivor })).customer).toEqual({
      lifecycleStage: 'LOYAL',
      lastOrderOn: '2026-04-20',
      lastServiceOn: '2026-04-22',
      dormant: false,
      churnRisk: false,
    });
  });
});
