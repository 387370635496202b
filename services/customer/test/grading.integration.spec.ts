import { Caller } from '@crm/platform';
import { codes, Harness, startHarness, staff } from './support/harness';

/** Grading through GraphQL: provisional grades, the annual review, approvals, overrides, history, size (CUS-011, CUS-012, CUS-013, CUS-014, CUS-015, CUS-016, CUS-017, CUS-018, CUS-019, CUS-020, CUS-021, CUS-022). */
describe('grading (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-04-15T02:00:00Z');
  });
  afterAll(() => h.stop());

  type Assessment = {
    id: string;
    version: number;
    state: string;
    total: number | null;
    resultGrade: string | null;
    strategicInfluenceSetById: string | null;
    approvalId: string | null;
  };
  const ASSESSMENT =
    'assessment { id version state total resultGrade strategicInfluenceSetById approvalId scores { contractAmount receivable premium strategicInfluence } }';
  const CUSTOMER = `query($id: ID!) { customer(id: $id) {
    id version grade gradeProvisional provisionalUntil gradeEffectiveFrom size confidentiality
    gradeHistory { grade provisional source effectiveFrom effectiveTo reason }
    gradeAssessments { id kind state periodFrom periodTo version }
    visitPlan { treatmentClass visitorRoles intervalMonths nextDueOn active }
    treatment { treatmentClass priceTier shippingPriority }
  } }`;
  type Customer = {
    id: string;
    version: number;
    grade: string | null;
    gradeProvisional: boolean;
    provisionalUntil: string | null;
    size: string;
    confidentiality: string;
    gradeHistory: {
      grade: string;
      provisional: boolean;
      source: string;
      effectiveFrom: string;
      effectiveTo: string | null;
      reason: string | null;
    }[];
    gradeAssessments: { id: string; kind: string; state: string; periodFrom: string; periodTo: string; version: number }[];
    visitPlan: { treatmentClass: string; visitorRoles: string[]; intervalMonths: number; nextDueOn: string; active: boolean } | null;
    treatment: { treatmentClass: string; priceTier: string } | null;
  };

  // Read as the GM: grade A files are CONFIDENTIAL and closed to the managers without a grant (CUS-042).
  const customer = async (id: string) => (await h.gql<{ customer: Customer }>(staff.gm, CUSTOMER, { id })).customer;
  let serial = 0;
  const newCustomer = async (name?: string) => {
    serial += 1;
    const payload = await h.mutate<{ customer: { id: string } }>(
      staff.rep,
      'createCustomer',
      { name: name ?? `评级测试${serial}号有限公司`, entityKind: 'COMPANY', type: 'DEALER' },
      'customer { id }',
    );
    return payload.customer.id;
  };
  const order = (
    customerId: string,
    orderedOn: string,
    ref = `SO-${orderedOn}-${customerId.slice(0, 4)}`,
    amount = '250000',
    paid = true,
  ) => h.mutate(staff.rep, 'recordCustomerOrder', { customerId, orderRef: ref, orderedOn, amount, paid }, 'order { id }');

  /** Enters the four inputs and walks the assessment to SUBMITTED with the roles CUS-019 names. */
  const rateAndSubmit = async (assessmentId: string, inputs: Record<string, unknown>) => {
    let current = await h.mutate<{ assessment: Assessment }>(
      staff.sectionChief,
      'updateGradeAssessmentInputs',
      { id: assessmentId, version: 1, ...inputs, strategicInfluence: undefined },
      ASSESSMENT,
    );
    expect(current.userErrors).toEqual([]);
    current = await h.mutate(
      staff.salesManager,
      'updateGradeAssessmentInputs',
      { id: assessmentId, version: current.assessment.version, strategicInfluence: inputs.strategicInfluence },
      ASSESSMENT,
    );
    for (const [caller, to] of [
      [staff.sectionChief, 'PRELIM_RATED'],
      [staff.salesManager, 'MEETING_REVIEWED'],
      [staff.salesManager, 'SUBMITTED'],
    ] as [Caller, string][]) {
      current = await h.mutate(caller, 'advanceGradeAssessment', { id: assessmentId, version: current.assessment.version, to }, ASSESSMENT);
      expect(current.userErrors).toEqual([]);
    }
    return current.assessment;
  };

  const TOP = {
    contractAmount: '12000000',
    maxDaysPastDue: 0,
    yearEndReceivable: '400000',
    premiumPct: '12',
    premiumEvidence: '2026年合同价对比表',
    strategicInfluence: 4,
  };
  const MIDDLE = {
    contractAmount: '6000000',
    maxDaysPastDue: 0,
    yearEndReceivable: '800000',
    premiumPct: '6',
    premiumEvidence: '合同价对比表',
    strategicInfluence: 2,
  };

  let provisionalId: string;
  let veteranId: string;

  it('CUS-018 the first transaction grades a new customer C, provisionally, whatever its size', async () => {
    provisionalId = await newCustomer('温州鼎盛贸易有限公司');
    await order(provisionalId, '2026-04-15');
    const c = await customer(provisionalId);
    expect(c).toMatchObject({ grade: 'C', gradeProvisional: true, provisionalUntil: '2027-04-15' });
    expect(c.gradeHistory).toEqual([
      { grade: 'C', provisional: true, source: 'PROVISIONAL', effectiveFrom: '2026-04-15', effectiveTo: null, reason: null },
    ]);
  });

  it('CUS-016 worked example 4: a SALES_REP may not set strategic influence; the SALES_DEPT_MANAGER may, and is recorded', async () => {
    const opened = await h.mutate<{ assessment: Assessment }>(
      staff.salesManager,
      'openGradeAssessment',
      { customerId: provisionalId, periodFrom: '2026-04-15', periodTo: '2026-04-30' },
      ASSESSMENT,
    );
    expect(opened.userErrors).toEqual([]);
    const byRep = await h.mutate(
      staff.rep,
      'updateGradeAssessmentInputs',
      { id: opened.assessment.id, version: 1, strategicInfluence: 4 },
      ASSESSMENT,
    );
    expect(codes(byRep)).toEqual(['ROLE_NOT_ALLOWED']);
    const byManager = await h.mutate<{ assessment: Assessment }>(
      staff.salesManager,
      'updateGradeAssessmentInputs',
      { id: opened.assessment.id, version: 1, strategicInfluence: 4 },
      ASSESSMENT,
    );
    expect(byManager.userErrors).toEqual([]);
    expect(byManager.assessment.strategicInfluenceSetById).toBe(staff.salesManager.id);
  });

  it('CUS-043 the premium is entered with its evidence; amounts cannot be negative', async () => {
    const opened = await h.mutate<{ assessment: Assessment }>(
      staff.salesManager,
      'openGradeAssessment',
      { customerId: provisionalId, periodFrom: '2026-05-01', periodTo: '2026-05-31' },
      ASSESSMENT,
    );
    const noEvidence = await h.mutate(
      staff.sectionChief,
      'updateGradeAssessmentInputs',
      { id: opened.assessment.id, version: 1, premiumPct: '8' },
      ASSESSMENT,
    );
    expect(codes(noEvidence)).toEqual(['EVIDENCE_REQUIRED']);
    const negative = await h.mutate(
      staff.sectionChief,
      'updateGradeAssessmentInputs',
      { id: opened.assessment.id, version: 1, contractAmount: '-1' },
      ASSESSMENT,
    );
    expect(codes(negative)).toEqual(['INVALID_AMOUNT']);
  });

  it('CUS-019 steps are recorded by their roles and need all four indicators', async () => {
    const opened = await h.mutate<{ assessment: Assessment }>(
      staff.salesManager,
      'openGradeAssessment',
      { customerId: provisionalId, periodFrom: '2026-06-01', periodTo: '2026-06-30' },
      ASSESSMENT,
    );
    const id = opened.assessment.id;
    expect(codes(await h.mutate(staff.rep, 'advanceGradeAssessment', { id, version: 1, to: 'PRELIM_RATED' }, ASSESSMENT))).toEqual([
      'ROLE_NOT_ALLOWED',
    ]);
    expect(codes(await h.mutate(staff.sectionChief, 'advanceGradeAssessment', { id, version: 1, to: 'PRELIM_RATED' }, ASSESSMENT))).toEqual(
      ['INPUTS_INCOMPLETE'],
    );
    expect(codes(await h.mutate(staff.salesManager, 'advanceGradeAssessment', { id, version: 1, to: 'SUBMITTED' }, ASSESSMENT))).toEqual([
      'INVALID_STATE',
    ]);
  });

  it('CUS-019 the annual review opens only in its window, skips provisional customers and is safe to repeat (worked example 5)', async () => {
    h.clock.set('2026-04-20T02:00:00Z');
    veteranId = await newCustomer('宁波长城机电有限公司');
    await order(veteranId, '2025-01-10', 'SO-OLD-1');
    // The veteran's provisional year ended; its PROVISIONAL_END assessment is approved at C so it takes part in reviews.
    const daily = await h.gql<{ runCustomerDailyJobs: { results: { job: string; count: number }[] } }>(
      staff.system,
      'mutation { runCustomerDailyJobs(asOf: "2026-04-20") { results { job count } userErrors { code } } }',
    );
    expect(daily.runCustomerDailyJobs.results).toContainEqual({ job: 'PROVISIONAL_END_ASSESSMENTS', count: 1 });
    const endAssessment = (await customer(veteranId)).gradeAssessments.find((a) => a.kind === 'PROVISIONAL_END')!;
    expect(endAssessment).toMatchObject({ periodFrom: '2025-01-10', periodTo: '2026-01-10', state: 'DRAFT' });
    const endSubmitted = await rateAndSubmit(endAssessment.id, MIDDLE);
    expect(await h.approveAll(endSubmitted.approvalId!, staff.vp)).toBe('APPROVED');
    expect(await customer(veteranId)).toMatchObject({ grade: 'C', gradeProvisional: false, provisionalUntil: null });

    h.clock.set('2027-03-24T02:00:00Z');
    const early = await h.mutate(staff.salesManager, 'startAnnualGradeReview', { cycleYear: 2027 }, 'opened skippedProvisional');
    expect(codes(early)).toEqual(['OUTSIDE_REVIEW_WINDOW']);
    h.clock.set('2027-03-25T02:00:00Z');
    expect(codes(await h.mutate(staff.rep, 'startAnnualGradeReview', { cycleYear: 2027 }, 'opened'))).toEqual(['ROLE_NOT_ALLOWED']);
    const review = await h.mutate<{ opened: number; skippedProvisional: number }>(
      staff.salesManager,
      'startAnnualGradeReview',
      { cycleYear: 2027 },
      'opened skippedProvisional',
    );
    expect(review.userErrors).toEqual([]);
    expect(review.opened).toBe(1);
    expect(review.skippedProvisional).toBe(1);
    expect((await customer(provisionalId)).gradeAssessments.filter((a) => a.kind === 'ANNUAL')).toEqual([]);
    const again = await h.mutate<{ opened: number }>(staff.salesManager, 'startAnnualGradeReview', { cycleYear: 2027 }, 'opened');
    expect(again.opened).toBe(0);
  });

  it('CUS-018 worked example 5: PROVISIONAL_END falls due 2027-04-16; approved with total 16 the grade becomes A, no longer provisional', async () => {
    h.clock.set('2027-04-15T02:00:00Z');
    const RUN = 'mutation($asOf: Date) { runCustomerDailyJobs(asOf: $asOf) { results { job count } userErrors { code } } }';
    type Run = { runCustomerDailyJobs: { results: { job: string; count: number }[] } };
    const onLastDay = await h.gql<Run>(staff.system, RUN, { asOf: '2027-04-15' });
    expect(onLastDay.runCustomerDailyJobs.results).toContainEqual({ job: 'PROVISIONAL_END_ASSESSMENTS', count: 0 });
    const nextDay = await h.gql<Run>(staff.system, RUN, { asOf: '2027-04-16' });
    expect(nextDay.runCustomerDailyJobs.results).toContainEqual({ job: 'PROVISIONAL_END_ASSESSMENTS', count: 1 });
    const twice = await h.gql<Run>(staff.system, RUN, { asOf: '2027-04-16' });
    expect(twice.runCustomerDailyJobs.results).toContainEqual({ job: 'PROVISIONAL_END_ASSESSMENTS', count: 0 });
    const due = (await customer(provisionalId)).gradeAssessments.find((a) => a.kind === 'PROVISIONAL_END')!;
    expect(due).toMatchObject({ periodFrom: '2026-04-15', periodTo: '2027-04-15' });
    h.clock.set('2027-04-16T02:00:00Z');
    const submitted = await rateAndSubmit(due.id, TOP);
    expect(submitted).toMatchObject({ state: 'SUBMITTED', total: 16, resultGrade: 'A' });
    expect(codes(await h.decide(staff.gm, submitted.approvalId!))).toEqual(['NOT_YOUR_STEP']);
    expect(await h.approveAll(submitted.approvalId!, staff.vp)).toBe('PENDING');
    expect((await customer(provisionalId)).grade).toBe('C');
    expect(await h.approveAll(submitted.approvalId!, staff.gm)).toBe('APPROVED');
    const c = await customer(provisionalId);
    expect(c).toMatchObject({ grade: 'A', gradeProvisional: false, provisionalUntil: null, confidentiality: 'CONFIDENTIAL' });
    expect(c.gradeHistory.map((e) => [e.grade, e.source, e.effectiveFrom, e.effectiveTo])).toEqual([
      ['A', 'ASSESSMENT', '2027-04-16', null],
      ['C', 'PROVISIONAL', '2026-04-15', '2027-04-15'],
    ]);
    expect(c.visitPlan).toMatchObject({
      treatmentClass: 'ORD-A',
      visitorRoles: ['SALES_DEPT_MANAGER'],
      intervalMonths: 12,
      nextDueOn: '2028-04-16',
      active: true,
    });
  });

  it('CUS-022 a submitted assessment is immutable; CUS-020 an approved assessment supersedes even a higher grade', async () => {
    const annual = (await customer(veteranId)).gradeAssessments.find((a) => a.kind === 'ANNUAL')!;
    h.clock.set('2027-03-28T02:00:00Z');
    const submitted = await rateAndSubmit(annual.id, { ...MIDDLE, maxDaysPastDue: 10, premiumPct: '-1', strategicInfluence: 1 });
    expect(submitted).toMatchObject({ total: 6, resultGrade: 'D' });
    const locked = await h.mutate(
      staff.salesManager,
      'updateGradeAssessmentInputs',
      { id: annual.id, version: submitted.version, premiumPct: '20', premiumEvidence: 'x' },
      ASSESSMENT,
    );
    expect(codes(locked)).toEqual(['ASSESSMENT_LOCKED']);
    const returned = await h.decide(staff.vp, submitted.approvalId!, 'RETURN', '战略影响评分偏低,请复核');
    expect(returned.approval!.state).toBe('DRAFT');
    const redo = await h.mutate<{ assessment: Assessment }>(
      staff.salesManager,
      'updateGradeAssessmentInputs',
      { id: annual.id, version: submitted.version + 1, strategicInfluence: 2 },
      ASSESSMENT,
    );
    expect(redo.assessment).toMatchObject({ state: 'DRAFT', total: 7, resultGrade: 'D' });
    for (const [caller, to] of [
      [staff.sectionChief, 'PRELIM_RATED'],
      [staff.salesManager, 'MEETING_REVIEWED'],
      [staff.salesManager, 'SUBMITTED'],
    ] as [Caller, string][]) {
      const current = (
        await h.gql<{ gradeAssessments: { edges: { node: Assessment }[] } }>(
          staff.salesManager,
          'query($c: ID) { gradeAssessments(filter: { customerId: $c, kinds: [ANNUAL] }) { edges { node { id version state total resultGrade strategicInfluenceSetById } } } }',
          { c: veteranId },
        )
      ).gradeAssessments.edges[0].node;
      expect(
        (await h.mutate(caller, 'advanceGradeAssessment', { id: annual.id, version: current.version, to }, ASSESSMENT)).userErrors,
      ).toEqual([]);
    }
    const resubmitted = (
      await h.gql<{ gradeAssessments: { edges: { node: Assessment }[] } }>(
        staff.salesManager,
        'query($c: ID) { gradeAssessments(filter: { customerId: $c, kinds: [ANNUAL] }) { edges { node { id approvalId state } } } }',
        { c: veteranId },
      )
    ).gradeAssessments.edges[0].node;
    expect(resubmitted.approvalId).not.toBe(submitted.approvalId);
    expect(await h.approveAll(resubmitted.approvalId!, staff.vp)).toBe('APPROVED');
    const c = await customer(veteranId);
    expect(c.grade).toBe('D');
    expect(c.gradeHistory[0]).toMatchObject({ grade: 'D', source: 'ASSESSMENT', effectiveTo: null });
    expect(c.gradeHistory[1]).toMatchObject({ grade: 'C', effectiveTo: '2027-03-27' });
    expect(c.visitPlan).toMatchObject({ active: false });
  });

  it('CUS-021 an override needs a reason and GRADE_OVERRIDE approval, not by its requester (X-051), and lasts until the next approved assessment', async () => {
    expect(
      codes(
        await h.mutate(staff.rep, 'requestGradeOverride', { customerId: veteranId, grade: 'B', reason: '战略合作' }, 'override { id }'),
      ),
    ).toEqual(['ROLE_NOT_ALLOWED']);
    expect(
      codes(await h.mutate(staff.vp, 'requestGradeOverride', { customerId: veteranId, grade: 'B', reason: ' ' }, 'override { id }')),
    ).toEqual(['REQUIRED']);
    const requested = await h.mutate<{ override: { id: string; state: string; approvalId: string } }>(
      staff.vp,
      'requestGradeOverride',
      { customerId: veteranId, grade: 'B', reason: '新签三年战略合作协议' },
      'override { id state approvalId }',
    );
    expect(requested.override.state).toBe('PENDING');
    // X-051 worked example 7: the VP who asked cannot approve; the request waits for another VP.
    expect(codes(await h.decide(staff.vp, requested.override.approvalId))).toEqual(['OWN_REQUEST']);
    expect(await h.approveAll(requested.override.approvalId, staff.vp2)).toBe('APPROVED');
    const c = await customer(veteranId);
    expect(c.grade).toBe('B');
    expect(c.gradeHistory[0]).toMatchObject({ grade: 'B', source: 'OVERRIDE', reason: '新签三年战略合作协议', effectiveTo: null });
    expect(c.gradeHistory[1].effectiveTo).not.toBeNull();
  });

  it('CUS-011 the annual review recalculates the size from the previous year’s sales; a designated size needs a manager and a reason', async () => {
    h.clock.set('2028-03-26T02:00:00Z');
    await h.mutate(
      staff.rep,
      'recordAnnualRecord',
      { customerId: veteranId, year: 2027, salesAmount: '1200000', yearEndReceivable: '100000' },
      'annualRecord { id }',
    );
    await h.mutate(staff.salesManager, 'startAnnualGradeReview', { cycleYear: 2028 }, 'opened');
    const annual = (await customer(veteranId)).gradeAssessments.find((a) => a.kind === 'ANNUAL' && a.periodFrom === '2027-01-01')!;
    const rated = await rateAndSubmit(annual.id, { ...MIDDLE, strategicInfluence: 3 });
    await h.approveAll(rated.approvalId!, staff.vp);
    const c = await customer(veteranId);
    expect(c).toMatchObject({ grade: 'B', size: 'BIG', confidentiality: 'CONFIDENTIAL' });
    expect(c.visitPlan).toMatchObject({
      treatmentClass: 'BIG-B',
      visitorRoles: ['VP', 'SALES_DEPT_MANAGER'],
      intervalMonths: 6,
      active: true,
    });
    expect(c.treatment).toMatchObject({ treatmentClass: 'BIG-B', priceTier: 'BETTER' });

    expect(
      codes(
        await h.mutate(
          staff.rep,
          'designateCustomerSize',
          { id: veteranId, version: c.version, size: 'ORDINARY', reason: 'x' },
          'customer { size }',
        ),
      ),
    ).toEqual(['ROLE_NOT_ALLOWED']);
    const other = await newCustomer();
    const fresh = await customer(other);
    const noManager = await h.mutate(
      staff.salesManager,
      'designateCustomerSize',
      { id: other, version: fresh.version, size: 'BIG', reason: '行业龙头,长期合作意向' },
      'customer { size }',
    );
    expect(codes(noManager)).toEqual(['KEY_ACCOUNT_MANAGER_REQUIRED']);
    const designated = await h.mutate<{
      customer: { size: string; sizeDesignated: boolean; keyAccountIssues: string[]; confidentiality: string };
    }>(
      staff.salesManager,
      'designateCustomerSize',
      { id: other, version: fresh.version, size: 'BIG', reason: '行业龙头,长期合作意向', keyAccountManagerId: 's-liuyang' },
      'customer { size sizeDesignated keyAccountIssues confidentiality }',
    );
    // BIG raised the file to CONFIDENTIAL: the manager's payload no longer shows it (CUS-042), the GM reads it.
    expect(designated).toEqual({ customer: null, userErrors: [] });
    const read = await h.gql<{ customer: Record<string, unknown> }>(
      staff.gm,
      'query($id: ID!) { customer(id: $id) { size sizeDesignated keyAccountIssues confidentiality } }',
      { id: other },
    );
    expect(read.customer).toEqual({ size: 'BIG', sizeDesignated: true, keyAccountIssues: [], confidentiality: 'CONFIDENTIAL' });
  });
});

