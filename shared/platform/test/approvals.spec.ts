import {
  Approvals,
  ApprovalRequestEntity,
  AuditEntryEntity,
  createServiceDataSource,
  decide,
  ApprovalTemplate,
  DEPARTMENT_HEAD,
  fixedClock,
  resolveChain,
  stepDueAt,
  stepsFor,
  stepsOf,
  writeTransaction,
} from '../src';

const vp1 = { id: 's-zhaolei', name: '赵磊', roles: ['VP'], departmentId: 'd-hq' };
const vp2 = { id: 's-vp2', name: '钱峰', roles: ['VP'], departmentId: 'd-hq' };
const gm = { id: 's-huangqiang', name: '黄强', roles: ['GM', 'VP'], departmentId: 'd-hq' };
const manager = { id: 's-yangmin', name: '杨敏', roles: ['SALES_DEPT_MANAGER'], departmentId: 'd-sales' };

/** Templates of a probe subgraph: the engine knows no business template, subgraphs declare theirs. */
const PROBE_TEMPLATES: ApprovalTemplate[] = [
  {
    code: 'LIMIT',
    title: '额度',
    chains: [
      { when: { maxAmount: '500000.00' }, steps: ['SALES_DEPT_MANAGER'] },
      { when: { maxAmount: '2000000.00' }, steps: ['VP'] },
      { steps: ['GM'] },
    ],
  },
  { code: 'RESULT', title: '结果', chains: [{ when: { grades: ['A'] }, steps: ['VP', 'GM'] }, { steps: ['VP'] }] },
  { code: 'COPY', title: '复制', chains: [{ when: { levels: ['CONFIDENTIAL'] }, steps: ['GM|VP'] }, { steps: ['INFO_SUPERVISOR|GM'] }] },
  { code: 'READ', title: '查阅', chains: [{ steps: [DEPARTMENT_HEAD, 'INFO_SPECIALIST'] }] },
];

describe('X-054 approval chains', () => {
  it('X-054 amount bands are inclusive upper bounds in yuan: the first chain that applies is frozen', () => {
    expect(resolveChain(PROBE_TEMPLATES, 'LIMIT', { amount: '500000.00' })).toEqual(['SALES_DEPT_MANAGER']);
    expect(resolveChain(PROBE_TEMPLATES, 'LIMIT', { amount: '500000.01' })).toEqual(['VP']);
    expect(resolveChain(PROBE_TEMPLATES, 'LIMIT', { amount: '2000000.01' })).toEqual(['GM']);
  });

  it('X-054 a chain may depend on the grade or the level, and a step may name alternative roles', () => {
    expect(resolveChain(PROBE_TEMPLATES, 'RESULT', { grade: 'A' })).toEqual(['VP', 'GM']);
    expect(resolveChain(PROBE_TEMPLATES, 'RESULT', { grade: 'B' })).toEqual(['VP']);
    expect(resolveChain(PROBE_TEMPLATES, 'COPY', { level: 'CONFIDENTIAL' })).toEqual(['GM|VP']);
    expect(resolveChain(PROBE_TEMPLATES, 'COPY', { level: 'SECRET' })).toEqual(['INFO_SUPERVISOR|GM']);
  });

  it('X-054 a DEPARTMENT_HEAD step names the requester’s department; a requester without one has no such step', () => {
    expect(resolveChain(PROBE_TEMPLATES, 'READ', {}, 'd-sales-east')).toEqual(['DEPARTMENT_HEAD:d-sales-east', 'INFO_SPECIALIST']);
    expect(resolveChain(PROBE_TEMPLATES, 'READ', {}, null)).toEqual(['INFO_SPECIALIST']);
    expect(() => resolveChain(PROBE_TEMPLATES, 'NONE', {})).toThrow('unknown approval template NONE');
  });
});

describe('X-050/X-051 the approval state machine', () => {
  const pending = (requesterId: string, roles: string[]) => ({
    state: 'PENDING' as const,
    requesterId,
    steps: stepsFor(roles),
    currentStep: 0,
  });
  const at = new Date('2026-03-02T01:00:00Z');

  it('X-051 a VP who submitted a grade override cannot approve it; another VP can', () => {
    const request = pending(vp1.id, ['VP']);
    expect(decide(request, 'APPROVE', vp1, null, at)).toMatchObject({ ok: false, refusal: { code: 'OWN_REQUEST' } });
    expect(decide(request, 'APPROVE', vp2, null, at)).toMatchObject({ ok: true, next: { state: 'APPROVED' } });
  });

  it('X-051 one person may not approve two steps of one request', () => {
    const first = decide(pending(manager.id, ['VP', 'GM']), 'APPROVE', gm, null, at);
    if (!first.ok) throw new Error('first step refused');
    expect(first.next).toMatchObject({ state: 'PENDING', currentStep: 1 });
    expect(decide(first.next, 'APPROVE', gm, null, at)).toMatchObject({ ok: false, refusal: { code: 'ALREADY_DECIDED_A_STEP' } });
  });

  it('X-050 only the current step’s role decides; a rejection needs a reason; returning sends it back to DRAFT; the requester withdraws', () => {
    const request = pending(manager.id, ['GM']);
    expect(decide(request, 'APPROVE', vp2, null, at)).toMatchObject({ ok: false, refusal: { code: 'NOT_YOUR_STEP' } });
    expect(decide(request, 'REJECT', gm, ' ', at)).toMatchObject({ ok: false, refusal: { code: 'COMMENT_REQUIRED' } });
    expect(decide(request, 'REJECT', gm, '额度过高', at)).toMatchObject({ ok: true, next: { state: 'REJECTED' } });
    expect(decide(request, 'RETURN', gm, '补充财务报表', at)).toMatchObject({ ok: true, next: { state: 'DRAFT' } });
    expect(decide(request, 'WITHDRAW', gm, null, at)).toMatchObject({ ok: false, refusal: { code: 'NOT_REQUESTER' } });
    expect(decide(request, 'WITHDRAW', manager, null, at)).toMatchObject({ ok: true, next: { state: 'WITHDRAWN' } });
  });
});

