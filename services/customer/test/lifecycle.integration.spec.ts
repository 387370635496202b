import { customerJobs, loadConfig } from '../src';
import { codes, Harness, startHarness, staff, testUscc } from './support/harness';

/** Lifecycle, churn detection, status, surveys and points through GraphQL (CUS-033, CUS-034, CUS-035, CUS-036, CUS-037, CUS-038). */
describe('lifecycle (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-01-05T02:00:00Z');
  });
  afterAll(() => h.stop());

  type State = {
    lifecycleStage: string;
    churnRisk: boolean;
    churnReason: string | null;
    problemCustomer: boolean;
    status: string;
    version: number;
    firstTradeOn: string | null;
    lastOrderOn: string | null;
  };
  const state = async (id: string) =>
    (
      await h.gql<{ customer: State }>(
        staff.salesManager,
        'query($id: ID!) { customer(id: $id) { lifecycleStage churnRisk churnReason problemCustomer status version firstTradeOn lastOrderOn } }',
        { id },
      )
    ).customer;
  const newCustomer = async (name: string) =>
    (
      await h.mutate<{ customer: { id: string } }>(
        staff.rep,
        'createCustomer',
        { name, entityKind: 'COMPANY', type: 'RETAILER' },
        'customer { id }',
      )
    ).customer.id;
  const order = (customerId: string, orderRef: string, orderedOn: string, paid = true) =>
    h.mutate<{ customer: State }>(
      staff.rep,
      'recordCustomerOrder',
      { customerId, orderRef, orderedOn, amount: '58000', paid },
      'customer { lifecycleStage churnRisk }',
    );
  const churnRun = async (asOf: string, id: string) =>
    (
      await h.gql<{
        runChurnDetection: { changes: { customer: { id: string }; field: string; from: string; to: string; reason: string | null }[] };
      }>(
        staff.system,
        'mutation($asOf: Date) { runChurnDetection(asOf: $asOf) { changes { customer { id } field from to reason } userErrors { code } } }',
        { asOf },
      )
    ).runChurnDetection.changes.filter((c) => c.customer.id === id && c.field !== 'DORMANT');

  let loyal: string;

  it('CUS-033 POTENTIAL until the first paid order, NEW from it; an order is recorded once', async () => {
    loyal = await newCustomer('杭州百货连锁有限公司');
    expect((await order(loyal, 'SO-1', '2026-01-05', false)).customer.lifecycleStage).toBe('POTENTIAL');
    expect((await order(loyal, 'SO-2', '2026-01-08')).customer.lifecycleStage).toBe('NEW');
    const repeated = await order(loyal, 'SO-2', '2026-01-08');
    expect(repeated.userErrors).toEqual([]);
    const orders = await h.gql<{ customer: { orders: { orderRef: string }[] } }>(
      staff.rep,
      'query($id: ID!) { customer(id: $id) { orders { orderRef } } }',
      { id: loyal },
    );
    expect(orders.customer.orders.map((o) => o.orderRef)).toEqual(['SO-2', 'SO-1']);
    expect(await state(loyal)).toMatchObject({ firstTradeOn: '2026-01-08', lastOrderOn: '2026-01-08' });
  });

  it('CUS-033 LOYAL with 3 orders in 24 months, no open valid complaint and satisfaction ≥ 4; back to NEW when that no longer holds', async () => {
    expect(await churnRun('2026-01-09', loyal)).toEqual([]);
    await h.mutate(staff.rep, 'recordSatisfactionSurvey', { customerId: loyal, score: 3, surveyedOn: '2026-02-09' }, 'survey { id }');
    await order(loyal, 'SO-3', '2026-02-10');
    expect(await churnRun('2026-02-11', loyal)).toEqual([]);
    await h.mutate(staff.rep, 'recordSatisfactionSurvey', { customerId: loyal, score: 5, surveyedOn: '2026-03-20' }, 'survey { id }');
    // SO-2 and SO-3 are paid, SO-1 is not yet: two orders, not three.
    expect(await churnRun('2026-03-21', loyal)).toEqual([]);
    const payment = await h.mutate<{ order: { orderRef: string; paid: boolean } }>(
      staff.rep,
      'recordCustomerOrder',
      { customerId: loyal, orderRef: 'SO-1', orderedOn: '2026-01-05', amount: '58000', paid: true },
      'order { orderRef paid }',
    );
    expect(payment.order).toEqual({ orderRef: 'SO-1', paid: true });
    expect(await churnRun('2026-03-21', loyal)).toEqual([
      { customer: { id: loyal }, field: 'LIFECYCLE_STAGE', from: 'NEW', to: 'LOYAL', reason: null },
    ]);
    expect(await churnRun('2026-03-21', loyal)).toEqual([]);
    await h.mutate(
      staff.rep,
      'recordComplaintFacts',
      { customerId: loyal, asOf: '2026-03-25', openValidComplaints: 1, validComplaintsLast12Months: 1 },
      'customer { id }',
    );
    expect(await churnRun('2026-03-25', loyal)).toEqual([
      { customer: { id: loyal }, field: 'LIFECYCLE_STAGE', from: 'LOYAL', to: 'NEW', reason: null },
    ]);
    await h.mutate(
      staff.rep,
      'recordComplaintFacts',
      { customerId: loyal, asOf: '2026-04-01', openValidComplaints: 0, validComplaintsLast12Months: 1 },
      'customer { id }',
    );
    await h.mutate(staff.rep, 'recordSatisfactionSurvey', { customerId: loyal, score: 3, surveyedOn: '2026-04-02' }, 'survey { id }');
    expect(await churnRun('2026-04-03', loyal)).toEqual([]);
    expect((await state(loyal)).lifecycleStage).toBe('NEW');
  });

  it('CUS-034 churn risk 6 months after the last order, once however often the job runs', async () => {
    expect(await churnRun('2026-08-10', loyal)).toEqual([]);
    expect(await churnRun('2026-08-11', loyal)).toEqual([
      { customer: { id: loyal }, field: 'CHURN_RISK', from: 'false', to: 'true', reason: null },
    ]);
    expect(await churnRun('2026-08-11', loyal)).toEqual([]);
  });

  it('CUS-033, CUS-034 12 months without an order churns the customer with a reason and a revisit task; the next order wins it back', async () => {
    expect(await churnRun('2027-02-10', loyal)).toEqual([]);
    expect(await churnRun('2027-02-11', loyal)).toEqual([
      { customer: { id: loyal }, field: 'LIFECYCLE_STAGE', from: 'NEW', to: 'CHURNED', reason: 'NO_ORDER_12_MONTHS' },
      { customer: { id: loyal }, field: 'CHURN_RISK', from: 'true', to: 'false', reason: null },
    ]);
    expect(await state(loyal)).toMatchObject({ lifecycleStage: 'CHURNED', churnReason: 'NO_ORDER_12_MONTHS' });
    const tasks = await h.gql<{ customerTasks: { edges: { node: { kind: string; assigneeId: string } }[] } }>(
      staff.rep,
      'query($c: ID) { customerTasks(filter: { customerId: $c, kinds: [REVISIT] }) { edges { node { kind assigneeId } } } }',
      { c: loyal },
    );
    expect(tasks.customerTasks.edges.map((e) => e.node)).toEqual([{ kind: 'REVISIT', assigneeId: staff.rep.id }]);
    expect(await churnRun('2027-02-11', loyal)).toEqual([]);
    const winBack = await order(loyal, 'SO-5', '2027-04-01');
    expect(winBack.customer).toEqual({ lifecycleStage: 'NEW', churnRisk: false });
    expect((await state(loyal)).churnReason).toBeNull();
  });

  it('CUS-034 a manager marks a customer churned by hand with a reason; the table limits the moves', async () => {
    const id = await newCustomer('苏州长城超市有限公司');
    await order(id, 'SO-A', '2026-01-05');
    const current = await state(id);
    expect(
      codes(
        await h.mutate(
          staff.rep,
          'changeLifecycleStage',
          { id, version: current.version, stage: 'CHURNED', reason: '转向竞争对手' },
          'customer { id }',
        ),
      ),
    ).toEqual(['ROLE_NOT_ALLOWED']);
    expect(
      codes(
        await h.mutate(
          staff.salesManager,
          'changeLifecycleStage',
          { id, version: current.version, stage: 'POTENTIAL', reason: 'x' },
          'customer { id }',
        ),
      ),
    ).toEqual(['TRANSITION_NOT_ALLOWED']);
    const churned = await h.mutate<{ customer: State }>(
      staff.salesManager,
      'changeLifecycleStage',
      { id, version: current.version, stage: 'CHURNED', reason: '转向竞争对手' },
      'customer { lifecycleStage churnReason }',
    );
    expect(churned.customer).toEqual({ lifecycleStage: 'CHURNED', churnReason: '转向竞争对手' });
  });

  it('CUS-035 ≥ 3 valid complaints in the trailing 12 months make a problem customer', async () => {
    const id = await newCustomer('宁波远航家电有限公司');
    const facts = (n: number, asOf: string) =>
      h.mutate<{ customer: { problemCustomer: boolean } }>(
        staff.rep,
        'recordComplaintFacts',
        { customerId: id, asOf, openValidComplaints: 0, validComplaintsLast12Months: n },
        'customer { problemCustomer }',
      );
    expect((await facts(2, '2026-05-01')).customer.problemCustomer).toBe(false);
    expect((await facts(3, '2026-06-01')).customer.problemCustomer).toBe(true);
    expect(codes(await facts(0, '2026-05-15'))).toEqual(['OLDER_FACTS']);
    expect((await facts(1, '2026-07-01')).customer.problemCustomer).toBe(false);
  });

  it('CUS-036 ACTIVE → SUSPENDED → ACTIVE by a manager with a reason; termination needs an approved request and keeps the profile', async () => {
    const id = await newCustomer('温州瑞丰鞋业有限公司');
    let current = await state(id);
    expect(
      codes(await h.mutate(staff.salesManager, 'suspendCustomer', { id, version: current.version, reason: ' ' }, 'customer { status }')),
    ).toEqual(['REQUIRED']);
    const suspended = await h.mutate<{ customer: State }>(
      staff.salesManager,
      'suspendCustomer',
      { id, version: current.version, reason: '货款纠纷' },
      'customer { status version }',
    );
    expect(suspended.customer.status).toBe('SUSPENDED');
    expect(
      codes(
        await h.mutate(
          staff.salesManager,
          'suspendCustomer',
          { id, version: suspended.customer.version, reason: '再次' },
          'customer { status }',
        ),
      ),
    ).toEqual(['INVALID_STATE']);
    const active = await h.mutate<{ customer: State }>(
      staff.salesManager,
      'reactivateCustomer',
      { id, version: suspended.customer.version },
      'customer { status }',
    );
    expect(active.customer.status).toBe('ACTIVE');
    const request = await h.mutate<{ request: { id: string; state: string; approvalId: string } }>(
      staff.salesManager,
      'requestCustomerTermination',
      { customerId: id, reason: '会员到期不再续约' },
      'request { id state approvalId }',
    );
    expect(request.request.state).toBe('PENDING');
    expect(codes(await h.decide(staff.salesManager, request.request.approvalId))).toEqual(['OWN_REQUEST']);
    expect(await h.approveAll(request.request.approvalId, staff.salesManager2)).toBe('APPROVED');
    current = await state(id);
    expect(current.status).toBe('TERMINATED');
    expect(
      codes(await h.mutate(staff.salesManager, 'reactivateCustomer', { id, version: current.version }, 'customer { status }')),
    ).toEqual(['INVALID_STATE']);
  });

  it('CUS-037 ACTIVE, FILED customers without a survey this year are listed', async () => {
    const id = await newCustomer('上海宏达连锁便利有限公司');
    await h
      .mutate(
        staff.rep,
        'updateCustomer',
        {
          id,
          version: 1,
          legalRepresentative: '张志强',
          address: '上海市浦东新区1号',
          phone: '021-58001234',
          postcode: '200120',
          businessScope: '零售',
          registeredCapital: '1000000',
          usccCode: testUscc(77, '310115'),
        },
        'customer { id }',
      )
      .then((p) => expect(p.userErrors).toEqual([]));
    await h.mutate(staff.rep, 'addContact', { customerId: id, contact: { name: '李店长', mobile: '13800001111' } }, 'contact { id }');
    const submitted = await h.mutate<{ customer: { filingApprovalId: string } }>(
      staff.rep,
      'submitCustomerFiling',
      { id, version: 2 },
      'customer { filingApprovalId }',
    );
    await h.approveAll(submitted.customer.filingApprovalId, staff.salesManager);
    const DUE = 'query($year: Int) { customers(first: 100, filter: { surveyMissingInYear: $year }) { edges { node { id } } } }';
    const due = async (year: number) =>
      (await h.gql<{ customers: { edges: { node: { id: string } }[] } }>(staff.salesManager, DUE, { year })).customers.edges.map(
        (e) => e.node.id,
      );
    expect(await due(2026)).toContain(id);
    await h.mutate(
      staff.rep,
      'recordSatisfactionSurvey',
      { customerId: id, score: 4, surveyedOn: '2026-06-30', departmentId: 'd-cs' },
      'survey { id }',
    );
    expect(await due(2026)).not.toContain(id);
    expect(await due(2027)).toContain(id);
    expect(
      codes(await h.mutate(staff.rep, 'recordSatisfactionSurvey', { customerId: id, score: 6, surveyedOn: '2026-07-01' }, 'survey { id }')),
    ).toEqual(['OUT_OF_RANGE']);
  });

  it('CUS-038 worked example 11: a referred customer who attends and buys 2,500 yuan on site earns the referrer 300 points, each source once', async () => {
    const referrer = await newCustomer('老顾客王阿姨');
    const referred = await newCustomer('新顾客李先生');
    const credit = (reason: string, sourceRef: string, salesAmount?: string) =>
      h.mutate<{ entry: { points: number } }>(
        staff.rep,
        'recordReferralPoints',
        { referrerId: referrer, referredCustomerId: referred, reason, occurredOn: '2026-05-18', sourceRef, salesAmount },
        'entry { points }',
      );
    expect((await credit('REFERRAL_ATTENDED', '联谊会-2026-05-18')).entry.points).toBe(100);
    expect((await credit('REFERRAL_SALES', 'XS-20260518-07', '2500')).entry.points).toBe(200);
    expect(codes(await credit('REFERRAL_ATTENDED', '联谊会-2026-05-18'))).toEqual(['ALREADY_CREDITED']);
    const balance = await h.gql<{ customer: { pointsBalance: number } }>(
      staff.rep,
      'query($id: ID!) { customer(id: $id) { pointsBalance } }',
      { id: referrer },
    );
    expect(balance.customer.pointsBalance).toBe(300);
  });

  it('CUS-034 a scheduler runs the same jobs directly on the database; a second run changes nothing', async () => {
    const jobs = customerJobs(h.svc.dataSource, loadConfig({}), { clock: h.clock });
    const id = await newCustomer('宁波瑞丰文具有限公司');
    await order(id, 'SO-S1', '2025-01-02');
    const first = await jobs.churnDetection('2026-01-10');
    expect(first.filter((c) => c.customerId === id).map((c) => c.field)).toEqual(['LIFECYCLE_STAGE']);
    expect(await jobs.churnDetection('2026-01-10')).toEqual([]);
    const daily = await jobs.daily('2026-01-10');
    expect(daily.map((r) => r.job)).toEqual(expect.arrayContaining(['CLAIMS_LAPSED', 'PROVISIONAL_END_ASSESSMENTS', 'LOANS_OVERDUE']));
    expect((await jobs.daily('2026-01-10')).every((r) => r.count === 0)).toBe(true);
  });

  it('CUS-033 an order recorded unpaid counts once its payment is recorded: POTENTIAL → NEW with a provisional C (CUS-018)', async () => {
    const id = await newCustomer('舟山海达水产有限公司');
    expect((await order(id, 'SO-P1', '2026-01-05', false)).customer.lifecycleStage).toBe('POTENTIAL');
    expect(await state(id)).toMatchObject({ firstTradeOn: null, lastOrderOn: null });
    const paid = await h.mutate<{ customer: { lifecycleStage: string; grade: string; gradeProvisional: boolean } }>(
      staff.rep,
      'recordCustomerOrder',
      { customerId: id, orderRef: 'SO-P1', orderedOn: '2026-01-05', amount: '58000', paid: true },
      'customer { lifecycleStage grade gradeProvisional }',
    );
    expect(paid.customer).toEqual({ lifecycleStage: 'NEW', grade: 'C', gradeProvisional: true });
    expect(await state(id)).toMatchObject({ firstTradeOn: '2026-01-05', lastOrderOn: '2026-01-05' });
    const again = await h.mutate<{ order: { paid: boolean } }>(
      staff.rep,
      'recordCustomerOrder',
      { customerId: id, orderRef: 'SO-P1', orderedOn: '2026-01-05', amount: '58000', paid: false },
      'order { paid }',
    );
    expect(again.order.paid).toBe(true);
  });

  it('CUS-033 unpaid orders do not count towards LOYAL', async () => {
    const id = await newCustomer('嘉兴恒丰纺织有限公司');
    await order(id, 'SO-U0', '2026-01-05');
    await order(id, 'SO-U1', '2026-01-06', false);
    await order(id, 'SO-U2', '2026-01-07', false);
    await h.mutate(staff.rep, 'recordSatisfactionSurvey', { customerId: id, score: 5, surveyedOn: '2026-01-07' }, 'survey { id }');
    expect(await churnRun('2026-01-08', id)).toEqual([]);
    expect((await state(id)).lifecycleStage).toBe('NEW');
  });

  it('CUS-033 a customer never surveyed is not LOYAL, however often it bought', async () => {
    const id = await newCustomer('湖州信达建材有限公司');
    for (const [ref, on] of [
      ['SO-N1', '2026-01-05'],
      ['SO-N2', '2026-01-06'],
      ['SO-N3', '2026-01-07'],
    ])
      await order(id, ref, on);
    expect(await churnRun('2026-01-08', id)).toEqual([]);
    await h.mutate(staff.rep, 'recordSatisfactionSurvey', { customerId: id, score: 4, surveyedOn: '2026-01-08' }, 'survey { id }');
    expect(await churnRun('2026-01-09', id)).toEqual([
      { customer: { id }, field: 'LIFECYCLE_STAGE', from: 'NEW', to: 'LOYAL', reason: null },
    ]);
  });

  it('CUS-033 an unpaid order neither resets the churn clock nor wins a churned customer back', async () => {
    const id = await newCustomer('绍兴明达五金有限公司');
    await order(id, 'SO-C1', '2026-01-05');
    await order(id, 'SO-C2', '2026-06-01', false);
    expect((await state(id)).lastOrderOn).toBe('2026-01-05');
    expect(await churnRun('2026-07-06', id)).toEqual([{ customer: { id }, field: 'CHURN_RISK', from: 'false', to: 'true', reason: null }]);
    expect(await churnRun('2027-01-06', id)).toEqual([
      { customer: { id }, field: 'LIFECYCLE_STAGE', from: 'NEW', to: 'CHURNED', reason: 'NO_ORDER_12_MONTHS' },
      { customer: { id }, field: 'CHURN_RISK', from: 'true', to: 'false', reason: null },
    ]);
    expect((await order(id, 'SO-C3', '2027-02-01', false)).customer.lifecycleStage).toBe('CHURNED');
    expect((await order(id, 'SO-C4', '2027-02-02')).customer).toEqual({ lifecycleStage: 'NEW', churnRisk: false });
    expect((await state(id)).lastOrderOn).toBe('2027-02-02');
  });

  it('only the job runner roles may run the jobs by hand', async () => {
    const refused = await h.gql<{ runChurnDetection: { userErrors: { code: string }[] } }>(
      staff.rep,
      'mutation { runChurnDetection { userErrors { code } } }',
    );
    expect(refused.runChurnDetection.userErrors.map((e) => e.code)).toEqual(['ROLE_NOT_ALLOWED']);
  });
});
