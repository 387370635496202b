import { Caller, demoCustomerId } from '@crm/platform';
import { startTestSubgraph, TestSubgraph } from '@crm/platform/testing';
import { loadConfig, start } from '../src';

/** REC-009 gift requests and the GIFT_IMPORTANT approval through the subgraph's GraphQL API. */
const rep: Caller = {
  id: 's-zhangwei',
  name: '张伟',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const otherRep: Caller = {
  id: 's-lina',
  name: '李娜',
  roles: ['SALES_REP'],
  departmentId: 'd-sales-east',
  departmentTree: ['d-sales-east'],
};
const manager: Caller = {
  id: 's-yangmin',
  name: '杨敏',
  roles: ['SALES_DEPT_MANAGER'],
  departmentId: 'd-sales',
  departmentTree: ['d-sales', 'd-sales-east'],
};
// The demo directory has no executive committee member yet; the GM sits on it here.
const execMember: Caller = { id: 's-huangqiang', name: '黄强', roles: ['GM', 'EXEC_COMMITTEE'], departmentId: 'd-hq' };
const vp: Caller = { id: 's-zhaolei', name: '赵磊', roles: ['VP'], departmentId: 'd-hq' };
const finance: Caller = { id: 's-xujun', name: '徐军', roles: ['FINANCE'], departmentId: 'd-finance' };
const agent: Caller = { id: 's-zhouxin', name: '周欣', roles: ['CS_AGENT'], departmentId: 'd-cs', departmentTree: ['d-cs'] };
const auditor: Caller = { id: 's-guoping', name: '郭平', roles: ['AUDIT'], departmentId: 'd-audit' };

type UserErrors = { code: string; field: string[]; message: string }[];
type Step = { role: string; decidedBy: string | null };
type Approval = { id: string; template: string; state: string; version: number; reason: string | null; steps: Step[] };
type Gifts = {
  id: string;
  receptionId: string;
  items: { name: string; unitValue: string; qty: number; lineTotal: string }[];
  total: string;
  important: boolean;
  approvalId: string | null;
  approval: Approval | null;
  version: number;
  createdBy: string;
};
type Reception = { id: string; state: string; version: number; approval: Approval | null; gifts: Gifts | null };
type Item = { name: string; unitValue: string; qty: number };

const APPROVAL = 'id template state version reason steps { role decidedBy }';
const RECEPTION = `id state version approval { ${APPROVAL} }
  gifts { id receptionId items { name unitValue qty lineTotal } total important approvalId approval { ${APPROVAL} } version createdBy }`;

/** A class C reception within the hospitality standard: only the gifts can add an approval. */
const classC = (overrides: Record<string, unknown> = {}) => ({
  class: 'C',
  hostedPartyType: 'CUSTOMER',
  customerId: demoCustomerId(5),
  organisation: '广州鼎盛商贸有限公司',
  guestCount: 3,
  hostId: 's-chenjing',
  hostRank: 'DEPARTMENT_MANAGER',
  startOn: '2026-07-08',
  endOn: '2026-07-08',
  purpose: '年度框架协议签约',
  budget: { hospitality: '800.00', gifts: '900.00' },
  ...overrides,
});

/** Worked example 6. */
const VASE: Item[] = [{ name: '景德镇青花瓷瓶', unitValue: '800.00', qty: 1 }];
const SCARVES: Item[] = [{ name: '杭州丝绸围巾', unitValue: '300.00', qty: 3 }];
const TEA: Item[] = [{ name: '西湖龙井礼盒', unitValue: '250.00', qty: 10 }];

describe('reception gifts (REC-009)', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('reception', loadConfig, start);
  });
  afterAll(() => svc.stop());

  const request = async (input: Record<string, unknown> = classC(), caller = rep): Promise<Reception> => {
    const result = await svc.query<{ requestReception: { reception: Reception; userErrors: UserErrors } }>(
      caller,
      `mutation($input: RequestReceptionInput!) { requestReception(input: $input) { reception { ${RECEPTION} } userErrors { code } } }`,
      { input },
    );
    expect(result.data!.requestReception.userErrors).toEqual([]);
    return result.data!.requestReception.reception;
  };
  const setGifts = async (receptionId: string, version: number, items: Item[], caller = rep, lang = 'zh-CN') => {
    const result = await svc.query<{ setReceptionGifts: { reception: Reception | null; userErrors: UserErrors } }>(
      caller,
      `mutation($input: SetReceptionGiftsInput!) { setReceptionGifts(input: $input) { reception { ${RECEPTION} } userErrors { code field message } } }`,
      { input: { receptionId, version, items } },
      { 'accept-language': lang },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.setReceptionGifts;
  };
  const removeGifts = async (receptionId: string, version: number, caller = rep) =>
    (
      await svc.query<{ removeReceptionGifts: { reception: Reception | null; userErrors: UserErrors } }>(
        caller,
        `mutation($input: RemoveReceptionGiftsInput!) { removeReceptionGifts(input: $input) { reception { ${RECEPTION} } userErrors { code field message } } }`,
        { input: { receptionId, version } },
      )
    ).data!.removeReceptionGifts;
  const submit = async (id: string, version: number) =>
    (
      await svc.query<{ submitReception: { reception: Reception | null; userErrors: UserErrors } }>(
        rep,
        `mutation($input: SubmitReceptionInput!) { submitReception(input: $input) { reception { ${RECEPTION} } userErrors { code field message } } }`,
        { input: { id, version } },
      )
    ).data!.submitReception;
  const decide = async (caller: Caller, approval: Pick<Approval, 'id' | 'version'>, decision: string, comment?: string) => {
    const result = await svc.query<{ decideReceptionApproval: { approval: Approval | null; userErrors: UserErrors } }>(
      caller,
      `mutation($input: DecideApprovalInput!) { decideReceptionApproval(input: $input) { approval { ${APPROVAL} } userErrors { code } } }`,
      { input: { id: approval.id, version: approval.version, decision, comment } },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.decideReceptionApproval;
  };
  const reception = async (id: string, caller = rep) =>
    (await svc.query<{ reception: Reception | null }>(caller, `query($id: ID!) { reception(id: $id) { ${RECEPTION} } }`, { id })).data!
      .reception;

  /** A draft with the given gifts, submitted by the requester. */
  const submittedWith = async (items: Item[]): Promise<Reception> => {
    const draft = await request();
    const withGifts = await setGifts(draft.id, draft.version, items);
    expect(withGifts.userErrors).toEqual([]);
    const payload = await submit(draft.id, withGifts.reception!.version);
    expect(payload.userErrors).toEqual([]);
    return payload.reception!;
  };

  describe('setReceptionGifts', () => {
    it('REC-009 records the gift list of a draft with its server-computed total and importance, and bumps the reception version', async () => {
      const draft = await request();
      expect(draft.gifts).toBeNull();
      const payload = await setGifts(draft.id, draft.version, [
        { name: '  杭州丝绸围巾 ', unitValue: '300', qty: 3 },
        { name: '企业画册', unitValue: '45.5', qty: 3 },
      ]);
      expect(payload.userErrors).toEqual([]);
      expect(payload.reception).toMatchObject({
        state: 'DRAFT',
        version: draft.version + 1,
        gifts: {
          receptionId: draft.id,
          items: [
            { name: '杭州丝绸围巾', unitValue: '300.00', qty: 3, lineTotal: '900.00' },
            { name: '企业画册', unitValue: '45.50', qty: 3, lineTotal: '136.50' },
          ],
          total: '1036.50',
          important: false,
          approvalId: null,
          approval: null,
          version: 1,
          createdBy: rep.id,
        },
      });
    });

    it('REC-009 sending the list again replaces it (the total and importance follow), and the trail shows old → new', async () => {
      const draft = await request();
      const first = (await setGifts(draft.id, draft.version, SCARVES)).reception!;
      const second = await setGifts(draft.id, first.version, TEA);
      expect(second.userErrors).toEqual([]);
      expect(second.reception!.gifts).toMatchObject({
        id: first.gifts!.id,
        items: [{ name: '西湖龙井礼盒', qty: 10 }],
        total: '2500.00',
        important: true,
        version: 2,
      });

      type Entry = { action: string; actorId: string; changes: { field: string; old: string | null; new: string | null }[] };
      const trail = await svc.query<{ receptionAuditTrail: { edges: { node: Entry }[] } }>(
        auditor,
        'query($f: AuditFilter) { receptionAuditTrail(filter: $f) { edges { node { action actorId changes { field old new } } } } }',
        { f: { entityType: 'gift_request', entityId: first.gifts!.id } },
      );
      const entries = trail.data!.receptionAuditTrail.edges.map((e) => e.node).reverse();
      expect(entries.map((e) => [e.action, e.actorId])).toEqual([
        ['CREATE', rep.id],
        ['UPDATE', rep.id],
      ]);
      expect(entries[1].changes).toContainEqual({ field: 'total', old: '"900.00"', new: '"2500.00"' });
      expect(entries[1].changes).toContainEqual({ field: 'important', old: 'false', new: 'true' });
    });

    it('REC-009 refuses an empty list, a blank or too long name, a quantity below 1 and a unit value of 0, saving nothing', async () => {
      const draft = await request();
      const empty = await setGifts(draft.id, draft.version, []);
      expect(empty.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([['EMPTY_GIFT_LIST', 'input.items']]);
      expect(empty.userErrors[0].message).toBe('礼品清单不能为空');
      const bad = await setGifts(
        draft.id,
        draft.version,
        [
          { name: '   ', unitValue: '10.00', qty: 1 },
          { name: '礼'.repeat(101), unitValue: '10.00', qty: 1 },
          { name: '钢笔', unitValue: '10.00', qty: 0 },
          { name: '书签', unitValue: '0.00', qty: 2 },
        ],
        rep,
        'en',
      );
      expect(bad.reception).toBeNull();
      expect(bad.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([
        ['REQUIRED', 'input.items.0.name'],
        ['TOO_LONG', 'input.items.1.name'],
        ['INVALID_QUANTITY', 'input.items.2.qty'],
        ['INVALID_UNIT_VALUE', 'input.items.3.unitValue'],
      ]);
      expect(bad.userErrors[2].message).toBe('The quantity must be at least 1');
      expect(await reception(draft.id)).toMatchObject({ version: draft.version, gifts: null });
    });

    it('REC-009 refuses an unknown reception, another rep’s reception (not found), a stale version and a reception no longer a draft', async () => {
      const codes = async (...args: Parameters<typeof setGifts>) =>
        (await setGifts(...args)).userErrors.map((e) => [e.code, e.field.join('.')]);
      const draft = await request();
      expect(await codes('00000000-0000-4000-9999-000000000000', 1, SCARVES)).toEqual([['NOT_FOUND', 'input.receptionId']]);
      expect(await codes(draft.id, draft.version, SCARVES, otherRep)).toEqual([['NOT_FOUND', 'input.receptionId']]);
      expect(await codes(draft.id, draft.version + 1, SCARVES)).toEqual([['STALE_VERSION', 'input.version']]);
      expect((await reception(draft.id))!.gifts).toBeNull();

      const submitted = (await submit(draft.id, draft.version)).reception!;
      expect(await codes(draft.id, submitted.version, VASE)).toEqual([['NOT_EDITABLE', 'input.receptionId']]);
      expect((await reception(draft.id))!.gifts).toBeNull();
    });

    it('REC-009 a gift change makes a submission with the version read before it stale', async () => {
      const draft = await request();
      await setGifts(draft.id, draft.version, SCARVES);
      expect((await submit(draft.id, draft.version)).userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
    });

    it('X-023 a role without reception:UPDATE is refused with FORBIDDEN; a reader with reception:READ sees the gifts', async () => {
      const draft = await request();
      const result = await svc.query(
        agent,
        'mutation($input: SetReceptionGiftsInput!) { setReceptionGifts(input: $input) { userErrors { code } } }',
        {
          input: { receptionId: draft.id, version: draft.version, items: SCARVES },
        },
      );
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await setGifts(draft.id, draft.version, SCARVES);
      expect((await reception(draft.id, finance))!.gifts).toMatchObject({ total: '900.00' });
      const forbidden = await svc.query(
        finance,
        'mutation($input: RemoveReceptionGiftsInput!) { removeReceptionGifts(input: $input) { userErrors { code } } }',
        {
          input: { receptionId: draft.id, version: draft.version + 1 },
        },
      );
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('removeReceptionGifts', () => {
    it('REC-009 removes the gift request of a draft; a second removal has nothing to remove', async () => {
      const draft = await request();
      const withGifts = (await setGifts(draft.id, draft.version, VASE)).reception!;
      expect((await removeGifts(draft.id, draft.version)).userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
      const removed = await removeGifts(draft.id, withGifts.version);
      expect(removed.userErrors).toEqual([]);
      expect(removed.reception).toMatchObject({ version: withGifts.version + 1, gifts: null });
      expect((await removeGifts(draft.id, withGifts.version + 1)).userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([
        ['NO_GIFT_REQUEST', 'input.receptionId'],
      ]);
      const trail = await svc.query<{ receptionAuditTrail: { edges: { node: { action: string; actorId: string } }[] } }>(
        auditor,
        'query($f: AuditFilter) { receptionAuditTrail(filter: $f) { edges { node { action actorId } } } }',
        { f: { entityType: 'gift_request', entityId: withGifts.gifts!.id } },
      );
      expect(trail.data!.receptionAuditTrail.edges.map((e) => [e.node.action, e.node.actorId])).toEqual([
        ['DELETE', rep.id],
        ['CREATE', rep.id],
      ]);
    });
  });

  describe('GIFT_IMPORTANT approval on submission', () => {
    it('REC-009 one gift worth 800 needs executive committee approval; the reception is APPROVED only when it and the class approval are (worked example 6)', async () => {
      const r = await submittedWith(VASE);
      expect(r.state).toBe('SUBMITTED');
      expect(r.approval).toMatchObject({ template: 'RECEPTION', state: 'PENDING', steps: [{ role: 'SALES_DEPT_MANAGER' }] });
      expect(r.gifts).toMatchObject({
        important: true,
        approval: { template: 'GIFT_IMPORTANT', state: 'PENDING', steps: [{ role: 'EXEC_COMMITTEE', decidedBy: null }] },
      });
      expect(r.gifts!.approval!.reason).toBe('重要礼品:「景德镇青花瓷瓶」单价 800.00 元(≥ 500.00 元)');
      expect(r.gifts!.approvalId).toBe(r.gifts!.approval!.id);

      expect((await decide(manager, r.approval!, 'APPROVE')).userErrors).toEqual([]);
      expect((await reception(r.id))!.state).toBe('SUBMITTED');
      expect((await decide(execMember, r.gifts!.approval!, 'APPROVE', '同意')).userErrors).toEqual([]);
      expect(await reception(r.id)).toMatchObject({
        state: 'APPROVED',
        gifts: { approval: { state: 'APPROVED', steps: [{ decidedBy: execMember.id }] } },
      });
    });

    it('REC-009 three gifts of 300 (900) need no extra approval: the class approval alone approves the reception (worked example 6)', async () => {
      const r = await submittedWith(SCARVES);
      expect(r.gifts).toMatchObject({ total: '900.00', important: false, approvalId: null, approval: null });
      expect((await decide(manager, r.approval!, 'APPROVE')).userErrors).toEqual([]);
      expect((await reception(r.id))!.state).toBe('APPROVED');
    });

    it('REC-009 ten gifts of 250 (2,500) need executive committee approval (worked example 6)', async () => {
      const r = await submittedWith(TEA);
      expect(r.gifts).toMatchObject({ total: '2500.00', important: true, approval: { template: 'GIFT_IMPORTANT', state: 'PENDING' } });
      expect(r.gifts!.approval!.reason).toBe('重要礼品:礼品合计 2500.00 元(≥ 2000.00 元)');
      // The executive committee decides first this time; the reception still waits for its class approval.
      expect((await decide(execMember, r.gifts!.approval!, 'APPROVE')).userErrors).toEqual([]);
      expect((await reception(r.id))!.state).toBe('SUBMITTED');
      expect((await decide(manager, r.approval!, 'APPROVE')).userErrors).toEqual([]);
      expect((await reception(r.id))!.state).toBe('APPROVED');
    });

    it('REC-009 only the executive committee decides an important gift: a VP or a department manager without the role cannot', async () => {
      const r = await submittedWith(VASE);
      expect((await decide(vp, r.gifts!.approval!, 'APPROVE')).userErrors.map((e) => e.code)).toEqual(['NOT_YOUR_STEP']);
      expect((await decide(manager, r.gifts!.approval!, 'APPROVE')).userErrors.map((e) => e.code)).toEqual(['NOT_YOUR_STEP']);
      expect((await reception(r.id))!.gifts!.approval!.state).toBe('PENDING');
    });

    it('REC-009 a rejected gift approval rejects the reception and withdraws the class approval still pending', async () => {
      const r = await submittedWith(VASE);
      expect((await decide(execMember, r.gifts!.approval!, 'REJECT', '礼品价值过高,请更换')).userErrors).toEqual([]);
      expect(await reception(r.id)).toMatchObject({
        state: 'REJECTED',
        approval: { state: 'WITHDRAWN' },
        gifts: { approval: { state: 'REJECTED' } },
      });
      expect((await decide(manager, r.approval!, 'APPROVE')).userErrors.map((e) => e.code)).toEqual(['NOT_PENDING']);
    });

    it('REC-009 a gift approval returned for changes sends the reception back to DRAFT; with ordinary gifts the resubmission needs no gift approval', async () => {
      const r = await submittedWith(VASE);
      expect((await decide(execMember, r.gifts!.approval!, 'RETURN', '请改为普通礼品')).userErrors).toEqual([]);
      const returned = (await reception(r.id))!;
      expect(returned).toMatchObject({ state: 'DRAFT', approval: { state: 'WITHDRAWN' }, gifts: { approval: { state: 'DRAFT' } } });

      const edited = await setGifts(r.id, returned.version, SCARVES);
      expect(edited.userErrors).toEqual([]);
      const again = await submit(r.id, edited.reception!.version);
      expect(again.userErrors).toEqual([]);
      expect(again.reception).toMatchObject({
        state: 'SUBMITTED',
        approval: { state: 'PENDING' },
        gifts: { important: false, approvalId: null },
      });
      const old = await svc.query<{ receptionApprovals: { edges: { node: { id: string; state: string } }[] } }>(
        auditor,
        '{ receptionApprovals(filter: { template: "GIFT_IMPORTANT" }) { edges { node { id state } } } }',
      );
      expect(old.data!.receptionApprovals.edges.map((e) => e.node)).toContainEqual({ id: r.gifts!.approvalId, state: 'WITHDRAWN' });
      expect((await decide(manager, again.reception!.approval!, 'APPROVE')).userErrors).toEqual([]);
      expect((await reception(r.id))!.state).toBe('APPROVED');
    });

    it('REC-009 removing the gifts of a returned reception withdraws their gift approval', async () => {
      const r = await submittedWith(TEA);
      await decide(execMember, r.gifts!.approval!, 'RETURN', '礼品改由对方自行安排');
      const returned = (await reception(r.id))!;
      expect((await removeGifts(r.id, returned.version)).userErrors).toEqual([]);
      const approvals = await svc.query<{ receptionApprovals: { edges: { node: { id: string; state: string } }[] } }>(
        auditor,
        '{ receptionApprovals(filter: { template: "GIFT_IMPORTANT" }) { edges { node { id state } } } }',
      );
      expect(approvals.data!.receptionApprovals.edges.map((e) => e.node)).toContainEqual({ id: r.gifts!.approvalId, state: 'WITHDRAWN' });
    });

    it('REC-009 gifts of many receptions load in one batch: 3 receptions cost the SQL statements of 1', async () => {
      const ids = [(await submittedWith(VASE)).id, (await submittedWith(TEA)).id, (await submittedWith(SCARVES)).id];
      const load = async (list: string[]) => {
        svc.sqlCounter.reset();
        const result = await svc.query<{ _entities: Reception[] }>(
          rep,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Reception { id gifts { total approval { id state } } } } }`,
          { r: list.map((id) => ({ __typename: 'Reception', id })) },
        );
        expect(result.errors).toBeUndefined();
        return { gifts: result.data!._entities.map((e) => e.gifts), statements: svc.sqlCounter.count };
      };
      const one = await load([ids[0]]);
      const three = await load(ids);
      expect(three.gifts.map((g) => g!.total)).toEqual(['800.00', '2500.00', '900.00']);
      expect(three.statements).toBe(one.statements);
    });
  });
});

describe('reception gifts under configured thresholds (REC-009 Config)', () => {
  let svc: TestSubgraph;
  beforeAll(async () => {
    svc = await startTestSubgraph('reception', loadConfig, start, {
      RECEPTION_GIFT_IMPORTANT_UNIT_VALUE: '1000',
      RECEPTION_GIFT_IMPORTANT_TOTAL: '5000',
    });
  });
  afterAll(() => svc.stop());

  const submittedWith = async (items: Item[]): Promise<Reception> => {
    const created = await svc.query<{ requestReception: { reception: Reception } }>(
      rep,
      `mutation($input: RequestReceptionInput!) { requestReception(input: $input) { reception { ${RECEPTION} } } }`,
      { input: classC() },
    );
    const draft = created.data!.requestReception.reception;
    const set = await svc.query<{ setReceptionGifts: { reception: Reception } }>(
      rep,
      `mutation($input: SetReceptionGiftsInput!) { setReceptionGifts(input: $input) { reception { ${RECEPTION} } } }`,
      { input: { receptionId: draft.id, version: draft.version, items } },
    );
    const submitted = await svc.query<{ submitReception: { reception: Reception } }>(
      rep,
      `mutation($input: SubmitReceptionInput!) { submitReception(input: $input) { reception { ${RECEPTION} } } }`,
      { input: { id: draft.id, version: set.data!.setReceptionGifts.reception.version } },
    );
    return submitted.data!.submitReception.reception;
  };

  it('REC-009 with RECEPTION_GIFT_IMPORTANT_UNIT_VALUE=1000 and _TOTAL=5000, the 800 gift and the 2,500 of tea are ordinary', async () => {
    expect((await submittedWith(VASE)).gifts).toMatchObject({ important: false, approval: null });
    expect((await submittedWith(TEA)).gifts).toMatchObject({ total: '2500.00', important: false, approval: null });
  });

  it('REC-009 under the configured thresholds, one gift of 1,000 or 5,000 in total needs the executive committee', async () => {
    const piece = await submittedWith([{ name: '红木摆件', unitValue: '1000.00', qty: 1 }]);
    expect(piece.gifts).toMatchObject({ important: true, approval: { template: 'GIFT_IMPORTANT', steps: [{ role: 'EXEC_COMMITTEE' }] } });
    expect(piece.gifts!.approval!.reason).toBe('重要礼品:「红木摆件」单价 1000.00 元(≥ 1000.00 元)');
    const total = await submittedWith([{ name: '西湖龙井礼盒', unitValue: '250.00', qty: 20 }]);
    expect(total.gifts!.approval!.reason).toBe('重要礼品:礼品合计 5000.00 元(≥ 5000.00 元)');
  });
});