describe('X-050 approvals persisted in a subgraph', () => {
  const { dataSource } = createServiceDataSource({
    target: { kind: 'sqlite', file: ':memory:' },
    entities: [ApprovalRequestEntity],
    migrations: [],
    audited: true,
  });
  beforeAll(async () => {
    await dataSource.initialize();
    await dataSource.synchronize();
  });
  afterAll(() => dataSource.destroy());

  it('X-050/X-041 freezes the chain at submission, records each decision with who and when (on the request clock), and audits it', async () => {
    const approvals = new Approvals(PROBE_TEMPLATES);
    const submittedAt = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const decidedAt = fixedClock(new Date('2026-03-04T06:30:00Z'));
    const submitted = await writeTransaction(dataSource, (m) =>
      approvals.submit(
        m,
        'LIMIT',
        { type: 'credit_limit', id: 'L1' },
        { amount: '3000000.00' },
        { caller: manager, clock: submittedAt },
        '年度大单',
      ),
    );
    expect(stepsOf(submitted).map((s) => s.role)).toEqual(['GM']);
    expect(stepsOf(submitted)[0].activatedAt).toBe('2026-03-02T01:00:00.000Z');
    const decided = await writeTransaction(dataSource, (m) =>
      approvals.decide(m, submitted.id, 1, 'APPROVE', '同意', gm, { lang: 'zh-CN', clock: decidedAt }),
    );
    if (!decided.ok) throw new Error(JSON.stringify(decided.userErrors));
    expect(decided.value).toMatchObject({ state: 'APPROVED', version: 2 });
    expect(stepsOf(decided.value)[0]).toMatchObject({
      decidedBy: gm.id,
      decidedByName: '黄强',
      decision: 'APPROVED',
      comment: '同意',
      decidedAt: '2026-03-04T06:30:00.000Z',
    });
    const stale = await writeTransaction(dataSource, (m) =>
      approvals.decide(m, submitted.id, 1, 'APPROVE', null, vp2, { lang: 'en', clock: decidedAt }),
    );
    expect(stale).toMatchObject({ ok: false, userErrors: [{ code: 'NOT_PENDING' }] });
    const audit = await dataSource.getRepository(AuditEntryEntity).find({ where: { entityId: submitted.id }, order: { id: 'ASC' } });
    expect(audit.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DECISION']);
    expect(audit[2].note).toBe('LIMIT APPROVE: 同意 → APPROVED');
  });
});

describe('X-050 a request returned for changes', () => {
  it('X-050 goes back to PENDING with every step undecided when its requester submits it again', () => {
    const returned = decide(
      { state: 'PENDING', requesterId: manager.id, steps: stepsFor(['VP', 'GM']), currentStep: 0 },
      'RETURN',
      vp1,
      '补充说明',
      new Date(),
    );
    if (!returned.ok) throw new Error('return refused');
    expect(decide(returned.next, 'SUBMIT', vp1, null, new Date())).toMatchObject({ ok: false, refusal: { code: 'NOT_REQUESTER' } });
    const at = new Date('2026-03-10T02:00:00Z');
    expect(decide(returned.next, 'SUBMIT', manager, null, at)).toEqual({
      ok: true,
      next: { state: 'PENDING', requesterId: manager.id, currentStep: 0, steps: stepsFor(['VP', 'GM'], at) },
    });
  });
});

describe('X-052 step due dates', () => {
  it('X-052 each step records when it became current: the first at submission, the next when the one before is approved', () => {
    const submitted = new Date('2026-03-06T09:00:00Z');
    const steps = stepsFor(['VP', 'GM'], submitted);
    expect(steps.map((s) => s.activatedAt)).toEqual([submitted.toISOString(), null]);
    const approvedAt = new Date('2026-03-09T01:30:00Z');
    const next = decide({ state: 'PENDING', requesterId: manager.id, steps, currentStep: 0 }, 'APPROVE', vp1, null, approvedAt);
    if (!next.ok) throw new Error('approval refused');
    expect(next.next.steps.map((s) => s.activatedAt)).toEqual([submitted.toISOString(), approvedAt.toISOString()]);
  });

  it('X-052 a step is due the configured working days later at the same time of day, weekends skipped (Fri 17:00 + 2 → Tue 17:00)', () => {
    // Friday 2026-03-06 17:00 in Shanghai.
    expect(stepDueAt(new Date('2026-03-06T09:00:00Z'), 2, 'Asia/Shanghai').toISOString()).toBe('2026-03-10T09:00:00.000Z');
    expect(stepDueAt(new Date('2026-03-09T01:30:00Z'), 1, 'Asia/Shanghai').toISOString()).toBe('2026-03-10T01:30:00.000Z');
    // Saturday 2026-03-07 10:00: two working days are Monday and Tuesday.
    expect(stepDueAt(new Date('2026-03-07T02:00:00Z'), 2, 'Asia/Shanghai').toISOString()).toBe('2026-03-10T02:00:00.000Z');
  });
});
