import { codes, CUSTOMER_FIELDS, Harness, startHarness, staff, testUscc } from './support/harness';

/** Profiles, contacts, records, filing, duplicates, soft delete and reviews through GraphQL (CUS-001, CUS-002, CUS-003, CUS-004, CUS-005, CUS-006, CUS-007, CUS-008, CUS-009, CUS-010). */
describe('customer profiles (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  type Customer = { id: string; code: string; name: string; version: number; filingStatus: string; confidentiality: string } & Record<
    string,
    unknown
  >;
  type Created = {
    customer: Customer | null;
    duplicates: {
      matchedOn: string[];
      customerId: string;
      name: string;
      phone: string | null;
      masked: boolean;
      customer: { id: string } | null;
    }[];
  };

  const create = (input: Record<string, unknown>, caller = staff.rep, lang?: string) =>
    h.mutate<Created>(
      caller,
      'createCustomer',
      input,
      `customer { ${CUSTOMER_FIELDS} } duplicates { matchedOn customerId name phone masked customer { id } }`,
      lang,
    );

  let serial = 100;
  /** A profile with everything CUS-002 requires. */
  const complete = (overrides: Record<string, unknown> = {}) => {
    serial += 1;
    return {
      name: `苏州瑞丰精密机械${serial}有限公司`,
      entityKind: 'COMPANY',
      type: 'OEM_FACTORY',
      usccCode: testUscc(serial, '320500'),
      legalRepresentative: '陈国华',
      address: '苏州工业园区星湖街328号',
      postcode: '215000',
      phone: `0512-6${String(6000000 + serial).slice(0, 7)}`,
      businessScope: '精密零部件制造、销售',
      registeredCapital: '8000000',
      contacts: [{ name: '周明', position: '采购经理', mobile: '13912345678', isKeyContact: true }],
      ...overrides,
    };
  };

  const customerById = async (id: string, caller = staff.rep) =>
    (
      await h.gql<{ customer: Customer | null }>(
        caller,
        `query($id: ID!) { customer(id: $id) { ${CUSTOMER_FIELDS} deletedAt reviewDueOn lastReviewedOn } }`,
        { id },
      )
    ).customer;

  describe('opening and editing', () => {
    it('CUS-001 a customer record opens POTENTIAL, DRAFT, ACTIVE, SECRET, owned by the developing staff member, with its contacts', async () => {
      const payload = await create(complete());
      expect(payload.userErrors).toEqual([]);
      expect(payload.customer).toMatchObject({
        lifecycleStage: 'POTENTIAL',
        filingStatus: 'DRAFT',
        status: 'ACTIVE',
        confidentiality: 'SECRET',
        ownerId: staff.rep.id,
        ownerDepartmentId: staff.rep.departmentId,
      });
      const detail = await h.gql<{
        customer: { contacts: { name: string; isKeyContact: boolean }[]; ownershipHistory: { reason: string; toOwnerId: string }[] };
      }>(staff.rep, 'query($id: ID!) { customer(id: $id) { contacts { name isKeyContact } ownershipHistory { reason toOwnerId } } }', {
        id: payload.customer!.id,
      });
      expect(detail.customer.contacts).toEqual([{ name: '周明', isKeyContact: true }]);
      expect(detail.customer.ownershipHistory).toEqual([{ reason: 'OPENED', toOwnerId: staff.rep.id }]);
    });

    it('CUS-001 an invalid contact refuses the whole customer: nothing is half-saved', async () => {
      const input = complete({ contacts: [{ name: '', email: 'not-an-email' }] });
      const payload = await create(input, staff.rep, 'en');
      expect(payload.customer).toBeNull();
      expect(payload.userErrors.map((e) => e.field.join('.')).sort()).toEqual(['input.contacts.0.email', 'input.contacts.0.name']);
      const list = await h.gql<{ customers: { totalCount: number } }>(
        staff.rep,
        'query($n: String) { customers(filter: { nameContains: $n }) { totalCount } }',
        { n: input.name as string },
      );
      expect(list.customers.totalCount).toBe(0);
    });

    it('CUS-003 a USCC must not be reused by an edit either', async () => {
      const first = (await create(complete())).customer!;
      const second = (await create(complete())).customer!;
      const usccOfFirst = (
        await h.gql<{ customer: { usccCode: string } }>(staff.rep, 'query($id: ID!) { customer(id: $id) { usccCode } }', { id: first.id })
      ).customer.usccCode;
      const edit = await h.mutate(
        staff.rep,
        'updateCustomer',
        { id: second.id, version: second.version, usccCode: usccOfFirst.toLowerCase() },
        'customer { id }',
      );
      expect(codes(edit)).toEqual(['DUPLICATE_USCC']);
    });
  });

  describe('duplicates', () => {
    it('CUS-005 the same normalised name or phone is a warning listing the matching record; the customer is still opened', async () => {
      const original = (await create(complete({ name: '杭州金桥商贸有限公司', phone: '0571-86001111' }))).customer!;
      const sameName = await create({ name: '杭州金桥商贸 有限公司', entityKind: 'COMPANY', type: 'DEALER' });
      expect(sameName.userErrors).toEqual([]);
      expect(sameName.customer).not.toBeNull();
      expect(sameName.duplicates).toEqual([expect.objectContaining({ customerId: original.id, matchedOn: ['NAME'], masked: false })]);
      const samePhone = await create({ name: '金桥贸易(杭州)', entityKind: 'COMPANY', type: 'DEALER', phone: '0571 8600 1111' });
      expect(samePhone.duplicates).toEqual([expect.objectContaining({ customerId: original.id, matchedOn: ['PHONE'] })]);
    });

    it('CUS-005 the duplicates query masks hits outside the caller’s scope (X-022)', async () => {
      const theirs = (await create(complete({ name: '广州远航物流有限公司', phone: '020-87654321' }), staff.southRep)).customer!;
      const query = `query($input: CustomerDuplicateCheckInput!) { customerDuplicates(input: $input) { matchedOn customerId code name phone usccCode ownerId masked customer { id } } }`;
      const byRep = await h.gql<{ customerDuplicates: Record<string, unknown>[] }>(staff.rep, query, {
        input: { name: '广州远航物流有限公司', phone: '020-87654321' },
      });
      expect(byRep.customerDuplicates).toEqual([
        {
          matchedOn: ['NAME', 'PHONE'],
          customerId: theirs.id,
          code: theirs.code,
          name: '广********',
          phone: '020****4321',
          usccCode: expect.stringMatching(/^\*{14}.{4}$/),
          ownerId: null,
          masked: true,
          customer: null,
        },
      ]);
      const byManager = await h.gql<{ customerDuplicates: Record<string, unknown>[] }>(staff.salesManager, query, {
        input: { phone: '02087654321' },
      });
      expect(byManager.customerDuplicates).toEqual([
        expect.objectContaining({ name: '广州远航物流有限公司', masked: false, customer: { id: theirs.id } }),
      ]);
    });
  });

  describe('filing', () => {
    it('CUS-002 filing an incomplete profile is refused with one userError per missing requirement; fax and website are optional', async () => {
      const bare = (await create({ name: '深圳同创电子', entityKind: 'COMPANY', type: 'DEALER' })).customer!;
      const payload = await h.mutate(
        staff.rep,
        'submitCustomerFiling',
        { id: bare.id, version: bare.version },
        'customer { filingStatus }',
        'en',
      );
      expect(payload.userErrors.map((e) => `${e.code}:${e.field.join('.')}`).sort()).toEqual([
        'CONTACT_WITH_PHONE_REQUIRED:customer.contacts',
        'REQUIRED:customer.address',
        'REQUIRED:customer.businessScope',
        'REQUIRED:customer.legalRepresentative',
        'REQUIRED:customer.phone',
        'REQUIRED:customer.postcode',
        'REQUIRED:customer.registeredCapital',
        'REQUIRED:customer.usccCode',
      ]);
      expect((await customerById(bare.id))!.filingStatus).toBe('DRAFT');
    });

    it('CUS-002 an individual customer files without a USCC', async () => {
      const person = (await create(complete({ entityKind: 'INDIVIDUAL', type: 'END_USER', usccCode: null, name: '王建国' }))).customer!;
      const payload = await h.mutate<{ customer: Customer }>(
        staff.rep,
        'submitCustomerFiling',
        { id: person.id, version: person.version },
        'customer { filingStatus }',
      );
      expect(payload.userErrors).toEqual([]);
      expect(payload.customer.filingStatus).toBe('PENDING');
    });

    const submit = async (customer: Customer, caller = staff.rep) =>
      (
        await h.mutate<{ customer: { filingStatus: string; filingApprovalId: string } }>(
          caller,
          'submitCustomerFiling',
          { id: customer.id, version: customer.version },
          'customer { filingStatus filingApprovalId }',
        )
      ).customer;
    const filingStatus = async (id: string) => (await customerById(id, staff.salesManager))!.filingStatus;

    it('CUS-004 filing is approved through CUSTOMER_FILING by the SALES_DEPT_MANAGER, never by its requester', async () => {
      const customer = (await create(complete())).customer!;
      const { filingApprovalId } = await submit(customer);
      await expect(h.decide(staff.rep, filingApprovalId)).rejects.toThrow('FORBIDDEN');
      expect(codes(await h.decide(staff.vp, filingApprovalId))).toEqual(['NOT_YOUR_STEP']);
      const managersOwn = (await create(complete(), staff.salesManager)).customer!;
      expect(codes(await h.decide(staff.salesManager, (await submit(managersOwn, staff.salesManager)).filingApprovalId))).toEqual([
        'OWN_REQUEST',
      ]);
      expect((await h.decide(staff.salesManager, filingApprovalId)).approval!.state).toBe('APPROVED');
      const filed = await h.gql<{ customer: { filingStatus: string; filedAt: string } }>(
        staff.rep,
        'query($id: ID!) { customer(id: $id) { filingStatus filedAt } }',
        { id: customer.id },
      );
      expect(filed.customer).toEqual({ filingStatus: 'FILED', filedAt: expect.any(String) });
    });

    it('CUS-004 a rejected filing goes back to the owner, who edits and resubmits', async () => {
      const customer = (await create(complete())).customer!;
      const { filingApprovalId } = await submit(customer);
      expect(codes(await h.decide(staff.salesManager, filingApprovalId, 'REJECT', ' '))).toEqual(['COMMENT_REQUIRED']);
      expect((await h.decide(staff.salesManager, filingApprovalId, 'REJECT', '营业执照复印件不清晰')).approval!.state).toBe('REJECTED');
      expect(await filingStatus(customer.id)).toBe('REJECTED');
      const current = (await customerById(customer.id))!;
      const resubmitted = await submit(current);
      expect(resubmitted.filingStatus).toBe('PENDING');
      expect(resubmitted.filingApprovalId).not.toBe(filingApprovalId);
    });

    it('CUS-004 a trade counterparty (客商) is admitted through COUNTERPARTY_ADMISSION: risk control, the VP, then the GM', async () => {
      const counterparty = (await create(complete({ isCounterparty: true }))).customer!;
      const { filingApprovalId } = await submit(counterparty);
      expect(codes(await h.decide(staff.salesManager, filingApprovalId))).toEqual(['NOT_YOUR_STEP']);
      expect(await h.approveAll(filingApprovalId, staff.riskControl, staff.vp)).toBe('PENDING');
      expect(await filingStatus(counterparty.id)).toBe('PENDING');
      expect(await h.approveAll(filingApprovalId, staff.gm)).toBe('APPROVED');
      expect(await filingStatus(counterparty.id)).toBe('FILED');
    });
  });

  describe('soft delete and restore', () => {
    it('CUS-007 a deleted profile is kept, hidden from reads and lists, and can be restored', async () => {
      const customer = (await create(complete())).customer!;
      const byRep = await h
        .gql<{ deleteCustomer: null }>(
          staff.rep,
          'mutation($id: ID!) { deleteCustomer(input: { id: $id, version: 1 }) { userErrors { code } } }',
          { id: customer.id },
        )
        .catch((e: Error) => e.message);
      expect(byRep).toContain('FORBIDDEN');
      const deleted = await h.mutate<{ customer: Customer & { deletedAt: string } }>(
        staff.salesManager,
        'deleteCustomer',
        { id: customer.id, version: customer.version, reason: '重复录入' },
        'customer { id deletedAt version }',
      );
      expect(deleted.userErrors).toEqual([]);
      expect(deleted.customer.deletedAt).toEqual(expect.any(String));
      expect(await customerById(customer.id)).toBeNull();
      const visible = await h.gql<{ customers: { edges: { node: { id: string } }[] } }>(
        staff.rep,
        'query($n: String) { customers(filter: { nameContains: $n }) { edges { node { id } } } }',
        { n: customer.name },
      );
      expect(visible.customers.edges).toEqual([]);
      const trash = await h.gql<{ customers: { edges: { node: { id: string; deletedAt: string } }[] } }>(
        staff.salesManager,
        'query($n: String) { customers(filter: { nameContains: $n, deleted: ONLY }) { edges { node { id deletedAt } } } }',
        { n: customer.name },
      );
      expect(trash.customers.edges.map((e) => e.node.id)).toEqual([customer.id]);
      const restored = await h.mutate<{ customer: Customer }>(
        staff.salesManager,
        'restoreCustomer',
        { id: customer.id },
        `customer { ${CUSTOMER_FIELDS} }`,
      );
      expect(restored.userErrors).toEqual([]);
      expect((await customerById(customer.id))!.id).toBe(customer.id);
    });

    it('CUS-007 a stale version does not delete; restoring is refused when the USCC was reused meanwhile', async () => {
      const input = complete();
      const customer = (await create(input)).customer!;
      expect(
        codes(await h.mutate(staff.salesManager, 'deleteCustomer', { id: customer.id, version: customer.version + 5 }, 'customer { id }')),
      ).toEqual(['STALE_VERSION']);
      await h.mutate(staff.salesManager, 'deleteCustomer', { id: customer.id, version: customer.version }, 'customer { id }');
      const reuse = await create({ ...input, name: `${input.name}(新)` });
      expect(reuse.userErrors).toEqual([]);
      expect(codes(await h.mutate(staff.salesManager, 'restoreCustomer', { id: customer.id }, 'customer { id }'))).toEqual([
        'DUPLICATE_USCC',
      ]);
    });
  });

  describe('contacts and records', () => {
    it('edits and removes contacts with their version', async () => {
      const customer = (await create(complete())).customer!;
      const added = await h.mutate<{ contact: { id: string; version: number } }>(
        staff.rep,
        'addContact',
        { customerId: customer.id, contact: { name: '刘海燕', gender: 'FEMALE', birthday: '1985-06-18', email: 'liuhy@example.cn' } },
        'contact { id version }',
      );
      expect(added.userErrors).toEqual([]);
      const updated = await h.mutate<{ contact: { position: string; version: number } }>(
        staff.rep,
        'updateContact',
        { id: added.contact.id, version: 1, position: '财务总监' },
        'contact { position version }',
      );
      expect(updated.contact).toEqual({ position: '财务总监', version: 2 });
      expect(
        codes(await h.mutate(staff.rep, 'updateContact', { id: added.contact.id, version: 1, email: 'bad' }, 'contact { id }')),
      ).toEqual(['INVALID_EMAIL']);
      expect(codes(await h.mutate(staff.rep, 'removeContact', { id: added.contact.id, version: 1 }, 'removedContactId'))).toEqual([
        'STALE_VERSION',
      ]);
      expect(await h.mutate(staff.rep, 'removeContact', { id: added.contact.id, version: 2 }, 'removedContactId')).toEqual({
        removedContactId: added.contact.id,
        userErrors: [],
      });
    });

    it('CUS-008 events and communications are kept with the profile; confidential ones only for the people concerned', async () => {
      const customer = (await create(complete())).customer!;
      await h.mutate(
        staff.rep,
        'recordCustomerEvent',
        { customerId: customer.id, type: 'MAJOR_CHANGE', occurredOn: '2026-02-20', summary: '法定代表人变更为陈国华' },
        'event { id }',
      );
      await h.mutate(
        staff.rep,
        'recordCustomerEvent',
        { customerId: customer.id, type: 'BUSINESS_DEALING', occurredOn: '2026-02-25', summary: '特殊价格政策洽谈', isConfidential: true },
        'event { id }',
      );
      for (const [channel, subject] of [
        ['LETTER', '寄送年度合作函'],
        ['FAX', '传真报价单'],
        ['LONG_DISTANCE_CALL', '长话沟通交货期'],
      ] as const) {
        const recorded = await h.mutate(
          staff.rep,
          'recordCommunication',
          { customerId: customer.id, channel, serviceType: 'ROUTINE', occurredAt: '2026-02-26T02:00:00Z', subject },
          'communication { id }',
        );
        expect(recorded.userErrors).toEqual([]);
      }
      const QUERY =
        'query($id: ID!) { customer(id: $id) { events { summary isConfidential } communications(first: 5) { channel subject } } }';
      type Records = { customer: { events: { summary: string }[]; communications: { channel: string }[] } };
      const owner = (await h.gql<Records>(staff.rep, QUERY, { id: customer.id })).customer;
      expect(owner.events.map((e) => e.summary)).toEqual(['特殊价格政策洽谈', '法定代表人变更为陈国华']);
      expect(owner.communications.map((c) => c.channel).sort()).toEqual(['FAX', 'LETTER', 'LONG_DISTANCE_CALL']);
      // The owner's department sees the records (CUS-008); a colleague rep, with OWN scope, not even the customer.
      expect((await h.gql<{ customer: null }>(staff.rep2, QUERY, { id: customer.id })).customer).toBeNull();
      const colleague = (await h.gql<Records>(staff.officeDirector, QUERY, { id: customer.id })).customer;
      expect(colleague.events.map((e) => e.summary)).toEqual(['法定代表人变更为陈国华']);
      const manager = (await h.gql<Records>(staff.vp, QUERY, { id: customer.id })).customer;
      expect(manager.events).toHaveLength(2);
    });

    it('CUS-010 an office without its report by the 5th is listed as overdue', async () => {
      const customer = (await create(complete())).customer!;
      await h.mutate(
        staff.rep,
        'recordCommunication',
        {
          customerId: customer.id,
          channel: 'PHONE',
          serviceType: 'PRE_SALE',
          occurredAt: '2026-02-10T02:00:00Z',
          subject: '电话回访',
          officeId: 'd-sales-east',
        },
        'communication { id }',
      );
      const southern = (await create(complete(), staff.southRep)).customer!;
      await h.mutate(
        staff.southRep,
        'recordCommunication',
        {
          customerId: southern.id,
          channel: 'PHONE',
          serviceType: 'PRE_SALE',
          occurredAt: '2026-02-11T02:00:00Z',
          subject: '电话联系',
          officeId: 'd-sales-south',
        },
        'communication { id }',
      );
      const submitted = await h.mutate<{ report: { recordCount: number } }>(
        staff.officeDirector,
        'submitOfficeContactReport',
        { officeId: 'd-sales-east', period: '2026-02' },
        'report { recordCount }',
      );
      expect(submitted.report.recordCount).toBeGreaterThanOrEqual(1);
      expect(
        codes(
          await h.mutate(
            staff.officeDirector,
            'submitOfficeContactReport',
            { officeId: 'd-sales-east', period: '2026-02' },
            'report { id }',
          ),
        ),
      ).toEqual(['ALREADY_SUBMITTED']);
      const STATUS = 'query($asOf: Date) { officeContactReports(period: "2026-02", asOf: $asOf) { officeId dueOn overdue report { id } } }';
      type Status = { officeContactReports: { officeId: string; dueOn: string; overdue: boolean }[] };
      const onFifth = (await h.gql<Status>(staff.salesManager, STATUS, { asOf: '2026-03-05' })).officeContactReports;
      expect(onFifth.find((o) => o.officeId === 'd-sales-south')).toMatchObject({ dueOn: '2026-03-05', overdue: false });
      const onSixth = (await h.gql<Status>(staff.salesManager, STATUS, { asOf: '2026-03-06' })).officeContactReports;
      expect(onSixth.find((o) => o.officeId === 'd-sales-south')!.overdue).toBe(true);
      expect(onSixth.find((o) => o.officeId === 'd-sales-east')!.overdue).toBe(false);
    });
  });

  describe('profile review', () => {
    it('CUS-009 a profile is due for review 12 months after its last review; overdue ones are listed per custodian', async () => {
      const customer = (await create(complete({ custodianId: 's-linfang' }))).customer!;
      expect((await customerById(customer.id))!.reviewDueOn).toBe('2027-03-02');
      const OVERDUE =
        'query($on: Date) { customers(filter: { custodianId: "s-linfang", reviewOverdueOn: $on }) { edges { node { id } } } }';
      type List = { customers: { edges: { node: { id: string } }[] } };
      expect((await h.gql<List>(staff.rep, OVERDUE, { on: '2027-03-02' })).customers.edges).toEqual([]);
      expect((await h.gql<List>(staff.rep, OVERDUE, { on: '2027-03-03' })).customers.edges.map((e) => e.node.id)).toEqual([customer.id]);
      h.clock.set('2026-09-01T02:00:00Z');
      const reviewed = await h.mutate<{ customer: { lastReviewedOn: string; reviewDueOn: string } }>(
        staff.rep,
        'markCustomerReviewed',
        { id: customer.id, version: customer.version },
        'customer { lastReviewedOn reviewDueOn }',
      );
      h.clock.set('2026-03-02T01:00:00Z');
      expect(reviewed.customer).toEqual({ lastReviewedOn: '2026-09-01', reviewDueOn: '2027-09-01' });
      expect((await h.gql<List>(staff.rep, OVERDUE, { on: '2027-03-03' })).customers.edges).toEqual([]);
    });
  });

  describe('no N+1', () => {
    it('a page of customers with their relations costs the same SQL for 2 as for 12 customers', async () => {
      for (let n = 0; n < 12; n += 1) await create(complete({ region: 'N1测试区' }));
      const LIST = `query($first: Int!) { customers(first: $first, filter: { region: "N1测试区" }) { edges { node {
        id contacts { name } communications(first: 3) { subject } events { summary } mergedIds gradeHistory { grade } ownershipHistory { reason }
        visitPlan { nextDueOn } periodicReports { period } latestSurvey { score } pointsBalance stateChanges { field } orders { orderRef }
        annualRecords { year } gradeAssessments { state } gradeOverrides { state } ownershipClaims { state } treatment { priceTier } keyAccountIssues
      } } } }`;
      const count = async (first: number) => {
        h.svc.sqlCounter.reset();
        const data = await h.gql<{ customers: { edges: unknown[] } }>(staff.salesManager, LIST, { first });
        expect(data.customers.edges).toHaveLength(first);
        return h.svc.sqlCounter.count;
      };
      expect(await count(12)).toBe(await count(2));
    });
  });
});