/** CUS-018 against CUS-021: a manual grade cannot do what the provisional period forbids (001 L372). */
describe('grade overrides of provisional customers (integration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('2026-04-15T02:00:00Z');
  });
  afterAll(() => h.stop());

  const newCustomer = async (name: string) =>
    (
      await h.mutate<{ customer: { id: string } }>(
        staff.rep,
        'createCustomer',
        { name, entityKind: 'COMPANY', type: 'DEALER' },
        'customer { id }',
      )
    ).customer.id;

  it('CUS-018 an override cannot lift a customer above C inside its provisional period; keeping C or lowering it may be asked', async () => {
    const id = await newCustomer('台州博远机电有限公司');
    await h.mutate(
      staff.rep,
      'recordCustomerOrder',
      { customerId: id, orderRef: `SO-${id.slice(0, 8)}`, orderedOn: '2026-04-15', amount: '250000', paid: true },
      'order { id }',
    );
    const above = await h.mutate(
      staff.vp,
      'requestGradeOverride',
      { customerId: id, grade: 'A', reason: '行业龙头' },
      'override { id }',
      'en',
    );
    expect(above.userErrors).toEqual([
      {
        code: 'PROVISIONAL_GRADE_CAP',
        field: ['input', 'grade'],
        message: 'Inside its provisional period (until 2027-04-15) a new customer is graded C at most',
      },
    ]);
    const zh = await h.mutate(staff.vp, 'requestGradeOverride', { customerId: id, grade: 'B', reason: '行业龙头' }, 'override { id }');
    expect(zh.userErrors.map((e) => [e.code, e.message])).toEqual([
      ['PROVISIONAL_GRADE_CAP', '新客户临时评级期内(至 2027-04-15)等级最高为 C'],
    ]);
    const lower = await h.mutate<{ override: { state: string } }>(
      staff.vp,
      'requestGradeOverride',
      { customerId: id, grade: 'D', reason: '多次拖欠货款' },
      'override { state }',
    );
    expect(lower.userErrors).toEqual([]);
    expect(lower.override.state).toBe('PENDING');
  });

  it('CUS-018 an override asked before the first transaction is refused at approval once the customer is inside its provisional period', async () => {
    const id = await newCustomer('丽水恒通物流有限公司');
    const requested = await h.mutate<{ override: { approvalId: string } }>(
      staff.vp,
      'requestGradeOverride',
      { customerId: id, grade: 'B', reason: '战略合作意向' },
      'override { approvalId }',
    );
    expect(requested.userErrors).toEqual([]);
    await h.mutate(
      staff.rep,
      'recordCustomerOrder',
      { customerId: id, orderRef: `SO-${id.slice(0, 8)}`, orderedOn: '2026-04-15', amount: '250000', paid: true },
      'order { id }',
    );
    expect(codes(await h.decide(staff.vp2, requested.override.approvalId))).toEqual(['PROVISIONAL_GRADE_CAP']);
    expect(
      (await h.gql<{ customer: unknown }>(staff.salesManager, 'query($id: ID!) { customer(id: $id) { grade gradeProvisional } }', { id }))
        .customer,
    ).toMatchObject({ grade: 'C', gradeProvisional: true });
  });
});
