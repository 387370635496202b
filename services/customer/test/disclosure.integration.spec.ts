import { codes, Harness, startHarness, staff } from './support/harness';

/** 对外提供客户资料: recorded consent, the EXTERNAL_DISCLOSURE chain, never for sale. */
describe('external disclosure (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-03-10T01:00:00Z');
  });
  afterAll(() => h.stop());

  const REQUEST = 'request { id state cleared approvalId consent { id inForce } }';
  type Request = {
    request: { id: string; state: string; cleared: boolean; approvalId: string; consent: { id: string; inForce: boolean } };
  };

  const newCustomer = async (name: string) =>
    (
      await h.mutate<{ customer: { id: string } }>(
        staff.rep,
        'createCustomer',
        { name, entityKind: 'COMPANY', type: 'DEALER' },
        'customer { id }',
      )
    ).customer.id;
  const consent = (customerId: string, extra: Record<string, unknown> = {}) =>
    h.mutate<{ consent: { id: string; inForce: boolean } }>(
      staff.rep,
      'recordDisclosureConsent',
      {
        customerId,
        purposes: ['CONTRACT_PERFORMANCE'],
        dataCategories: ['BASIC_PROFILE', 'CONTACTS'],
        scope: '同意向承运物流公司提供收货地址和联系人',
        evidenceRef: '客户同意书 2026-017',
        givenOn: '2026-03-09',
        ...extra,
      },
      'consent { id inForce }',
    );
  const request = (customerId: string, extra: Record<string, unknown> = {}) =>
    h.mutate<Request>(
      staff.rep,
      'requestExternalDisclosure',
      {
        customerId,
        recipientOrganisation: '顺达物流有限公司',
        recipientPerson: '李调度',
        purpose: 'CONTRACT_PERFORMANCE',
        purposeDetail: '合同 HT-2026-031 送货',
        dataCategories: ['BASIC_PROFILE', 'CONTACTS'],
        ...extra,
      },
      REQUEST,
    );
  const requestState = async (id: string) =>
    (
      await h.gql<{ externalDisclosureRequests: { edges: { node: { id: string; state: string; cleared: boolean } }[] } }>(
        staff.rep,
        '{ externalDisclosureRequests { edges { node { id state cleared } } } }',
      )
    ).externalDisclosureRequests.edges.find((e) => e.node.id === id)!.node;

  it('X-035 a disclosure without the customer’s recorded consent is refused (CONSENT_REQUIRED), and nothing is requested', async () => {
    const customerId = await newCustomer('温州宏达阀门有限公司');
    expect(codes(await request(customerId))).toEqual(['CONSENT_REQUIRED']);
    expect(
      (
        await h.gql<{ externalDisclosureRequests: { totalCount: number } }>(
          staff.gm,
          `{ externalDisclosureRequests(filter: { customerId: "${customerId}" }) { totalCount } }`,
        )
      ).externalDisclosureRequests.totalCount,
    ).toBe(0);

    // A consent covers only the purposes and data it names.
    await consent(customerId);
    expect(codes(await request(customerId, { purpose: 'BUSINESS_COOPERATION' }))).toEqual(['CONSENT_REQUIRED']);
    expect(codes(await request(customerId, { dataCategories: ['CONTACTS', 'FINANCIAL'] }))).toEqual(['CONSENT_REQUIRED']);
    expect((await request(customerId, { dataCategories: ['CONTACTS'] })).request.state).toBe('PENDING');
  });

  it('X-035 an expired or revoked consent no longer allows a disclosure', async () => {
    const customerId = await newCustomer('丽水青瓷工艺品有限公司');
    const given = await consent(customerId, { expiresOn: '2026-03-12' });
    expect(given.consent.inForce).toBe(true);
    h.clock.set('2026-03-12T15:00:00Z'); // 2026-03-12 23:00 in Shanghai: the last day still counts
    expect((await request(customerId)).request.state).toBe('PENDING');
    h.clock.set('2026-03-12T16:30:00Z'); // 2026-03-13 00:30
    expect(codes(await request(customerId))).toEqual(['CONSENT_REQUIRED']);
    h.clock.set('2026-03-10T01:00:00Z');

    const other = await newCustomer('台州精工模具有限公司');
    const revocable = await consent(other);
    const revoked = await h.mutate<{ consent: { inForce: boolean } }>(
      staff.rep,
      'revokeDisclosureConsent',
      { id: revocable.consent.id, reason: '客户来函撤回同意' },
      'consent { inForce }',
    );
    expect(revoked.consent.inForce).toBe(false);
    expect(
      codes(await h.mutate(staff.rep, 'revokeDisclosureConsent', { id: revocable.consent.id, reason: '重复撤回' }, 'consent { id }')),
    ).toEqual(['INVALID_STATE']);
    expect(codes(await request(other))).toEqual(['CONSENT_REQUIRED']);
  });

  it('X-035 customer data is never sold: SALE is refused as a consent purpose and as a disclosure purpose', async () => {
    const customerId = await newCustomer('金华百川五金有限公司');
    expect(codes(await consent(customerId, { purposes: ['SALE', 'CONTRACT_PERFORMANCE'] }))).toEqual(['DATA_NEVER_SOLD']);
    await consent(customerId);
    expect(codes(await request(customerId, { purpose: 'SALE' }))).toEqual(['DATA_NEVER_SOLD']);
  });

  it('X-035 only the whole chain INFO_SUPERVISOR → CS_MANAGER → GM unblocks the disclosure, which is then audited', async () => {
    const customerId = await newCustomer('嘉兴永昌纺织有限公司');
    await consent(customerId);
    const pending = (await request(customerId)).request;
    expect(pending).toMatchObject({ state: 'PENDING', cleared: false, consent: { inForce: true } });
    expect(codes(await h.mutate(staff.rep, 'recordExternalDisclosure', { id: pending.id }, 'request { id }'))).toEqual(['INVALID_STATE']);

    expect(codes(await h.decide(staff.gm, pending.approvalId))).toEqual(['NOT_YOUR_STEP']);
    expect(await h.approveAll(pending.approvalId, staff.infoSupervisor)).toBe('PENDING');
    expect(codes(await h.decide(staff.gm, pending.approvalId))).toEqual(['NOT_YOUR_STEP']);
    expect(await h.approveAll(pending.approvalId, staff.csManager)).toBe('PENDING');
    expect(await requestState(pending.id)).toMatchObject({ state: 'PENDING', cleared: false });
    expect(await h.approveAll(pending.approvalId, staff.gm)).toBe('APPROVED');
    expect(await requestState(pending.id)).toMatchObject({ state: 'APPROVED', cleared: true });

    expect(codes(await h.mutate(staff.rep2, 'recordExternalDisclosure', { id: pending.id }, 'request { id }'))).toEqual(['NOT_REQUESTER']);
    const disclosed = await h.mutate<{ request: { state: string; disclosedAt: string } }>(
      staff.rep,
      'recordExternalDisclosure',
      { id: pending.id },
      'request { state disclosedAt }',
    );
    expect(disclosed.request.state).toBe('DISCLOSED');
    const trail = await h.gql<{ customerAuditTrail: { edges: { node: { note: string } }[] } }>(
      staff.gm,
      'query($id: String) { customerAuditTrail(filter: { entityType: "customer", entityId: $id, actions: [EXPORT] }) { edges { node { note } } } }',
      { id: customerId },
    );
    expect(trail.customerAuditTrail.edges.map((e) => e.node.note)).toEqual([
      expect.stringContaining(`EXTERNAL_DISCLOSURE ${pending.id} to 顺达物流有限公司`),
    ]);
  });

  it('X-035 a rejected request stays blocked; revoking the consent blocks an approved one', async () => {
    const customerId = await newCustomer('湖州南浔木业有限公司');
    const given = await consent(customerId);
    const rejected = (await request(customerId)).request;
    expect((await h.decide(staff.infoSupervisor, rejected.approvalId, 'REJECT', '用途不明确')).approval!.state).toBe('REJECTED');
    expect(await requestState(rejected.id)).toMatchObject({ state: 'REJECTED', cleared: false });

    const approved = (await request(customerId)).request;
    expect(await h.approveAll(approved.approvalId, staff.infoSupervisor, staff.csManager, staff.gm)).toBe('APPROVED');
    await h.mutate(staff.rep, 'revokeDisclosureConsent', { id: given.consent.id, reason: '客户撤回' }, 'consent { id }');
    expect(await requestState(approved.id)).toMatchObject({ state: 'APPROVED', cleared: false });
    expect(codes(await h.mutate(staff.rep, 'recordExternalDisclosure', { id: approved.id }, 'request { id }'))).toEqual([
      'CONSENT_REQUIRED',
    ]);
  });

  it('X-035 consents are kept with the customer, revoked ones included; outside the caller’s scope a customer is not found', async () => {
    const customerId = await newCustomer('宁波港城外贸有限公司');
    await consent(customerId);
    const listed = await h.gql<{ customer: { disclosureConsents: { purposes: string[]; recordedBy: string }[] } }>(
      staff.rep,
      'query($id: ID!) { customer(id: $id) { disclosureConsents { purposes recordedBy } } }',
      { id: customerId },
    );
    expect(listed.customer.disclosureConsents).toEqual([{ purposes: ['CONTRACT_PERFORMANCE'], recordedBy: staff.rep.id }]);
    const outsider = await h.mutate(
      staff.southRep,
      'requestExternalDisclosure',
      {
        customerId,
        recipientOrganisation: '某会计师事务所',
        purpose: 'CONTRACT_PERFORMANCE',
        purposeDetail: '送货',
        dataCategories: ['CONTACTS'],
      },
      'request { id }',
    );
    expect(codes(outsider)).toEqual(['NOT_FOUND']);
  });
});
