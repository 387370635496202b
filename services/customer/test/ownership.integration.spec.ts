import { Caller } from '@crm/platform';
import { codes, Harness, startHarness, staff } from './support/harness';

/** Ownership through GraphQL: claims, protection, dormancy, reassignment, grievances, departures, leads (CUS-026, CUS-027, CUS-028, CUS-029, CUS-030, CUS-031, CUS-032). */
describe('ownership (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2025-10-01T02:00:00Z');
  });
  afterAll(() => h.stop());

  type Claim = { id: string; state: string; protectedUntil: string | null; claimantId: string; refusalCode: string | null };
  const CLAIM = 'claim { id state protectedUntil claimantId refusalCode }';
  const owner = async (id: string) =>
    (
      await h.gql<{ customer: { ownerId: string | null; ownerDepartmentId: string | null; dormant: boolean; version: number } }>(
        staff.salesManager,
        'query($id: ID!) { customer(id: $id) { ownerId ownerDepartmentId dormant version } }',
        { id },
      )
    ).customer;
  const newCustomer = async (caller: Caller, name: string, extra: Record<string, unknown> = {}) =>
    (
      await h.mutate<{ customer: { id: string } }>(
        caller,
        'createCustomer',
        { name, entityKind: 'COMPANY', type: 'DEALER', ...extra },
        'customer { id }',
      )
    ).customer.id;
  const churnRun = async (asOf: string) =>
    (
      await h.gql<{ runChurnDetection: { changes: { customer: { id: string }; field: string; from: string; to: string }[] } }>(
        staff.system,
        'mutation($asOf: Date) { runChurnDetection(asOf: $asOf) { changes { customer { id } field from to } userErrors { code } } }',
        { asOf },
      )
    ).runChurnDetection.changes;
  const daily = async (asOf: string) =>
    (
      await h.gql<{ runCustomerDailyJobs: { results: { job: string; count: number }[] } }>(
        staff.system,
        'mutation($asOf: Date) { runCustomerDailyJobs(asOf: $asOf) { results { job count } } }',
        { asOf },
      )
    ).runCustomerDailyJobs.results;
  const at = (shanghai: string) => h.clock.set(new Date(`${shanghai}+08:00`));

  let contested: string;

  it('CUS-028 a customer with an owner who serves it cannot be claimed', async () => {
    const served = await newCustomer(staff.southRep, '东莞嘉禾五金有限公司');
    expect(codes(await h.mutate(staff.rep, 'submitOwnershipClaim', { customerId: served, reportRef: '2026年第15周周报' }, CLAIM))).toEqual([
      'NOT_CLAIMABLE',
    ]);
  });

  let xClaim: Claim;
  it('CUS-027 worked example 8: Y claims at 08:50, X at 08:55; X confirmed at 09:00 owns it; confirming Y at 09:05 → ALREADY_CLAIMED', async () => {
    contested = await newCustomer(staff.southRep, '佛山华越陶瓷有限公司');
    at('2026-01-31T07:00:00');
    expect((await churnRun('2026-01-31')).filter((c) => c.customer.id === contested)).toEqual([
      { customer: { id: contested }, field: 'DORMANT', from: 'false', to: 'true' },
    ]);
    at('2026-01-31T08:50:00');
    const y = await h.mutate<{ claim: Claim }>(
      staff.rep2,
      'submitOwnershipClaim',
      { customerId: contested, reportRef: '2026年1月月报' },
      CLAIM,
    );
    expect(y.userErrors).toEqual([]);
    at('2026-01-31T08:55:00');
    const x = await h.mutate<{ claim: Claim }>(
      staff.rep,
      'submitOwnershipClaim',
      { customerId: contested, reportRef: '2026年第5周周报' },
      CLAIM,
    );
    at('2026-01-31T09:00:00');
    expect(codes(await h.mutate(staff.rep, 'confirmOwnershipClaim', { id: x.claim.id }, CLAIM))).toEqual(['ROLE_NOT_ALLOWED']);
    const confirmed = await h.mutate<{ claim: Claim }>(staff.customerManager, 'confirmOwnershipClaim', { id: x.claim.id }, CLAIM);
    expect(confirmed.claim).toMatchObject({ state: 'PROTECTED', protectedUntil: '2026-03-31', claimantId: staff.rep.id });
    expect(await owner(contested)).toMatchObject({ ownerId: staff.rep.id, ownerDepartmentId: staff.rep.departmentId, dormant: false });
    at('2026-01-31T09:05:00');
    expect(codes(await h.mutate(staff.customerManager, 'confirmOwnershipClaim', { id: y.claim.id }, CLAIM))).toEqual(['ALREADY_CLAIMED']);
    xClaim = confirmed.claim;
    const history = await h.gql<{ customer: { ownershipHistory: { reason: string; fromOwnerId: string; toOwnerId: string }[] } }>(
      staff.salesManager,
      'query($id: ID!) { customer(id: $id) { ownershipHistory { reason fromOwnerId toOwnerId } } }',
      { id: contested },
    );
    expect(history.customer.ownershipHistory[0]).toEqual({ reason: 'CLAIM', fromOwnerId: staff.southRep.id, toOwnerId: staff.rep.id });
  });

  it('CUS-029 worked example 8: protected through 2026-03-31, LAPSED on 2026-04-01 with the manager told once; extended by re-declaration', async () => {
    at('2026-03-31T10:00:00');
    expect(await daily('2026-03-31')).toContainEqual({ job: 'CLAIMS_LAPSED', count: 0 });
    at('2026-04-01T08:00:00');
    expect(await daily('2026-04-01')).toContainEqual({ job: 'CLAIMS_LAPSED', count: 1 });
    expect(await daily('2026-04-01')).toContainEqual({ job: 'CLAIMS_LAPSED', count: 0 });
    const tasks = await h.gql<{ customerTasks: { edges: { node: { relatedId: string } }[] } }>(
      staff.customerManager,
      'query { customerTasks(filter: { assigneeRole: "CUSTOMER_DEPT_MANAGER", kinds: [CLAIM_LAPSED] }) { edges { node { relatedId } } } }',
    );
    expect(tasks.customerTasks.edges.map((e) => e.node.relatedId)).toEqual([xClaim.id]);
    const extended = await h.mutate<{ claim: Claim }>(
      staff.customerManager,
      'extendOwnershipClaim',
      { id: xClaim.id, reportRef: '2026年3月月报' },
      CLAIM,
    );
    expect(extended.claim).toMatchObject({ state: 'EXTENDED', protectedUntil: '2026-06-01' });
  });

  it('CUS-030 worked example 9: no qualifying service since 2026-01-10 → dormant from 2026-04-11; two runs that day make one dormancy event', async () => {
    at('2025-12-01T09:00:00');
    const idle = await newCustomer(staff.southRep, '佛山博源陶瓷有限公司');
    await h.mutate(
      staff.southRep,
      'recordCommunication',
      { customerId: idle, channel: 'PHONE', serviceType: 'ROUTINE', occurredAt: '2026-01-10T03:00:00Z', subject: '电话回访' },
      'communication { id }',
    );
    await h.mutate(
      staff.southRep,
      'recordCommunication',
      { customerId: idle, channel: 'LETTER', serviceType: 'ROUTINE', occurredAt: '2026-03-01T03:00:00Z', subject: '寄送贺信' },
      'communication { id }',
    );
    at('2026-04-10T09:00:00');
    expect((await churnRun('2026-04-10')).filter((c) => c.customer.id === idle && c.field === 'DORMANT')).toEqual([]);
    at('2026-04-11T09:00:00');
    const first = (await churnRun('2026-04-11')).filter((c) => c.customer.id === idle);
    expect(first).toEqual([{ customer: { id: idle }, field: 'DORMANT', from: 'false', to: 'true' }]);
    expect((await churnRun('2026-04-11')).filter((c) => c.customer.id === idle)).toEqual([]);
    const timeline = await h.gql<{ customer: { stateChanges: { field: string }[] } }>(
      staff.salesManager,
      'query($id: ID!) { customer(id: $id) { stateChanges { field } } }',
      { id: idle },
    );
    expect(timeline.customer.stateChanges.filter((c) => c.field === 'DORMANT')).toHaveLength(1);
    const tasks = await h.gql<{ customerTasks: { totalCount: number } }>(
      staff.customerManager,
      'query($c: ID) { customerTasks(filter: { customerId: $c, kinds: [DORMANT] }) { totalCount } }',
      { c: idle },
    );
    expect(tasks.customerTasks.totalCount).toBe(2);
  });

  it('CUS-029 a lapsed claim released leaves the customer without owner, claimable again (CUS-028)', async () => {
    at('2026-06-02T08:00:00');
    await daily('2026-06-02');
    const released = await h.mutate<{ claim: Claim }>(staff.customerManager, 'releaseOwnershipClaim', { id: xClaim.id }, CLAIM);
    expect(released.claim.state).toBe('RELEASED');
    expect((await owner(contested)).ownerId).toBeNull();
    const again = await h.mutate<{ claim: Claim }>(
      staff.southRep,
      'submitOwnershipClaim',
      { customerId: contested, reportRef: '2026年第23周周报' },
      CLAIM,
    );
    expect(again.userErrors).toEqual([]);
  });

  it('CUS-027 two confirmations racing for one customer: exactly one wins', async () => {
    const free = await newCustomer(staff.officeDirector, '常州新纪元化工有限公司');
    at('2026-09-03T08:00:00');
    await churnRun('2026-09-03');
    expect((await owner(free)).dormant).toBe(true);
    const a = await h.mutate<{ claim: Claim }>(staff.rep, 'submitOwnershipClaim', { customerId: free, reportRef: 'W36' }, CLAIM);
    const b = await h.mutate<{ claim: Claim }>(staff.rep2, 'submitOwnershipClaim', { customerId: free, reportRef: 'W36' }, CLAIM);
    const results = await Promise.all(
      [a, b].map((c) => h.mutate<{ claim: Claim | null }>(staff.customerManager, 'confirmOwnershipClaim', { id: c.claim.id }, CLAIM)),
    );
    expect(results.map((r) => r.claim?.state ?? codes(r)[0]).sort()).toEqual(['ALREADY_CLAIMED', 'PROTECTED']);
  });

  it('CUS-030 a dormant customer may be reassigned by the company; a customer that is not dormant may not be moved for dormancy', async () => {
    const lazy = await newCustomer(staff.rep2, '无锡宏达纺织有限公司');
    expect(
      codes(
        await h.mutate(
          staff.customerManager,
          'transferCustomers',
          { customerIds: [lazy], toOwnerId: staff.rep.id, reason: 'DORMANT' },
          'transfer { id }',
        ),
      ),
    ).toEqual(['NOT_DORMANT']);
    at('2027-01-10T08:00:00');
    await churnRun('2027-01-10');
    const moved = await h.mutate<{ transfer: { state: string; customerCount: number } }>(
      staff.customerManager,
      'transferCustomers',
      { customerIds: [lazy], toOwnerId: staff.rep.id, toDepartmentId: staff.rep.departmentId, reason: 'DORMANT' },
      'transfer { state customerCount }',
    );
    expect(moved.transfer).toEqual({ state: 'DATA_HANDED_OVER', customerCount: 1 });
    expect(await owner(lazy)).toMatchObject({ ownerId: staff.rep.id, dormant: false });
  });

  it('CUS-031 an unresolved grievance moves the customer to an owner in another department', async () => {
    const aggrieved = await newCustomer(staff.rep, '南京金桥电器有限公司');
    const same = await h.mutate(
      staff.customerManager,
      'reportUnresolvedGrievance',
      { customerId: aggrieved, grievanceRef: 'BY-2027-0001', toOwnerId: staff.rep2.id, toDepartmentId: 'd-sales-east' },
      'transfer { id }',
    );
    expect(codes(same)).toEqual(['SAME_DEPARTMENT']);
    const byAgent = await h.mutate<{ transfer: { id: string; state: string; reason: string; approvalId: string } }>(
      staff.sectionChief,
      'reportUnresolvedGrievance',
      { customerId: aggrieved, grievanceRef: 'BY-2027-0001', toOwnerId: staff.southRep.id, toDepartmentId: 'd-sales-south' },
      'transfer { id state reason approvalId }',
    );
    expect(byAgent.transfer).toMatchObject({ state: 'PENDING', reason: 'GRIEVANCE_UNRESOLVED' });
    expect(await h.approveAll(byAgent.transfer.approvalId, staff.customerManager)).toBe('APPROVED');
    expect(await owner(aggrieved)).toMatchObject({ ownerId: staff.southRep.id, ownerDepartmentId: 'd-sales-south' });
  });

  it('CUS-031 another department is the new owner’s department in the staff directory, whatever the caller says', async () => {
    const aggrieved = await newCustomer(staff.rep, '常州永安机械有限公司');
    // rep2 works in 华东 like the owner: calling that "another department" does not make it one.
    const claimed = await h.mutate(
      staff.customerManager,
      'reportUnresolvedGrievance',
      { customerId: aggrieved, grievanceRef: 'BY-2027-0031', toOwnerId: staff.rep2.id, toDepartmentId: 'd-sales-south' },
      'transfer { id }',
      'en',
    );
    expect(claimed.userErrors).toEqual([
      { code: 'SAME_DEPARTMENT', field: ['input', 'toOwnerId'], message: 'The customer must move to staff of another department' },
    ]);
    const unknown = await h.mutate(
      staff.customerManager,
      'reportUnresolvedGrievance',
      { customerId: aggrieved, grievanceRef: 'BY-2027-0031', toOwnerId: 's-nobody' },
      'transfer { id }',
    );
    expect(codes(unknown)).toEqual(['UNKNOWN_STAFF']);
    // 王芳 works in 华南: the customer moves there although the caller named 华东.
    const moved = await h.mutate<{ transfer: { state: string; toDepartmentId: string } }>(
      staff.customerManager,
      'reportUnresolvedGrievance',
      { customerId: aggrieved, grievanceRef: 'BY-2027-0031', toOwnerId: staff.southRep.id, toDepartmentId: 'd-sales-east' },
      'transfer { state toDepartmentId }',
    );
    expect(moved.transfer).toEqual({ state: 'DATA_HANDED_OVER', toDepartmentId: 'd-sales-south' });
    expect(await owner(aggrieved)).toMatchObject({ ownerId: staff.southRep.id, ownerDepartmentId: 'd-sales-south' });
  });

  it('CUS-026 worked example 12 and CUS-032 worked example 10: a leaver’s 37 customers move in one operation with 37 notices and access revoked', async () => {
    const leaver: Caller = { id: 's-leaver', name: '离职员工', roles: ['SALES_REP'], departmentId: 'd-sales-north' };
    const seven = await h.mutate<{ customers: { ownerId: string }[] }>(
      staff.officeDirector,
      'distributeLeads',
      {
        departmentId: 'd-sales-north',
        staffIds: ['S1', 'S2', 'S3'],
        leads: Array.from({ length: 7 }, (_, n) => ({ name: `科普线索${n + 1}号`, entityKind: 'INDIVIDUAL', type: 'END_USER' })),
      },
      'customers { ownerId }',
    );
    expect(['S1', 'S2', 'S3'].map((s) => seven.customers.filter((c) => c.ownerId === s).length)).toEqual([3, 2, 2]);
    const leads = await h.mutate<{ customers: { id: string }[] }>(
      staff.officeDirector,
      'distributeLeads',
      {
        departmentId: 'd-sales-north',
        staffIds: [leaver.id],
        leads: Array.from({ length: 37 }, (_, n) => ({ name: `北方客户${n + 1}号`, entityKind: 'INDIVIDUAL', type: 'END_USER' })),
      },
      'customers { id }',
    );
    expect(leads.customers).toHaveLength(37);
    expect(
      codes(
        await h.mutate(
          staff.rep,
          'handOverDepartingStaff',
          { staffId: leaver.id, leftOn: '2027-01-10', toOwnerId: 's-liuyang' },
          'transfer { id }',
        ),
      ),
    ).toEqual(['ROLE_NOT_ALLOWED']);
    const handover = await h.mutate<{
      transfer: {
        id: string;
        state: string;
        reason: string;
        customerCount: number;
        customers: { ownerId: string; ownerDepartmentId: string }[];
      };
    }>(
      staff.customerManager,
      'handOverDepartingStaff',
      { staffId: leaver.id, leftOn: '2027-01-10', toOwnerId: 's-liuyang' },
      'transfer { id state reason customerCount customers(first: 100) { ownerId ownerDepartmentId } }',
    );
    expect(handover.transfer).toMatchObject({ state: 'DATA_HANDED_OVER', reason: 'STAFF_DEPARTURE', customerCount: 37 });
    expect(new Set(handover.transfer.customers.map((c) => `${c.ownerId}@${c.ownerDepartmentId}`))).toEqual(
      new Set(['s-liuyang@d-sales-north']),
    );
    const notices = await h.gql<{ customerTasks: { totalCount: number } }>(
      staff.customerManager,
      'query { customerTasks(filter: { assigneeId: "s-liuyang", kinds: [CUSTOMER_NOTICE], state: OPEN }) { totalCount } }',
    );
    expect(notices.customerTasks.totalCount).toBe(37);
    expect(codes(await h.mutate(leaver, 'submitOwnershipClaim', { customerId: leads.customers[0].id, reportRef: 'x' }, CLAIM))).toEqual([
      'ACCESS_REVOKED',
    ]);
    expect(
      codes(
        await h.mutate(
          staff.customerManager,
          'handOverDepartingStaff',
          { staffId: leaver.id, leftOn: '2027-01-10', toOwnerId: 's-liuyang' },
          'transfer { id }',
        ),
      ),
    ).toEqual(['ALREADY_DEPARTED']);
    const notified = await h.mutate<{ transfer: { state: string } }>(
      staff.customerManager,
      'advanceOwnershipTransfer',
      { id: handover.transfer.id, to: 'CUSTOMER_NOTIFIED' },
      'transfer { state }',
    );
    expect(notified.transfer.state).toBe('CUSTOMER_NOTIFIED');
    const done = await h.mutate<{ transfer: { state: string } }>(
      staff.customerManager,
      'advanceOwnershipTransfer',
      { id: handover.transfer.id, to: 'DONE' },
      'transfer { state }',
    );
    expect(done.transfer.state).toBe('DONE');
  });

  it('a transfer requested by a rep waits for OWNERSHIP_TRANSFER approval and can be rejected', async () => {
    const mine = await newCustomer(staff.rep, '合肥瑞丰农业科技有限公司');
    const pending = await h.mutate<{ transfer: { id: string; state: string; approvalId: string } }>(
      staff.rep,
      'transferCustomers',
      { customerIds: [mine], toOwnerId: staff.rep2.id, reason: 'MANAGER_DECISION', note: '区域调整' },
      'transfer { id state approvalId }',
    );
    expect(pending.transfer.state).toBe('PENDING');
    expect((await owner(mine)).ownerId).toBe(staff.rep.id);
    expect((await h.decide(staff.customerManager, pending.transfer.approvalId, 'REJECT', '暂不调整')).approval!.state).toBe('REJECTED');
    const transfer = await h.gql<{ ownershipTransfers: { edges: { node: { state: string } }[] } }>(
      staff.rep,
      '{ ownershipTransfers(filter: { reasons: [MANAGER_DECISION], fromOwnerId: "s-zhangwei" }) { edges { node { state } } } }',
    );
    expect(transfer.ownershipTransfers.edges.map((e) => e.node.state)).toContain('REJECTED');
    expect((await owner(mine)).ownerId).toBe(staff.rep.id);
  });
});
